"""The notification sender's own D-Bus connection, in this process, against the private desktop's
dunst: Notify answers with an id over it, a button chosen (ActionInvoked) comes back as the key,
the buttons go out only where the server lists "actions", and a hung server times out within the
bound instead of blocking."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from pausetimer.services.freedesktop_notifications import (
    FreedesktopNotifications,
    Outcome,
    Request,
)
from pausetimer.services.own_bus import OwnBus
from tests.desktop.harness import Desktop

BUTTONS = (("going", "I'm going now"), ("more-time", "10 more minutes"))


@pytest.fixture
def sender(
    desktop: Desktop, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FreedesktopNotifications]:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    own = OwnBus.open()
    assert own is not None
    made = FreedesktopNotifications(shutil.which("gdbus") or "gdbus", 2000, own_bus=own)
    own.setParent(made)
    yield made
    own.close()


def test_notify_over_the_own_connection_and_a_chosen_button(
    desktop: Desktop, sender: FreedesktopNotifications, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(sender.finished, timeout=5000) as blocker:
        sender.show(Request("Time to go back", 'It\'s "time"', actions=BUTTONS))
    assert blocker.args == [Outcome.SHOWN]
    blocks = desktop.notify_log.read_text(errors="replace").split("method call ")
    last = [block for block in blocks if "member=Notify" in block][-1]
    assert 'string "more-time"' in last  # dunst lists "actions": the buttons went out
    number = sender._current_id
    assert number > 0
    with qtbot.waitSignal(sender.actionInvoked, timeout=5000) as chosen:
        desktop.run_tool(
            "dbus-send", "--session", "--type=signal", "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications.ActionInvoked", f"uint32:{number}", "string:going",
            check=True,
        )  # fmt: skip
    assert chosen.args == ["going"]
    with qtbot.assertNotEmitted(sender.actionInvoked, wait=300):
        desktop.run_tool(
            "dbus-send",
            "--session",
            "--type=signal",
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications.ActionInvoked",
            f"uint32:{number + 100}",
            "string:going",
            check=True,
        )  # fmt: skip  (another program's notification)


def test_a_hung_server_times_out_within_the_bound(
    desktop: Desktop, sender: FreedesktopNotifications, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(sender.finished, timeout=5000):
        sender.show(Request("first", "to learn the capabilities"))
    desktop.freeze_notification_daemon()
    try:
        with qtbot.waitSignal(sender.finished, timeout=4000) as blocker:
            sender.show(Request("Time to go back", "body", actions=BUTTONS))
    finally:
        desktop.freeze_notification_daemon(frozen=False)
    assert blocker.args == [Outcome.TIMED_OUT]


def test_no_session_bus_no_own_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    assert OwnBus.open() is None
