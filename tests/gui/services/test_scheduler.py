import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.schedulers import qt as apscheduler_qt
from PySide6.QtCore import QObject, QTimer, Signal
from pytestqt.qtbot import QtBot

from pausetimer.services.scheduler import QtJobScheduler
from tests.helpers.clock import FakeClock
from tests.helpers.scheduler import FakeScheduler


class Probe(QObject):
    ran = Signal(str)


@pytest.fixture
def scheduler(qapp: object) -> Iterator[QtJobScheduler]:
    made = QtJobScheduler()
    yield made
    made.shutdown()


def test_a_job_in_the_past_still_runs(scheduler: QtJobScheduler, qtbot: QtBot) -> None:
    """Never dropped as 'missed', as after a suspend."""
    probe = Probe()
    with qtbot.waitSignal(probe.ran, timeout=2000) as blocker:
        scheduler.schedule(
            "late", datetime.now(UTC) - timedelta(hours=3), lambda: probe.ran.emit("late")
        )
    assert blocker.args == ["late"]


def test_a_job_runs_at_its_time_on_the_main_thread(scheduler: QtJobScheduler, qtbot: QtBot) -> None:
    probe = Probe()
    threads: list[object] = []
    start = datetime.now(UTC)

    def job() -> None:
        # Python's view of the thread: with PySide6 6.8 the wrapper of a temporary QObject's
        # thread() is already deleted when compared.
        threads.append(threading.current_thread())
        probe.ran.emit("soon")

    with qtbot.waitSignal(probe.ran, timeout=3000):
        scheduler.schedule("soon", start + timedelta(milliseconds=200), job)
    assert datetime.now(UTC) - start >= timedelta(milliseconds=190)
    assert threads == [threading.main_thread()]  # where the app's Qt objects live


def test_many_wakeups_keep_one_timer(
    scheduler: QtJobScheduler, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    single_shots: list[int] = []
    monkeypatch.setattr(
        apscheduler_qt.QTimer, "singleShot", lambda *args: single_shots.append(args[0])
    )
    far = datetime.now(UTC) + timedelta(hours=1)
    for index in range(50):
        scheduler.schedule(f"job{index}", far + timedelta(minutes=index), lambda: None)
    qtbot.wait(50)  # let the wake-ups be processed by the event loop
    assert single_shots == []
    assert scheduler.findChildren(QTimer) == [scheduler.timer]
    assert scheduler.timer.isActive()
    assert 3_590_000 <= scheduler.timer.remainingTime() <= 3_600_500  # waits for the first job
    scheduler.cancel_all()
    qtbot.wait(50)
    assert scheduler.pending() == []
    assert not scheduler.timer.isActive()  # nothing to wait for: no wake-ups at all


def test_same_key_replaces_and_callback_may_reschedule(
    scheduler: QtJobScheduler, qtbot: QtBot
) -> None:
    probe = Probe()
    now = datetime.now(UTC)
    scheduler.schedule("k", now + timedelta(hours=1), lambda: probe.ran.emit("old"))

    def reschedule_from_inside() -> None:
        scheduler.cancel_all()
        scheduler.schedule("k", datetime.now(UTC), lambda: probe.ran.emit("second"))
        probe.ran.emit("first")

    scheduler.schedule("k", now, reschedule_from_inside)
    seen: list[str] = []
    probe.ran.connect(seen.append)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=2000)
    assert seen == ["first", "second"]
    assert scheduler.pending() == []


def test_shutdown_stops_the_timer(scheduler: QtJobScheduler) -> None:
    scheduler.schedule("x", datetime.now(UTC) + timedelta(minutes=5), lambda: None)
    scheduler.shutdown()
    assert not scheduler.timer.isActive()


def test_fake_scheduler_runs_jobs_as_the_clock_moves(clock: FakeClock) -> None:
    fake = FakeScheduler(clock)
    ran: list[str] = []
    fake.schedule("b", clock.now() + timedelta(minutes=2), lambda: ran.append("b"))
    fake.schedule("a", clock.now() + timedelta(minutes=1), lambda: ran.append("a"))
    assert fake.advance(timedelta(seconds=59)) == 0
    assert fake.advance(timedelta(minutes=5)) == 2
    assert ran == ["a", "b"] and fake.jobs == {}
