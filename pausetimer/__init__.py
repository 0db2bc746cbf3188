"""Pausetimer: agreed pauses with a concrete return time, from the system tray."""

__version__ = "0.1.0"
APP_NAME = "Pausetimer"
APP_ID = "pausetimer"
