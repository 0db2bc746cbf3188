"""A scheduler for tests (see ``pausetimer.services.scheduler.Scheduler``)."""

from __future__ import annotations

from datetime import datetime, timedelta

from pausetimer.services.scheduler import Callback
from tests.helpers.clock import FakeClock


class FakeScheduler:
    """A :class:`Scheduler` for tests: jobs run when the test moves the clock with :meth:`advance`
    (or calls :meth:`run_due` after moving it some other way)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.jobs: dict[str, tuple[datetime, Callback]] = {}

    def schedule(self, key: str, at: datetime, callback: Callback) -> None:
        self.jobs[key] = (at, callback)

    def cancel_all(self) -> None:
        self.jobs.clear()

    def shutdown(self) -> None:
        self.jobs.clear()

    def run_due(self) -> int:
        """Run every job whose time has come, earliest first; return how many ran."""
        ran = 0
        while True:
            due = [
                (at, key) for key, (at, _callback) in self.jobs.items() if at <= self.clock.now()
            ]
            if not due:
                return ran
            _at, key = min(due)
            _at, callback = self.jobs.pop(key)
            callback()
            ran += 1

    def advance(self, delta: timedelta) -> int:
        """Move the clock forward like real time passing: each job runs with the clock at its own
        instant (jobs scheduled on the way run too); return how many ran."""
        target = self.clock.now() + delta
        ran = 0
        while True:
            upcoming = [at for at, _callback in self.jobs.values() if at <= target]
            if not upcoming:
                break
            self.clock.set(max(self.clock.now(), min(upcoming)))
            ran += self.run_due()
        self.clock.set(target)
        return ran + self.run_due()
