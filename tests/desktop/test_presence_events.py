"""The desktop's word that an absence is over, from the services that give it, played by
stand-ins on a private bus (see test_presence_services.py): a lock ends with the screen saver's
``ActiveChanged`` or logind's ``PropertiesChanged``, the first input on GNOME fires Mutter's
user-active watch (and elsewhere logind's ``IdleHint`` turning false), KDE's notifications
announce the end of ``Inhibited``. A signal about anything
else wakes nobody, and where the desktop announces nothing the caller is told to keep looking."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from pausetimer.core.presence import Absence
from pausetimer.services.presence_sources import PresenceSources
from tests.desktop.test_presence_services import Rule, StandIn, bus_address, sources

__all__ = ["bus_address", "sources"]  # the fixtures, shared with the sources' own tests

AWAY_AFTER = timedelta(minutes=3)
PROPERTIES = "org.freedesktop.DBus.Properties"
SCREENSAVER = "org.freedesktop.ScreenSaver"
MUTTER = "org.gnome.Mutter.IdleMonitor"
MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
LOGIN = "org.freedesktop.login1"
NOTIFICATIONS = "org.freedesktop.Notifications"


class Came:
    def __init__(self) -> None:
        self.times = 0

    def __call__(self) -> None:
        self.times += 1


@pytest.fixture
def came() -> Came:
    return Came()


@pytest.fixture
def stand_ins(bus_address: str) -> Iterator[list[StandIn]]:
    started: list[StandIn] = []
    yield started
    for stand_in in started:
        stand_in.close()


def _serve(stand_ins: list[StandIn], address: str, names: list[str], rules: list[Rule]) -> StandIn:
    stand_in = StandIn(address, names, rules)
    stand_ins.append(stand_in)
    return stand_in


def _held(sources: PresenceSources, absence: Absence, came: Came) -> bool:
    sample = sources.sample(AWAY_AFTER)
    assert sample.absence(AWAY_AFTER) is absence
    return sources.announce_return(absence, sample, came)


def _nothing_comes(qtbot: QtBot, came: Came) -> None:
    qtbot.wait(300)
    assert came.times == 0


def test_the_screen_savers_active_changed_ends_a_lock(
    bus_address: str, sources: PresenceSources, stand_ins: list[StandIn], came: Came, qtbot: QtBot
) -> None:
    screensaver = _serve(stand_ins, bus_address, [SCREENSAVER], [
        (SCREENSAVER, "GetSessionIdleTime", None, "u", [5]),
        (SCREENSAVER, "GetActive", None, "b", [True]),
    ])  # fmt: skip
    assert _held(sources, Absence.LOCKED, came)
    _nothing_comes(qtbot, came)
    screensaver.emit("/ScreenSaver", SCREENSAVER, "ActiveChanged", "b", [False])  # KDE's path
    qtbot.waitUntil(lambda: came.times == 1, timeout=2000)


def test_gnome_announces_the_locks_end_and_the_first_input(
    bus_address: str, sources: PresenceSources, stand_ins: list[StandIn], came: Came, qtbot: QtBot
) -> None:
    gnome = _serve(stand_ins, bus_address, [MUTTER, "org.gnome.ScreenSaver"], [
        (MUTTER, "GetIdletime", None, "t", [600_000]),
        (MUTTER, "AddUserActiveWatch", None, "u", [7]),
        (MUTTER, "RemoveWatch", None, "", []),
        ("org.gnome.ScreenSaver", "GetActive", None, "b", [False]),
    ])  # fmt: skip
    assert _held(sources, Absence.AWAY, came)
    assert gnome.calls()[-1] == "AddUserActiveWatch"
    gnome.emit(MUTTER_PATH, MUTTER, "WatchFired", "u", [8])  # another program's watch
    _nothing_comes(qtbot, came)
    gnome.emit(MUTTER_PATH, MUTTER, "WatchFired", "u", [7])
    qtbot.waitUntil(lambda: came.times == 1, timeout=2000)
    sources.stop_announcing()
    assert "RemoveWatch" not in gnome.calls()  # a user-active watch is gone once it fired

    assert sources.announce_return(Absence.AWAY, sources.sample(AWAY_AFTER), came)
    sources.stop_announcing()  # back for another reason: the watch is taken away
    assert gnome.calls()[-2:] == ["AddUserActiveWatch", "RemoveWatch"]
    gnome.emit(MUTTER_PATH, MUTTER, "WatchFired", "u", [7])
    qtbot.wait(300)
    assert came.times == 1  # stopped: nobody listens


def test_logind_announces_the_locks_end_on_the_sessions_own_path(
    bus_address: str, sources: PresenceSources, stand_ins: list[StandIn], came: Came, qtbot: QtBot
) -> None:
    session = "org.freedesktop.login1.Session"
    properties: dict[str, list[Any]] = {"IdleHint": ["b", False], "LockedHint": ["b", True]}
    logind = _serve(stand_ins, bus_address, [LOGIN], [
        (PROPERTIES, "Get", [session, name], "v", [value]) for name, value in properties.items()
    ])  # fmt: skip
    assert _held(sources, Absence.LOCKED, came)
    user = "org.freedesktop.login1.User"  # the system bus tells of users and seats too
    logind.emit("/org/freedesktop/login1/user/_1000", PROPERTIES, "PropertiesChanged", "sa{sv}as",
                [user, {"IdleHint": ["b", False]}, []])  # fmt: skip
    _nothing_comes(qtbot, came)
    logind.emit("/org/freedesktop/login1/session/_32", PROPERTIES, "PropertiesChanged", "sa{sv}as",
                [session, {"LockedHint": ["b", False]}, []])  # fmt: skip
    qtbot.waitUntil(lambda: came.times == 1, timeout=2000)


def test_logind_announces_the_end_of_its_idle_hint(
    bus_address: str, sources: PresenceSources, stand_ins: list[StandIn], came: Came, qtbot: QtBot
) -> None:
    session = "org.freedesktop.login1.Session"
    since_us = int((time.time() - 600) * 1_000_000)
    properties: dict[str, list[Any]] = {
        "IdleHint": ["b", True],
        "LockedHint": ["b", False],
        "IdleSinceHint": ["t", since_us],
    }
    logind = _serve(stand_ins, bus_address, [LOGIN], [
        (PROPERTIES, "Get", [session, name], "v", [value]) for name, value in properties.items()
    ])  # fmt: skip
    assert _held(sources, Absence.AWAY, came)
    logind.emit("/org/freedesktop/login1/session/_32", PROPERTIES, "PropertiesChanged", "sa{sv}as",
                [session, {"IdleHint": ["b", False]}, []])  # fmt: skip
    qtbot.waitUntil(lambda: came.times == 1, timeout=2000)


def test_kde_announces_the_end_of_inhibited_notifications(
    bus_address: str, sources: PresenceSources, stand_ins: list[StandIn], came: Came, qtbot: QtBot
) -> None:
    kde = _serve(stand_ins, bus_address, [NOTIFICATIONS], [
        (PROPERTIES, "Get", [NOTIFICATIONS, "Inhibited"], "v", [["b", True]]),
    ])  # fmt: skip
    assert _held(sources, Absence.MEETING, came)
    kde.emit("/org/freedesktop/Notifications", PROPERTIES, "PropertiesChanged", "sa{sv}as",
             [NOTIFICATIONS, {"Inhibited": ["b", False]}, []])  # fmt: skip
    qtbot.waitUntil(lambda: came.times == 1, timeout=2000)


def test_where_nothing_announces_the_end_the_caller_keeps_looking(
    bus_address: str,
    sources: PresenceSources,
    stand_ins: list[StandIn],
    came: Came,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _serve(stand_ins, bus_address, [SCREENSAVER], [
        (SCREENSAVER, "GetSessionIdleTime", None, "u", [600]),
        (SCREENSAVER, "GetActive", None, "b", [False]),
    ])  # fmt: skip
    # KDE's idle time has no signal for the first input: away there is looked at.
    assert not _held(sources, Absence.AWAY, came)
    gsettings = tmp_path / "gsettings"  # GNOME's banners off: a setting, not a signal
    gsettings.write_text("#!/bin/sh\necho false\n")
    gsettings.chmod(0o700)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    sample = sources.sample()  # asked in full, as at the return time
    assert sample.do_not_disturb and sample.absence(timedelta(hours=1)) is Absence.MEETING
    assert not sources.announce_return(Absence.MEETING, sample, came)
