"""The reminder of a moment together, driven by the fake clock and scheduler: it comes at the
moment's time, once, neutral when the settings ask, and a deleted moment never reminds."""

from __future__ import annotations

from datetime import timedelta

from pausetimer import APP_NAME
from pausetimer.context import AppContext
from pausetimer.services.together_reminders import TogetherReminders
from tests.gui.services.test_reminders import RecordingNotifier
from tests.helpers.clock import FakeClock
from tests.helpers.scheduler import FakeScheduler


def make(
    ctx: AppContext, clock: FakeClock
) -> tuple[TogetherReminders, RecordingNotifier, FakeScheduler]:
    notifier, scheduler = RecordingNotifier(), FakeScheduler(clock)
    reminders = TogetherReminders(ctx, lambda: notifier, scheduler=scheduler)
    reminders.start()
    return reminders, notifier, scheduler


def test_the_reminder_comes_at_the_moment_once(ctx: AppContext, clock: FakeClock) -> None:
    reminders, notifier, scheduler = make(ctx, clock)
    fired: list[int] = []
    reminders.fired.connect(fired.append)
    moment = ctx.service.together.plan(clock.now() + timedelta(hours=3), "walk by the river")
    assert list(scheduler.jobs) == [f"together-{moment.id}"]
    scheduler.advance(timedelta(hours=2, minutes=59))
    assert notifier.sent == []
    scheduler.advance(timedelta(minutes=1))
    assert notifier.sent == [
        (
            "Time together",
            "walk by the river\nThe moment you planned with your partner is now. "
            "Put the phone away and be there.",
        )
    ]
    assert fired == [moment.id]
    scheduler.advance(timedelta(hours=5))
    reminders.evaluate()
    assert len(notifier.sent) == 1 and scheduler.jobs == {}
    reminders.stop()


def test_neutral_text_and_deleted_moments(ctx: AppContext, clock: FakeClock) -> None:
    reminders, notifier, scheduler = make(ctx, clock)
    ctx.settings.update(neutral_notifications=True)
    kept = ctx.service.together.plan(clock.now() + timedelta(hours=1), "private words")
    gone = ctx.service.together.plan(clock.now() + timedelta(hours=2), "")
    assert gone.id is not None
    ctx.service.together.delete(gone.id)
    scheduler.advance(timedelta(hours=3))
    assert notifier.sent == [(APP_NAME, "Time together")]
    assert kept.id is not None
    reminders.stop()


def test_a_moment_just_passed_at_start_up_still_reminds(ctx: AppContext, clock: FakeClock) -> None:
    ctx.service.together.plan(clock.now() + timedelta(minutes=30), "")
    ctx.service.together.plan(clock.now() + timedelta(minutes=10), "long ago")
    clock.advance(timedelta(hours=1, minutes=15))  # the app was not running meanwhile
    _reminders, notifier, _scheduler = make(ctx, clock)
    assert [message.split("\n")[0] for _title, message in notifier.sent] == [
        "The moment you planned with your partner is now. Put the phone away and be there."
    ]


def test_after_a_suspend_the_reminder_comes_at_once(ctx: AppContext, clock: FakeClock) -> None:
    reminders, notifier, scheduler = make(ctx, clock)
    assert not reminders.watch.active  # nothing ahead: no wake-ups at all
    ctx.service.together.plan(clock.now() + timedelta(hours=1), "")
    assert reminders.watch.active
    clock.advance(timedelta(hours=2))  # asleep: the timer did not run meanwhile
    reminders.watch.jumped.emit()
    assert len(notifier.sent) == 1 and not reminders.watch.active
    assert scheduler.jobs == {}
    reminders.stop()
