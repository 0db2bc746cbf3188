"""The nudge watch between the reminders and the reminder window: held while away or in a
meeting, shown (and the sighting recorded) when the user is back. Real reminders, real window,
real store; the desktop is a fake sampler, the clock a fake one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.changes import Source
from pausetimer.core.pause import LONG_PAUSE, ReturnSpec
from pausetimer.core.presence import (
    MEETING_POLL_INTERVAL,
    POLL_INTERVAL,
    SAFETY_INTERVAL,
    Absence,
    Presence,
)
from pausetimer.nudge_seen import seen_at
from pausetimer.services.nudge_watch import NudgeWatch, hold_nudges
from pausetimer.services.reminders import Reminders
from pausetimer.services.wallclock import WallClockWatch
from pausetimer.storage_errors import StorageUnavailableError
from pausetimer.store import Store
from pausetimer.ui.windows import Windows
from tests.gui.services.test_reminders import RecordingNotifier
from tests.helpers.clock import FakeClock
from tests.helpers.scheduler import FakeScheduler


class FakeDesktop:
    """The desktop as the watch sees it. ``announces``: the absences it would announce the end
    of (the real announcements: tests/desktop); ``announce()`` is that announcement."""

    def __init__(self) -> None:
        self.presence = Presence(idle=timedelta(seconds=1))
        self.samples = 0
        self.announces: set[Absence] = set()
        self.listening: Callable[[], None] | None = None

    def sample(self, away_after: timedelta | None = None) -> Presence:
        self.samples += 1
        return self.presence

    def announce_return(self, absence: Absence, sample: Presence, came: Callable[[], None]) -> bool:
        assert sample == self.presence  # asked about the look that made the gate hold
        self.listening = came if absence in self.announces else None
        return self.listening is not None

    def stop_announcing(self) -> None:
        self.listening = None

    def announce(self) -> None:
        assert self.listening is not None, "nobody listens"
        self.listening()


@pytest.fixture
def desktop() -> FakeDesktop:
    return FakeDesktop()


@pytest.fixture
def parts(
    ctx: AppContext, clock: FakeClock, desktop: FakeDesktop, windows: Windows
) -> Iterator[tuple[Reminders, NudgeWatch, Windows]]:
    reminders = Reminders(
        ctx,
        scheduler=FakeScheduler(clock),
        notifier=RecordingNotifier(),
        watch=WallClockWatch(ctx.clock),
    )
    watch = hold_nudges(ctx, reminders, windows.show_reminder)
    watch._sampler = desktop
    reminders.start()
    yield reminders, watch, windows
    reminders.stop()


def _come_due(ctx: AppContext, clock: FakeClock, reminders: Reminders) -> int:
    pause, _ = ctx.service.start(ReturnSpec(after=timedelta(minutes=2)))
    clock.advance(timedelta(minutes=2))
    reminders.evaluate()
    assert pause.id is not None
    return pause.id


def test_present_at_the_return_time_the_window_comes_at_once(
    ctx: AppContext,
    store: Store,
    clock: FakeClock,
    parts: tuple[Reminders, NudgeWatch, Windows],
) -> None:
    reminders, watch, windows = parts
    assert not watch.polling  # no nudge near: no timer at all
    pause_id = _come_due(ctx, clock, reminders)
    assert windows.reminder().isVisible() and not watch.polling
    assert seen_at(store.connection, pause_id) == clock.now()


def test_away_holds_the_window_then_the_first_input_brings_it(
    ctx: AppContext,
    store: Store,
    clock: FakeClock,
    qtbot: QtBot,
    desktop: FakeDesktop,
    parts: tuple[Reminders, NudgeWatch, Windows],
) -> None:
    reminders, watch, windows = parts
    desktop.presence = Presence(idle=timedelta(minutes=5))
    pause_id = _come_due(ctx, clock, reminders)
    notifier = reminders.notifier
    assert isinstance(notifier, RecordingNotifier)
    assert [title for title, _ in notifier.sent] == ["Time to go back"]  # the notification goes
    assert not windows.reminder().isVisible() and watch.polling and watch.holding
    assert seen_at(store.connection, pause_id) is None
    qtbot.wait(1200)  # still away after a look or two
    assert not windows.reminder().isVisible()
    clock.advance(timedelta(minutes=7))
    desktop.presence = Presence(idle=timedelta(0))  # input
    qtbot.waitUntil(windows.reminder().isVisible, timeout=3000)
    assert not watch.polling
    assert seen_at(store.connection, pause_id) == clock.now()


def test_a_meeting_gets_the_neutral_text_and_a_held_window(
    ctx: AppContext,
    clock: FakeClock,
    qtbot: QtBot,
    desktop: FakeDesktop,
    parts: tuple[Reminders, NudgeWatch, Windows],
) -> None:
    reminders, _watch, windows = parts
    desktop.presence = Presence(idle=timedelta(0), fullscreen=True)
    _come_due(ctx, clock, reminders)
    notifier = reminders.notifier
    assert isinstance(notifier, RecordingNotifier)
    assert notifier.sent == [("Pausetimer", "Time to return")]
    assert not windows.reminder().isVisible()
    desktop.presence = Presence(idle=timedelta(0))
    qtbot.waitUntil(windows.reminder().isVisible, timeout=5000)  # the meeting's promise


def test_ending_the_pause_while_held_stops_watching(
    ctx: AppContext,
    clock: FakeClock,
    qtbot: QtBot,
    desktop: FakeDesktop,
    parts: tuple[Reminders, NudgeWatch, Windows],
) -> None:
    reminders, watch, windows = parts
    desktop.presence = Presence(locked=True)
    _come_due(ctx, clock, reminders)
    assert watch.polling
    # Ended elsewhere (the command line): no return page either, so no window at all.
    ctx.service.end(source=Source.COMMAND_LINE)
    assert not watch.polling and not watch.holding
    samples = desktop.samples
    desktop.presence = Presence(idle=timedelta(0))
    qtbot.wait(1200)
    assert desktop.samples == samples and not windows.reminder().isVisible()


def test_away_after_follows_the_setting(
    ctx: AppContext,
    clock: FakeClock,
    desktop: FakeDesktop,
    parts: tuple[Reminders, NudgeWatch, Windows],
) -> None:
    reminders, watch, windows = parts
    ctx.settings.update(away_after_minutes=10)
    desktop.presence = Presence(idle=timedelta(minutes=5))  # away by the default, not by 10
    _come_due(ctx, clock, reminders)
    assert windows.reminder().isVisible() and not watch.holding


def test_in_a_meeting_is_asked_of_the_desktop(ctx: AppContext, desktop: FakeDesktop) -> None:
    watch = NudgeWatch(ctx, desktop)
    desktop.presence = Presence(idle=timedelta(0), do_not_disturb=True)
    assert watch.in_meeting()
    desktop.presence = Presence(idle=timedelta(minutes=5), fullscreen=True)
    assert watch.in_meeting()  # watching a shared screen without touching the keyboard
    desktop.presence = Presence(idle=timedelta(0))
    assert not watch.in_meeting()


def test_the_real_sources_are_built_on_first_use(ctx: AppContext) -> None:
    from pausetimer.services.presence_sources import PresenceSources

    watch = NudgeWatch(ctx)
    assert watch._sampler is None  # nothing asked of the desktop before a nudge is due
    assert isinstance(watch.sampler, PresenceSources)


def test_a_one_day_warning_while_in_a_meeting_is_held_not_dropped(
    ctx: AppContext,
    clock: FakeClock,
    qtbot: QtBot,
    desktop: FakeDesktop,
    parts: tuple[Reminders, NudgeWatch, Windows],
) -> None:
    reminders, watch, windows = parts
    ctx.service.start(ReturnSpec(after=timedelta(hours=30)), allow_long=True)
    desktop.presence = Presence(idle=timedelta(0), do_not_disturb=True)
    clock.advance(LONG_PAUSE)
    reminders.evaluate()
    notifier = reminders.notifier
    assert isinstance(notifier, RecordingNotifier)
    assert notifier.sent[-1] == ("Pausetimer", "Time to return")  # neutral, in a meeting
    assert watch.holding and not windows.reminder().isVisible()
    desktop.presence = Presence(idle=timedelta(0))
    qtbot.waitUntil(windows.reminder().isVisible, timeout=5000)  # the meeting's promise
    assert windows.reminder().long_warning


def test_a_sighting_that_cannot_be_recorded_still_shows_the_window(
    ctx: AppContext,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    parts: tuple[Reminders, NudgeWatch, Windows],
) -> None:
    reminders, _watch, windows = parts

    def busy(**_kwargs: object) -> None:
        raise StorageUnavailableError("locked", "The database is busy.")

    monkeypatch.setattr(ctx.service, "mark_nudge_seen", busy)
    _come_due(ctx, clock, reminders)
    assert windows.reminder().isVisible()


def test_an_announced_return_sleeps_and_the_announcement_brings_the_window(
    ctx: AppContext,
    store: Store,
    clock: FakeClock,
    qtbot: QtBot,
    desktop: FakeDesktop,
    parts: tuple[Reminders, NudgeWatch, Windows],
) -> None:
    reminders, watch, windows = parts
    desktop.announces = {Absence.MEETING}  # e.g. dunst says when its pause ends
    desktop.presence = Presence(idle=timedelta(0), do_not_disturb=True)
    pause_id = _come_due(ctx, clock, reminders)
    assert watch.holding and watch.look_every == SAFETY_INTERVAL  # a slow look only
    samples = desktop.samples
    qtbot.wait(1200)
    assert desktop.samples == samples  # nobody asked the desktop meanwhile
    desktop.presence = Presence(idle=timedelta(0))
    desktop.announce()
    qtbot.waitUntil(windows.reminder().isVisible, timeout=1000)
    assert watch.look_every is None and desktop.listening is None
    assert seen_at(store.connection, pause_id) == clock.now()


def test_an_announcement_while_still_absent_waits_on(
    ctx: AppContext,
    clock: FakeClock,
    qtbot: QtBot,
    desktop: FakeDesktop,
    parts: tuple[Reminders, NudgeWatch, Windows],
) -> None:
    """Back at the desk but in a full-screen window: the input announced is no end of that, and
    nothing announces the full screen's end, so the watch looks every few seconds."""
    reminders, watch, windows = parts
    desktop.announces = {Absence.AWAY}
    desktop.presence = Presence(idle=timedelta(minutes=5))
    _come_due(ctx, clock, reminders)
    assert watch.look_every == SAFETY_INTERVAL
    desktop.presence = Presence(idle=timedelta(0), fullscreen=True)
    desktop.announce()
    qtbot.waitUntil(lambda: watch.look_every == MEETING_POLL_INTERVAL, timeout=1000)
    assert watch.holding and not windows.reminder().isVisible() and desktop.listening is None
    desktop.presence = Presence(idle=timedelta(0))
    qtbot.waitUntil(windows.reminder().isVisible, timeout=MEETING_POLL_INTERVAL.seconds * 1500)


def test_where_nothing_announces_the_return_the_watch_looks_at_the_gates_pace(
    ctx: AppContext,
    clock: FakeClock,
    desktop: FakeDesktop,
    parts: tuple[Reminders, NudgeWatch, Windows],
) -> None:
    reminders, watch, _windows = parts
    desktop.presence = Presence(idle=timedelta(0), fullscreen=True)
    _come_due(ctx, clock, reminders)
    assert watch.look_every == MEETING_POLL_INTERVAL and not watch.polling
    ctx.service.end(source=Source.COMMAND_LINE)
    desktop.presence = Presence(idle=timedelta(minutes=5))
    _come_due(ctx, clock, reminders)
    assert watch.look_every == POLL_INTERVAL and watch.polling
