"""A logger that loads Python's logging package at its first message.

The command line's quick path (``pausetimer status``, which status bars run every few seconds)
passes through the service and the database scrubber, which log, but it logs nothing itself;
loading the logging package up front cost it a few milliseconds of every run.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    import logging


class LazyLogger:
    def __init__(self, name: str) -> None:
        self.name = name

    def info(self, message: str, *args: object) -> None:
        _logger(self.name).info(message, *args)

    def warning(self, message: str, *args: object) -> None:
        _logger(self.name).warning(message, *args)


def _logger(name: str) -> logging.Logger:
    import logging

    return logging.getLogger(name)
