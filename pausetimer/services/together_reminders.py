"""The reminder of a moment together: at its time, one notification through the app's
:class:`~pausetimer.services.notifier.Notifier`, neutral when the settings ask for it (or a phone
may show it on its lock screen).

Like the pause's reminders, nothing about them is stored: at every change of the moments and at
every wake-up we ask :func:`pausetimer.core.together.due_moments` what came since we last looked,
and schedule one wake-up per moment ahead. It has a scheduler of its own, so the pause's
reminders cancelling theirs never touch these, and a notifier of its own: a pause's next nudge
would otherwise replace a moment's reminder on the desktop (one notification per notifier), and
ending the pause would take it away.
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
from pausetimer.core.together import Moment, due_moments
from pausetimer.services.wallclock import WallClockWatch

if TYPE_CHECKING:
    from pausetimer.services.notifier import Notifier, TrayIconProvider
    from pausetimer.services.scheduler import Scheduler

_log = logging.getLogger(__name__)

# While a moment lies ahead, a suspend or a clock jump is noticed within this time (a moment may
# be days away: a pause's few seconds would wake the machine for nothing).
WATCH_INTERVAL_MS = 60_000


class TogetherReminders(QObject):
    fired = Signal(int)  # the id of the moment just announced

    def __init__(
        self,
        ctx: AppContext,
        notifier: Callable[[], Notifier] | None = None,
        *,
        tray_icon_provider: TrayIconProvider | None = None,
        scheduler: Scheduler | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._notifier = notifier or self._own_notifier  # built when first used
        self._built: Notifier | None = None
        self._tray_icon_provider = tray_icon_provider
        self._scheduler = scheduler
        self._handled_until: datetime | None = None  # None: a fresh start
        # Qt timers stop during a suspend: after one, the reminder must not wait on the timer.
        self.watch = WallClockWatch(ctx.clock, interval_ms=WATCH_INTERVAL_MS, parent=self)
        self.watch.jumped.connect(self.evaluate)

    @property
    def scheduler(self) -> Scheduler:
        if self._scheduler is None:
            from pausetimer.services.scheduler import QtJobScheduler

            self._scheduler = QtJobScheduler(self)
        return self._scheduler

    def _own_notifier(self) -> Notifier:
        if self._built is None:
            from pausetimer.services.notifier import desktop_notifier

            self._built = desktop_notifier(self._tray_icon_provider, self)
        return self._built

    def start(self) -> None:
        self._ctx.events.changed.connect(self._on_change)
        self.evaluate()

    def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown()
        self.watch.stop()

    def _on_change(self, change: Change) -> None:
        if ChangeKind.TOGETHER in change:
            self.evaluate()

    def evaluate(self) -> None:
        """Announce the moments that came since the last look; wake up for the next ones."""
        now = self._ctx.clock.now()
        moments = self._ctx.service.together.all()
        due = due_moments(moments, now, self._handled_until)
        self._handled_until = now
        if self._scheduler is not None:
            self._scheduler.cancel_all()
        ahead = [moment for moment in moments if moment.at > now]
        for moment in ahead:
            self.scheduler.schedule(f"together-{moment.id}", moment.at, self.evaluate)
        if ahead:
            self.watch.start()
        else:
            self.watch.stop()
        for moment in due:
            self._deliver(moment)

    def _deliver(self, moment: Moment) -> None:
        notifier = self._notifier()
        settings = self._ctx.settings.get()
        if settings.neutral_notifications or notifier.forwarding_likely():
            title, message = APP_NAME, self.tr("Time together")
        else:
            title = self.tr("Time together")
            message = self.tr(
                "The moment you planned with your partner is now. Put the phone away and be there."
            )
            if moment.note:
                message = moment.note + "\n" + message
        _log.info("Reminder for moment together %s", moment.id)
        notifier.notify(title, message)
        self.fired.emit(moment.id or 0)
