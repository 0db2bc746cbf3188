"""The reminder controller: from the stored pause to a notification, and a ``due`` signal for the
reminder window (which the UI layer owns and shows).

Nothing about reminders is stored. Whenever something may have changed (start-up, a pause event, a
settings change, a scheduled wake-up, a suspend or clock jump) we ask the pure planner again what
is due since we last looked, deliver that, and schedule one wake-up per upcoming reminder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from pausetimer import APP_NAME
from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.pause import Pause, Side
from pausetimer.core.reminders import Reminder, ReminderKind, ReminderRules, plan_reminders
from pausetimer.services.wallclock import WallClockWatch
from pausetimer.settings import Settings

if TYPE_CHECKING:
    from pausetimer.services.notifier import Notifier, TrayIconProvider
    from pausetimer.services.scheduler import Scheduler


_log = logging.getLogger(__name__)

# The keys of the due notification's buttons (what ActionInvoked names).
GOING = "going"
MORE_TIME = "more-time"
EXTENSION_MINUTES = 10  # "10 more minutes": the reminder window's first choice


class Reminders(QObject):
    fired = Signal(tuple)  # tuple[Reminder, ...] just delivered (e.g. to refresh the tray icon)
    # The return time (True: the one-day warning) came: the reminder window must show. It is
    # the last fallback, so it comes whatever happened to the notification.
    due = Signal(bool)
    # A button on the due notification was chosen: GOING or MORE_TIME.
    actionChosen = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        tray_icon_provider: TrayIconProvider | None = None,
        *,
        scheduler: Scheduler | None = None,
        notifier: Notifier | None = None,
        watch: WallClockWatch | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # The scheduler and the notifier are built when first needed: an idle app (most of the
        # time) schedules nothing, and most days no pause comes due at all.
        self._scheduler = scheduler
        self._notifier = notifier
        self._tray_icon_provider = tray_icon_provider
        self.watch = watch or WallClockWatch(ctx.clock, parent=self)
        self._pause: Pause | None = None
        self._handled_until: datetime | None = None  # None: a fresh start, deliver what is due
        self._started = False
        # Whether a full-screen window or paused notifications say "in a meeting" (set by the
        # nudge watch): then the notification's words are the neutral ones.
        self.in_meeting: Callable[[], bool] = lambda: False

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        self._ctx.events.changed.connect(self._on_change)
        self.watch.jumped.connect(self.evaluate)
        self._pause = self._ctx.service.current()
        self.evaluate()

    @property
    def scheduler(self) -> Scheduler:
        if self._scheduler is None:
            from pausetimer.services.scheduler import QtJobScheduler

            self._scheduler = QtJobScheduler(self)
        return self._scheduler

    @property
    def notifier(self) -> Notifier:
        if self._notifier is None:
            from pausetimer.services.notifier import desktop_notifier

            self._notifier = desktop_notifier(self._tray_icon_provider, self)
            self._notifier.actionInvoked.connect(self.actionChosen)
        return self._notifier

    def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown()
        self.watch.stop()

    def evaluate(self) -> None:
        """Deliver what came due since the last look and schedule the next wake-ups."""
        now = self._ctx.clock.now()
        plan = plan_reminders(
            self._pause, _rules(self._ctx.settings.get()), now, self._handled_until
        )
        self._handled_until = now
        if self._scheduler is not None:
            self._scheduler.cancel_all()
        for reminder in plan.upcoming:
            self.scheduler.schedule(reminder.key, reminder.at, self.evaluate)
        # Watch the wall clock only while a pause runs: no wake-ups at all when idle.
        if self._pause is not None and self._pause.is_active:
            self.watch.start()
        else:
            self.watch.stop()
        if plan.fire_now:
            self._deliver(plan.fire_now)

    def _on_change(self, change: Change) -> None:
        if ChangeKind.ACTIVE_PAUSE in change:
            previous, self._pause = self._pause, change.active
            if self._notifier is not None and _nudge_outdated(previous, self._pause):
                self._notifier.withdraw()  # "time to go back" must not outlive the time it names
        elif ChangeKind.SETTINGS not in change:
            return  # history and reflections have no say in reminders
        self.evaluate()

    def _neutral_words(self, kinds: set[ReminderKind]) -> str:
        """Words that give nothing away on a lock screen, and still true for the side and the
        moment: the one who waits is not the one to return, and a heads-up is not the time."""
        due = bool(kinds & {ReminderKind.DUE, ReminderKind.LONG})
        if self._pause is not None and self._pause.side is Side.WAITING:
            from pausetimer.services.waiting_notice import neutral_waiting_words

            return neutral_waiting_words(due)
        return self.tr("Time to return") if due else self.tr("Almost time to return")

    def _deliver(self, reminders: tuple[Reminder, ...]) -> None:
        # Loaded with the notifier, when the first reminder comes: QtDBus costs start-up time.
        from pausetimer.services.freedesktop_notifications import Urgency

        kinds = {reminder.kind for reminder in reminders}
        long_warning = ReminderKind.LONG in kinds
        settings = self._ctx.settings.get()
        # A phone that mirrors notifications shows them on its lock screen, to anyone nearby:
        # then the words stay in the window on this computer and the notification is neutral.
        if settings.neutral_notifications or self.notifier.forwarding_likely() or self.in_meeting():
            title, message = APP_NAME, self._neutral_words(kinds)
        elif self._pause is not None and self._pause.side is Side.WAITING:
            from pausetimer.services.waiting_notice import waiting_notice

            title, message = waiting_notice(kinds, settings.heads_up_minutes)
        elif long_warning:
            title = self.tr("This pause has become long")
            message = self.tr(
                "It has lasted more than a day. Talk about it today, plan some time together, "
                "and consider help if this keeps happening."
            )
        elif ReminderKind.DUE in kinds:
            title = self.tr("Time to go back")
            message = self.tr(
                "You agreed to return now. Take the first step: a hug, a light word, a question "
                "about their day."
            )
        else:
            title = self.tr("Almost time to return")
            message = self.tr(
                "In %n minute(s) it is time to go back.", "", settings.heads_up_minutes
            )
        _log.info(
            "Reminder for pause %s: %s",
            self._pause.id if self._pause is not None else "?",
            ", ".join(sorted(kind.value for kind in kinds)),
        )
        heads_up_only = not kinds & {ReminderKind.DUE, ReminderKind.LONG}
        self.notifier.notify(
            title,
            message,
            # The heads-up is a quiet note that is gone by the return time; the nudge itself
            # stays until the pause is extended or ended (then it is withdrawn).
            urgency=Urgency.LOW if heads_up_only else Urgency.NORMAL,
            expire_ms=settings.heads_up_minutes * 60_000 if heads_up_only else 0,
            actions=self._actions() if ReminderKind.DUE in kinds else (),
        )
        if kinds & {ReminderKind.DUE, ReminderKind.LONG}:
            self.due.emit(long_warning)
        self.fired.emit(reminders)

    def _actions(self) -> tuple[tuple[str, str], ...]:
        """The reminder window's two main choices, on the notification itself."""
        return (
            (GOING, self.tr("I'm going now")),
            (MORE_TIME, self.tr("%n more minute(s)", "", EXTENSION_MINUTES)),
        )


def _nudge_outdated(before: Pause | None, after: Pause | None) -> bool:
    """Ended, or a new return time: a notification about the old one would mislead."""
    if before is None:
        return False
    return after is None or after.id != before.id or after.return_at != before.return_at


def _rules(settings: Settings) -> ReminderRules:
    return ReminderRules.from_minutes(
        heads_up_minutes=settings.heads_up_minutes,
        repeat_minutes=settings.repeat_minutes,
        long_repeat_hours=settings.long_repeat_hours,
    )
