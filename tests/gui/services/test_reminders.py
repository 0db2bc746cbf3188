"""The reminder controller, driven by a fake clock and the fake scheduler: no sleeps.

The controller only signals ``due``; the reminder window belongs to the UI layer
(``pausetimer.ui.windows.Windows``), wired here as the app wires it.
"""

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.changes import Source
from pausetimer.core.pause import LONG_PAUSE, ReturnSpec, Side
from pausetimer.core.reminders import ReminderKind
from pausetimer.services.freedesktop_notifications import Urgency
from pausetimer.services.notifier import Notifier
from pausetimer.services.reminders import Reminders
from pausetimer.services.wallclock import WallClockWatch
from pausetimer.ui.windows import Windows
from tests.helpers.clock import FakeClock
from tests.helpers.scheduler import FakeScheduler


class RecordingNotifier(Notifier):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str]] = []
        self.urgencies: list[Urgency] = []
        self.withdrawn = 0
        self.actions: list[tuple[tuple[str, str], ...]] = []
        self.forwarding = False

    def notify(
        self,
        title: str,
        message: str,
        *,
        urgency: Urgency = Urgency.NORMAL,
        expire_ms: int = 0,
        actions: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.sent.append((title, message))
        self.actions.append(actions)
        self.urgencies.append(urgency)

    def withdraw(self) -> None:
        self.withdrawn += 1

    def forwarding_likely(self) -> bool:
        return self.forwarding


class Monotonic:
    """A monotonic clock that, like the real one, stops while the machine sleeps."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


@pytest.fixture
def monotonic() -> Monotonic:
    return Monotonic()


@pytest.fixture
def fake_scheduler(clock: FakeClock) -> FakeScheduler:
    return FakeScheduler(clock)


@pytest.fixture
def reminders(
    ctx: AppContext, fake_scheduler: FakeScheduler, monotonic: Monotonic, windows: Windows
) -> Iterator[Reminders]:
    made = Reminders(
        ctx,
        scheduler=fake_scheduler,
        notifier=RecordingNotifier(),
        watch=WallClockWatch(ctx.clock, monotonic=monotonic),
    )
    made.due.connect(windows.show_reminder)
    yield made
    made.stop()


def _sent(reminders: Reminders) -> list[tuple[str, str]]:
    notifier = reminders.notifier
    assert isinstance(notifier, RecordingNotifier)
    return notifier.sent


def _advance(
    clock: FakeClock, scheduler: FakeScheduler, monotonic: Monotonic, delta: timedelta
) -> None:
    monotonic.value += delta.total_seconds()
    scheduler.advance(delta)


def test_heads_up_then_return_then_repeats_until_ended(
    ctx: AppContext,
    reminders: Reminders,
    windows: Windows,
    clock: FakeClock,
    fake_scheduler: FakeScheduler,
    monotonic: Monotonic,
) -> None:
    reminders.start()
    assert fake_scheduler.jobs == {} and not reminders.watch.active  # idle: nothing at all
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    assert reminders.watch.active
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=24, seconds=59))
    assert _sent(reminders) == []
    _advance(clock, fake_scheduler, monotonic, timedelta(seconds=1))
    assert [title for title, _ in _sent(reminders)] == ["Almost time to return"]
    assert not windows.reminder().isVisible()
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=5))
    assert _sent(reminders)[-1][0] == "Time to go back"
    assert windows.reminder().isVisible() and not windows.reminder().long_warning
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=25))  # repeats at +10, +20
    assert len(_sent(reminders)) == 4
    # Ended elsewhere (the tray's "I'm back" would show the return page instead).
    ctx.service.end(source=Source.COMMAND_LINE)
    assert not windows.reminder().isVisible()
    assert fake_scheduler.jobs == {} and not reminders.watch.active
    _advance(clock, fake_scheduler, monotonic, timedelta(hours=2))
    assert len(_sent(reminders)) == 4


def test_restart_with_return_time_past_reminds_at_once(
    ctx: AppContext, clock: FakeClock, fake_scheduler: FakeScheduler, monotonic: Monotonic
) -> None:
    due: list[bool] = []
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(hours=3))  # the app was not running meanwhile
    restarted = Reminders(
        ctx,
        scheduler=fake_scheduler,
        notifier=RecordingNotifier(),
        watch=WallClockWatch(ctx.clock, monotonic=monotonic),
    )
    restarted.due.connect(due.append)
    restarted.start()
    assert [title for title, _ in _sent(restarted)] == ["Time to go back"]
    assert due == [False]
    restarted.stop()


def test_suspend_is_noticed_by_the_wall_clock_watch(
    ctx: AppContext,
    reminders: Reminders,
    clock: FakeClock,
    fake_scheduler: FakeScheduler,
    monotonic: Monotonic,
) -> None:
    reminders.start()
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    monotonic.value += 5  # awake for five seconds
    clock.advance(timedelta(seconds=5))
    assert reminders.watch.check() is False
    clock.advance(timedelta(hours=2))  # asleep: wall time moves, monotonic time does not
    fake_scheduler.jobs.clear()  # the real timers would still be waiting: only the watch helps
    assert reminders.watch.check() is True
    assert [title for title, _ in _sent(reminders)] == ["Time to go back"]  # one, not a burst
    assert fake_scheduler.jobs  # and the next repeat is planned again


def test_extension_from_the_window_moves_the_reminder_and_is_announced(
    ctx: AppContext,
    reminders: Reminders,
    windows: Windows,
    clock: FakeClock,
    fake_scheduler: FakeScheduler,
    monotonic: Monotonic,
    qtbot: QtBot,
) -> None:
    reminders.start()
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=30))
    windows.reminder().more_button.click()
    with qtbot.waitSignal(windows.reminderExtended) as blocker:
        windows.reminder().extension_buttons[20].click()
    assert blocker.args[0].return_at == clock.now() + timedelta(minutes=20)
    count = len(_sent(reminders))
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=19))
    assert [title for title, _ in _sent(reminders)[count:]] == ["Almost time to return"]
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=1))
    assert _sent(reminders)[-1][0] == "Time to go back"
    assert len(_sent(reminders)) == count + 2


def test_one_day_warning_in_window_and_notification(
    ctx: AppContext,
    reminders: Reminders,
    windows: Windows,
    clock: FakeClock,
    fake_scheduler: FakeScheduler,
    monotonic: Monotonic,
) -> None:
    reminders.start()
    ctx.service.start(ReturnSpec(after=timedelta(hours=30)), allow_long=True)
    fired: list[object] = []
    reminders.fired.connect(fired.append)
    _advance(clock, fake_scheduler, monotonic, LONG_PAUSE)
    assert _sent(reminders)[-1][0] == "This pause has become long"
    assert windows.reminder().isVisible() and windows.reminder().long_warning
    assert "more than a day" in windows.reminder().heading.text()
    assert [reminder.kind for reminder in fired[-1]] == [ReminderKind.LONG]  # type: ignore[attr-defined]


def test_neutral_notifications_say_nothing_personal(
    ctx: AppContext,
    reminders: Reminders,
    clock: FakeClock,
    fake_scheduler: FakeScheduler,
    monotonic: Monotonic,
) -> None:
    ctx.settings.update(neutral_notifications=True, partner_name="Sam")
    reminders.start()
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=30))
    assert _sent(reminders) == [
        ("Pausetimer", "Almost time to return"),
        ("Pausetimer", "Time to return"),
    ]


@pytest.mark.parametrize(
    ("side", "heads_up", "due"),
    [
        (Side.PAUSING, "Almost time to return", "Time to return"),
        (Side.WAITING, "Almost the agreed time", "The agreed time has come"),
    ],
)
def test_neutral_words_stay_true_for_the_side_and_the_moment(
    ctx: AppContext,
    reminders: Reminders,
    clock: FakeClock,
    fake_scheduler: FakeScheduler,
    monotonic: Monotonic,
    side: Side,
    heads_up: str,
    due: str,
) -> None:
    ctx.settings.update(neutral_notifications=True)
    reminders.start()
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)), side=side)
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=25))
    assert _sent(reminders) == [("Pausetimer", heads_up)]
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=5))
    assert _sent(reminders)[-1] == ("Pausetimer", due)


def test_settings_change_replans(
    ctx: AppContext,
    reminders: Reminders,
    clock: FakeClock,
    fake_scheduler: FakeScheduler,
    monotonic: Monotonic,
) -> None:
    reminders.start()
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=30))
    ctx.settings.update(repeat_minutes=3)
    count = len(_sent(reminders))
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=3))
    assert len(_sent(reminders)) == count + 1


def test_only_pause_and_settings_changes_replan(
    ctx: AppContext, reminders: Reminders, monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    reminders.start()
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=31))
    ctx.service.end()
    [ended] = ctx.service.history()
    assert ended.id is not None
    looks: list[None] = []
    monkeypatch.setattr(reminders, "evaluate", lambda: looks.append(None))
    ctx.service.update_note(ended.id, "a note")
    ctx.service.save_reflections(ended.id, {"need": "rest"})
    assert looks == []
    ctx.settings.update(repeat_minutes=3)
    assert len(looks) == 1


def test_the_notification_is_withdrawn_when_the_pause_is_extended_or_ended(
    ctx: AppContext,
    reminders: Reminders,
    clock: FakeClock,
    fake_scheduler: FakeScheduler,
    monotonic: Monotonic,
) -> None:
    reminders.start()
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=25))
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=5))
    notifier = reminders.notifier
    assert isinstance(notifier, RecordingNotifier)
    assert notifier.urgencies == [Urgency.LOW, Urgency.NORMAL]  # heads-up quiet, nudge not
    ctx.service.set_announced(True)  # the same return time: the nudge still holds
    assert notifier.withdrawn == 0
    ctx.service.extend(timedelta(minutes=10))
    assert notifier.withdrawn == 1
    ctx.service.end()
    assert notifier.withdrawn == 2


def test_notifications_are_neutral_when_a_phone_may_show_them(
    ctx: AppContext,
    reminders: Reminders,
    clock: FakeClock,
    fake_scheduler: FakeScheduler,
    monotonic: Monotonic,
    windows: Windows,
) -> None:
    notifier = reminders.notifier
    assert isinstance(notifier, RecordingNotifier)
    notifier.forwarding = True  # KDE Connect or GSConnect on the bus
    reminders.start()
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=30))
    assert _sent(reminders)[-1] == ("Pausetimer", "Time to return")
    assert windows.reminder().isVisible()  # the full words stay on this computer


def test_a_wait_gets_the_gentle_note_and_its_own_window(
    ctx: AppContext,
    reminders: Reminders,
    windows: Windows,
    clock: FakeClock,
    fake_scheduler: FakeScheduler,
    monotonic: Monotonic,
) -> None:
    reminders.start()
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)), side=Side.WAITING)
    _advance(clock, fake_scheduler, monotonic, timedelta(minutes=30))
    title, message = _sent(reminders)[-1]
    assert title == "Your partner agreed to come back" and "a few minutes" in message
    assert windows.waiting_reminder().isVisible() and not windows.reminder().isVisible()
    ctx.service.end(source=Source.COMMAND_LINE)
    assert not windows.waiting_reminder().isVisible()
