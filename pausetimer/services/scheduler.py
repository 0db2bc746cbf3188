"""The one seam for "wake me at this instant": a small protocol and the real implementation on
APScheduler's QtScheduler (the tests have a fake one they drive by moving their clock).

The real one works around three flaws of QtScheduler with PySide6 (see the design notes):

- ``QTimer.singleShot`` returns None under PySide6, so QtScheduler cannot stop its timer and every
  wake-up starts another permanent timer chain. We give it ONE persistent QTimer, restarted
  in place.
- The default ``misfire_grace_time`` of 1 s drops a job that runs late (after a suspend) as missed.
  Every job here has no grace limit and coalesces.
- Jobs would run in a thread pool. We run them with the DebugExecutor (in the timer's callback on
  the Qt main thread) and even then only emit a queued signal, so the callback runs after the
  scheduler finished its bookkeeping and may freely cancel and add jobs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from apscheduler.schedulers.qt import QtScheduler

Callback = Callable[[], None]

# QTimer takes a signed 32-bit millisecond count (about 24.8 days).
_MAX_TIMER_MS = 2_147_483_647


class Scheduler(Protocol):
    def schedule(self, key: str, at: datetime, callback: Callback) -> None:
        """Run ``callback`` on the Qt main thread at ``at`` (aware), or at once when it has
        passed. A job with the same key replaces the earlier one."""
        ...

    def cancel_all(self) -> None: ...

    def shutdown(self) -> None: ...


def _one_timer_scheduler(timer: QTimer, **options: Any) -> QtScheduler:
    """QtScheduler with one persistent QTimer instead of a new single-shot chain per wake-up.

    APScheduler is imported here, on the first job: it (with asyncio, ssl and more) is a tenth
    of a second and several megabytes that an idle app without a pause never needs."""
    from apscheduler.schedulers.qt import QtScheduler

    class _OneTimerQtScheduler(QtScheduler):  # type: ignore[misc]
        def __init__(self) -> None:
            self._qtimer = timer
            self._qtimer.setSingleShot(True)
            # A coarse timer may fire up to 5 % late: three minutes on a one-hour wait.
            self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
            self._qtimer.timeout.connect(self._process_jobs)
            super().__init__(**options)

        def _start_timer(self, wait_seconds: float | None) -> None:
            if wait_seconds is None:
                self._qtimer.stop()
                return
            self._qtimer.start(min(max(int(wait_seconds * 1000), 0), _MAX_TIMER_MS))

        def _stop_timer(self) -> None:
            self._qtimer.stop()

    return _OneTimerQtScheduler()


class QtJobScheduler(QObject):
    """The real :class:`Scheduler`."""

    _fired = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)  # the only timer; exposed so tests can check it stays one
        self._callbacks: dict[str, Callback] = {}
        # Queued even though we are on the main thread: the callback must not run inside the
        # scheduler's job loop (it may remove the very job that is being processed).
        self._fired.connect(self._run, Qt.ConnectionType.QueuedConnection)
        self._scheduler: QtScheduler | None = None  # made on the first job

    def _started_scheduler(self) -> QtScheduler:
        if self._scheduler is None:
            from apscheduler.executors.debug import DebugExecutor

            self._scheduler = _one_timer_scheduler(
                self.timer,
                timezone=UTC,
                executors={"default": DebugExecutor()},
                job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
            )
            self._scheduler.start()
        return self._scheduler

    def schedule(self, key: str, at: datetime, callback: Callback) -> None:
        from apscheduler.triggers.date import DateTrigger

        self._callbacks[key] = callback
        self._started_scheduler().add_job(
            self._fired.emit,
            trigger=DateTrigger(run_date=at.astimezone(UTC)),
            args=[key],
            id=key,
            replace_existing=True,
            misfire_grace_time=None,
            coalesce=True,
        )

    def cancel_all(self) -> None:
        if self._scheduler is not None:
            self._scheduler.remove_all_jobs()
        self._callbacks.clear()
        # APScheduler would only notice at its next wake-up; with no jobs there is none to wait for.
        self.timer.stop()

    def pending(self) -> list[tuple[str, datetime]]:
        if self._scheduler is None:
            return []
        return [(job.id, job.next_run_time) for job in self._scheduler.get_jobs()]

    def shutdown(self) -> None:
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        self._callbacks.clear()
        self.timer.stop()

    def _run(self, key: str) -> None:
        callback = self._callbacks.pop(key, None)
        if callback is not None:
            callback()
