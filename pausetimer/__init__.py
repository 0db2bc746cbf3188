"""Pausetimer: agreed pauses with a concrete return time, from the system tray."""

__version__ = "0.1.0"
APP_NAME = "Pausetimer"
APP_ID = "pausetimer"
# Reverse-DNS id of the desktop entry, AppStream metainfo, icon names and autostart entry.
DESKTOP_ID = "io.github.pausetimer.Pausetimer"
