"""The presence adapters in this process, against the private desktop's own X server and bus:
the X idle time follows real input, dunst's pause reads as do-not-disturb, sources the desktop
lacks are passed over, and a hung notification server costs one short bound, then is skipped."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # our own widgets need no screen here

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtDBus import QDBusConnection

from pausetimer.core.presence import Absence, Presence
from pausetimer.services.presence_sources import CALL_BOUND_MS, PresenceSources
from pausetimer.services.x11_desktop import X11Desktop
from tests.desktop.harness import Desktop


@pytest.fixture
def bus(desktop: Desktop, qapp: object) -> Iterator[QDBusConnection]:
    name = f"presence-test-{time.monotonic_ns()}"
    connection = QDBusConnection.connectToBus(desktop.bus_address, name)
    assert connection.isConnected()
    yield connection
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def sources(desktop: Desktop, bus: QDBusConnection) -> PresenceSources:
    # No system bus here: logind cannot answer, as on a machine without it.
    return PresenceSources(session=bus, system=bus, display=desktop.display)


def test_the_x_idle_time_follows_real_input(desktop: Desktop, sources: PresenceSources) -> None:
    desktop.run_tool("xdotool", "mousemove", "300", "300", check=True)
    first = sources.sample()
    assert first.idle is not None and first.idle < timedelta(seconds=2)
    assert not first.locked and not first.fullscreen  # no window manager: nothing is active
    time.sleep(1.2)
    later = sources.sample()
    assert later.idle is not None and later.idle >= first.idle + timedelta(seconds=1)
    assert later.absence(timedelta(seconds=1)) is Absence.AWAY
    try:  # away already: the meeting sources are not asked (one question per look)
        desktop.run_tool("dunstctl", "set-paused", "true", check=True)
        away = sources.sample(away_after=timedelta(seconds=1))
        assert away.absence(timedelta(seconds=1)) is Absence.AWAY and not away.do_not_disturb
        assert sources.sample(away_after=timedelta(minutes=3)).do_not_disturb
    finally:
        desktop.run_tool("dunstctl", "set-paused", "false", check=True)


def test_dunst_paused_is_do_not_disturb(desktop: Desktop, sources: PresenceSources) -> None:
    try:
        desktop.run_tool("dunstctl", "set-paused", "true", check=True)
        assert sources.sample().do_not_disturb
        assert sources.sample().absence(timedelta(minutes=3)) is Absence.MEETING
    finally:
        desktop.run_tool("dunstctl", "set-paused", "false", check=True)
    assert not sources.sample().do_not_disturb


def test_a_hung_notification_server_costs_one_bound_then_is_skipped(
    desktop: Desktop, sources: PresenceSources
) -> None:
    desktop.freeze_notification_daemon()
    try:
        begin = time.monotonic()
        first = sources.sample()
        took_first = time.monotonic() - begin
        begin = time.monotonic()
        second = sources.sample()
        took_second = time.monotonic() - begin
    finally:
        desktop.freeze_notification_daemon(frozen=False)
    assert first.idle is not None and second.idle is not None  # the X server still answers
    assert not first.do_not_disturb and not second.do_not_disturb
    assert took_first < 4 * CALL_BOUND_MS / 1000
    assert took_second < CALL_BOUND_MS / 1000 / 2


def test_no_x_server_no_x11_answers() -> None:
    assert X11Desktop.open(":9999") is None
    assert Presence().absence(timedelta(minutes=1)) is None  # so nothing is ever held by it


def test_the_input_alarm_wakes_on_the_first_input_only(desktop: Desktop) -> None:
    import select

    from pausetimer.services.x11_input_alarm import InputAlarm

    alarm = InputAlarm.open(desktop.display)
    assert alarm is not None
    try:
        time.sleep(0.7)  # idle past the alarm's half second
        alarm.arm()
        readable, _, _ = select.select([alarm.fileno()], [], [], 1.0)
        assert not readable and not alarm.returned()  # nobody touched anything
        desktop.run_tool("xdotool", "mousemove_relative", "2", "2", check=True)
        readable, _, _ = select.select([alarm.fileno()], [], [], 5.0)
        assert readable and alarm.returned()
        alarm.disarm()
    finally:
        alarm.close()
    assert InputAlarm.open(":9999") is None
