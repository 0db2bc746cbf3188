"""The notification sender's own logic, with a stand-in for gdbus that records its arguments: the id
the server gave is replaced and then closed, a refusal and a hang are told apart, and a request
made while one is on its way waits for its id. (The real server: tests/desktop.)"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess
from pytestqt.qtbot import QtBot

from pausetimer.services.freedesktop_notifications import (
    FreedesktopNotifications,
    Outcome,
    Request,
    Urgency,
    gvariant_string,
)

SEPARATOR = "--call--"


def settle(qtbot: QtBot, sender: FreedesktopNotifications) -> None:
    """Wait until no gdbus of ``sender`` runs any more (the log is written when one starts)."""
    qtbot.waitUntil(lambda: not sender.findChildren(QProcess), timeout=5000)


def fake_gdbus(tmp_path: Path, body: str) -> tuple[Path, Path]:
    """A gdbus that writes its arguments to a log, one per line, then runs ``body``."""
    log = tmp_path / "calls.log"
    script = tmp_path / "gdbus"
    script.write_text(
        "#!/bin/sh\n"
        f'for arg in "$@"; do printf "%s\\n" "$arg" >> "{log}"; done\n'
        f'echo "{SEPARATOR}" >> "{log}"\n'
        f"{body}\n"
    )
    script.chmod(0o700)
    return script, log


def calls(log: Path) -> list[list[str]]:
    if not log.exists():
        return []
    text = log.read_text()
    return [block.strip("\n").split("\n") for block in text.split(SEPARATOR + "\n") if block]


def test_one_notification_replaced_then_withdrawn(qtbot: QtBot, tmp_path: Path) -> None:
    gdbus, log = fake_gdbus(tmp_path, 'echo "(uint32 7,)"')
    sender = FreedesktopNotifications(str(gdbus), 3000)
    with qtbot.waitSignal(sender.finished) as blocker:
        sender.show(Request('It\'s "time"', "Go back", Urgency.LOW, 60_000))
    assert blocker.args == [Outcome.SHOWN]
    [first] = calls(log)
    assert "org.freedesktop.Notifications.Notify" in first
    assert "uint32 0" in first  # a new notification
    assert gvariant_string('It\'s "time"') in first
    assert "int32 60000" in first and "<byte 0>" in first[first.index("@as []") + 1]
    with qtbot.waitSignal(sender.finished):
        sender.show(Request("Time to go back", "Now"))
    assert "uint32 7" in calls(log)[1]  # replaces the first, rather than stacking
    sender.withdraw()
    settle(qtbot, sender)
    assert calls(log)[2][-2:] == ["org.freedesktop.Notifications.CloseNotification", "uint32 7"]
    sender.withdraw()  # nothing shown any more: nothing to close
    settle(qtbot, sender)
    assert len(calls(log)) == 3


def test_a_request_during_a_call_waits_for_its_id(qtbot: QtBot, tmp_path: Path) -> None:
    gdbus, log = fake_gdbus(tmp_path, 'sleep 0.3; echo "(uint32 9,)"')
    sender = FreedesktopNotifications(str(gdbus), 3000)
    outcomes: list[Outcome] = []
    sender.finished.connect(outcomes.append)
    sender.show(Request("first", ""))
    sender.show(Request("second", ""))
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=5000)
    assert len(calls(log)) == 2 and "uint32 9" in calls(log)[1]
    sender.show(Request("third", ""))
    sender.withdraw()  # the pause ended while the nudge was on its way: close it once it is there
    qtbot.waitUntil(lambda: len(outcomes) == 3, timeout=5000)
    settle(qtbot, sender)
    assert len(calls(log)) == 4 and calls(log)[3][-1] == "uint32 9"


def test_a_refusal_and_a_hang_are_told_apart(qtbot: QtBot, tmp_path: Path) -> None:
    refusing, _log = fake_gdbus(tmp_path, "exit 1")
    sender = FreedesktopNotifications(str(refusing), 3000)
    with qtbot.waitSignal(sender.finished) as blocker:
        sender.show(Request("x", "y"))
    assert blocker.args == [Outcome.FAILED]
    settle(qtbot, sender)

    hanging_dir = tmp_path / "hang"
    hanging_dir.mkdir()
    hanging, _log = fake_gdbus(hanging_dir, "exec sleep 30")
    sender = FreedesktopNotifications(str(hanging), 300)
    started = time.monotonic()
    with qtbot.waitSignal(sender.finished, timeout=3000) as blocker:
        sender.show(Request("x", "y"))
    assert blocker.args == [Outcome.TIMED_OUT]
    assert time.monotonic() - started < 2
    settle(qtbot, sender)


def test_a_missing_gdbus_is_a_refusal(qtbot: QtBot, tmp_path: Path) -> None:
    sender = FreedesktopNotifications(str(tmp_path / "no-such-gdbus"), 3000)
    with qtbot.waitSignal(sender.finished) as blocker:
        sender.show(Request("x", "y"))
    assert blocker.args == [Outcome.FAILED]
    settle(qtbot, sender)


def test_without_gdbus_the_notifier_uses_plyer(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("shutil.which", lambda _name: None)
    assert FreedesktopNotifications.for_session(3000) is None


def test_no_forwarder_where_the_bus_names_none(qtbot: QtBot, tmp_path: Path) -> None:
    gdbus, _log = fake_gdbus(tmp_path, "")
    # The test process has no session bus of its own: no KDE Connect or GSConnect can be on it.
    assert FreedesktopNotifications(str(gdbus), 3000).forwarding_likely() is False
