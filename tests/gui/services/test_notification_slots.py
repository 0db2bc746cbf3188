"""A moment's reminder and a pause's nudge are two notifications on the desktop: neither replaces
the other, and ending the pause withdraws only its own. Both controllers build their notifiers as
the app does; the server is a stand-in for gdbus that hands out ids as a real server does (a new
one for replaces_id 0, the same one when replacing) and logs every call."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.services.freedesktop_notifications import FreedesktopNotifications
from pausetimer.services.reminders import Reminders
from pausetimer.services.together_reminders import TogetherReminders
from tests.gui.services.test_freedesktop_notifications import calls, fake_gdbus
from tests.helpers.clock import FakeClock
from tests.helpers.scheduler import FakeScheduler

SERVER = """replaces=0
for arg in "$@"; do case "$arg" in "uint32 "*) replaces=${arg#uint32 };; esac; done
if [ "$replaces" = 0 ]; then
    n=$(( $(cat "$0.ids" 2>/dev/null || echo 0) + 1 )); echo "$n" > "$0.ids"
else
    n=$replaces
fi
echo "(uint32 $n,)"
"""


def notifies(log: Path) -> list[tuple[str, str]]:
    """(summary, replaces_id) of each Notify, ("close", id) of each CloseNotification."""
    found = []
    for call in calls(log):
        if call[-1].startswith("uint32 ") and call[-2].endswith("CloseNotification"):
            found.append(("close", call[-1]))
        elif any(arg.endswith(".Notify") for arg in call):
            at = call.index(next(arg for arg in call if arg.endswith(".Notify")))
            found.append((call[at + 4].strip('"'), call[at + 2]))
    return found


@pytest.fixture
def log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    gdbus, log = fake_gdbus(tmp_path, SERVER)

    def for_session(
        cls: type[FreedesktopNotifications], bound_ms: int, parent: QObject | None = None
    ) -> FreedesktopNotifications:
        return cls(str(gdbus), bound_ms, parent)  # a new sender for each, as on a real bus

    monkeypatch.setattr(FreedesktopNotifications, "for_session", classmethod(for_session))
    return log


def test_a_moment_and_a_pause_keep_their_own_notifications(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot, log: Path
) -> None:
    pause_wakeups, moment_wakeups = FakeScheduler(clock), FakeScheduler(clock)
    reminders = Reminders(ctx, scheduler=pause_wakeups)
    together = TogetherReminders(ctx, scheduler=moment_wakeups)
    reminders.start()
    together.start()
    ctx.settings.update(heads_up_minutes=0)  # one nudge, so the ids are easy to follow
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    ctx.service.together.plan(clock.now() + timedelta(minutes=31), "walk")

    pause_wakeups.advance(timedelta(minutes=30))
    qtbot.waitUntil(lambda: len(notifies(log)) == 1)
    moment_wakeups.advance(timedelta(minutes=1))
    qtbot.waitUntil(lambda: len(notifies(log)) == 2)
    assert notifies(log) == [("Time to go back", "uint32 0"), ("Time together", "uint32 0")]

    pause_wakeups.advance(timedelta(minutes=10))  # the nudge comes again: it replaces its own
    qtbot.waitUntil(lambda: len(notifies(log)) == 3)
    assert notifies(log)[2] == ("Time to go back", "uint32 1")

    ctx.service.end()  # withdraws the pause's nudge, and only that
    qtbot.waitUntil(lambda: len(notifies(log)) == 4)
    assert notifies(log)[3] == ("close", "uint32 1")
    qtbot.wait(300)
    assert ("close", "uint32 2") not in notifies(log)
    reminders.stop()
    together.stop()
