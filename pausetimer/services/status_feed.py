"""``pausetimer status --follow``: the running app tells its followers the status as it changes.

A follower (a status bar module, through the command line) gets one line now, one after every
change of the pause (start, extend, end, from any window or command), one when the pause comes
due, and one each time the minutes left (or late) change. Nothing polls: the changes arrive as the
app's change events, and the minute steps are one timer set to the next step, running only while
someone follows a pause.

A line is the same response ``{"cmd": "status"}`` gets, so ``status --json`` and the followed
lines never differ.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer

from pausetimer.commands import execute
from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind

Sink = Callable[[bytes], None]
# Fire just after the minute changed, so the status computed then shows the new minute.
_AFTER_THE_STEP_MS = 50


class StatusFeed(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._sinks: list[Sink] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.push)
        ctx.events.changed.connect(self._on_change)

    def attach(self, sink: Sink) -> Callable[[], None]:
        """Send ``sink`` the status now and at every change; returns what detaches it."""
        self._sinks.append(sink)
        sink(self.line())
        self._arm()

        def detach() -> None:
            if sink in self._sinks:
                self._sinks.remove(sink)
            if not self._sinks:
                self._timer.stop()

        return detach

    def line(self) -> bytes:
        response = execute(self._ctx.service, {"cmd": "status"})
        return json.dumps(response).encode() + b"\n"

    def push(self) -> None:
        """Tell every follower the status now."""
        if self._sinks:
            data = self.line()
            for sink in list(self._sinks):
                sink(data)
        self._arm()

    def next_step_ms(self) -> int | None:
        """Milliseconds to the next change of the minutes shown (the return time itself is one
        of them: then the pause comes due), or None when no pause runs."""
        pause = self._ctx.service.current()
        if pause is None:
            return None
        left_us = (pause.return_at - self._ctx.clock.now()) // timedelta(microseconds=1)
        to_step_us = left_us % 60_000_000 or 60_000_000  # whole numbers: no rounding drift
        return -(-to_step_us // 1000) + _AFTER_THE_STEP_MS

    def _on_change(self, change: Change) -> None:
        if ChangeKind.ACTIVE_PAUSE in change:  # notes, reflections, settings: not the status
            self.push()

    def _arm(self) -> None:
        step = self.next_step_ms() if self._sinks else None
        if step is None:
            self._timer.stop()
        else:
            self._timer.start(step)
