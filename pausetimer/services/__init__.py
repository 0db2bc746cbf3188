"""Qt-aware glue between the core and the desktop: scheduling, notifications, the single running
instance, autostart. Each is a small adapter with an ordered fallback."""
