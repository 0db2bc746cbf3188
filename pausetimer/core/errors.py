"""Errors that carry what went wrong in a form every edge can present.

Each error has a stable ``kind`` (for the UI to pick a translated sentence), the ``params`` that
sentence needs, and an English ``message`` for the command line and logs. Core never formats text
for widgets: that is the Qt layer's job, through Qt's translation.
"""

from __future__ import annotations

from typing import Any


class PausetimerError(Exception):
    """Base class; never raised directly."""

    exit_code = 1

    def __init__(self, kind: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.params = params


class InputError(PausetimerError):
    """The user asked for something malformed or outside the limits. Nothing was changed."""

    exit_code = 2


class StateError(PausetimerError):
    """The request is well-formed but the current state refuses it (e.g. ending when no pause
    runs). Nothing was changed."""

    exit_code = 1
