"""The presence adapters against the desktop services they are written for, played by small
stand-ins on a private bus (this machine has no KDE, GNOME or logind session): each adapter
reads its service's real method names, types and units, and the order holds: the first source
that answers wins."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection

from pausetimer.core.presence import Presence
from pausetimer.services.presence_sources import PresenceSources
from tests.desktop.conftest import unavailable
from tests.desktop.harness import _BUS_CONFIG_WITHOUT_ACTIVATION

# (interface, member, arguments or None for any, reply signature, reply body)
Rule = tuple[str, str, list[Any] | None, str, list[Any]]

# The stand-in runs in a process of its own: PySide6 keeps the interpreter lock during a blocking
# D-Bus call, so a stand-in thread in this process could never answer it.
# It sends the signals written to its stdin (one JSON list per line: path, interface, member,
# signature, body) and notes each call's member in the file named last.
STAND_IN = """
import json, sys, threading
from jeepney import DBusAddress, message_bus, new_error, new_method_return, new_signal
from jeepney.io.blocking import open_dbus_connection
from jeepney.low_level import HeaderFields, MessageType

address, names, rules = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
calls = open(sys.argv[4], "a", buffering=1)
connection = open_dbus_connection(bus=address)
for name in names:
    connection.send_and_get_reply(message_bus.RequestName(name), timeout=5)

def send_signals():
    for line in sys.stdin:
        path, interface, member, signature, body = json.loads(line)
        signal = new_signal(DBusAddress(path, interface=interface), member, signature, tuple(body))
        connection.send(signal)
        print("sent", flush=True)

threading.Thread(target=send_signals, daemon=True).start()
print("ready", flush=True)
while True:
    message = connection.receive()
    if message.header.message_type is not MessageType.method_call:
        continue
    fields = message.header.fields
    call = (fields.get(HeaderFields.interface, ""), fields[HeaderFields.member])
    calls.write(call[1] + "\\n")
    reply = new_error(message, "org.freedesktop.DBus.Error.UnknownMethod")
    for interface, member, arguments, signature, body in rules:
        if (interface, member) == call and arguments in (None, list(message.body)):
            values = tuple(tuple(value) if signature == "v" else value for value in body)
            reply = new_method_return(message, signature, values)
            break
    connection.send(reply)
"""


class StandIn:
    """Owns ``names`` on the bus at ``address``, answers the calls its rules name and sends the
    signals it is given."""

    def __init__(self, address: str, names: list[str], rules: list[Rule]) -> None:
        handle, calls = tempfile.mkstemp(prefix="stand-in-calls-")
        os.close(handle)
        self._calls = Path(calls)
        self._process = subprocess.Popen(
            [sys.executable, "-c", STAND_IN, address, json.dumps(names), json.dumps(rules),
             str(self._calls)],
            stdout=subprocess.PIPE,
            stdin=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        assert self._process.stdout is not None
        assert self._process.stdout.readline().strip() == "ready"

    def emit(self, path: str, interface: str, member: str, signature: str, body: list[Any]) -> None:
        """Send a signal from the names this stand-in owns (and wait until it is sent)."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps([path, interface, member, signature, body]) + "\n")
        self._process.stdin.flush()
        assert self._process.stdout.readline().strip() == "sent"

    def calls(self) -> list[str]:
        """The members called so far, in order."""
        return self._calls.read_text().split()

    def close(self) -> None:
        self._process.terminate()
        self._process.wait(10)
        for stream in (self._process.stdout, self._process.stdin):
            if stream is not None:
                stream.close()
        self._calls.unlink(missing_ok=True)


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:
        unavailable("missing programs: dbus-daemon")
    config = tmp_path / "bus.conf"  # no service activation: only the stand-ins answer
    config.write_text(_BUS_CONFIG_WITHOUT_ACTIVATION)
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)
        daemon.stdout.close()


@pytest.fixture
def sources(
    bus_address: str, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PresenceSources]:
    monkeypatch.delenv("DISPLAY", raising=False)  # no X server: the buses must say it all
    name = f"stand-ins-{time.monotonic_ns()}"
    connection = QDBusConnection.connectToBus(bus_address, name)
    assert connection.isConnected()
    yield PresenceSources(session=connection, system=connection)
    QDBusConnection.disconnectFromBus(name)


def _serve(address: str, names: list[str], rules: list[Rule]) -> StandIn:
    return StandIn(address, names, rules)


def test_the_freedesktop_screensaver_answers_first(
    bus_address: str, sources: PresenceSources
) -> None:
    screensaver = "org.freedesktop.ScreenSaver"
    mutter = "org.gnome.Mutter.IdleMonitor"
    services = [
        _serve(bus_address, [screensaver], [
            (screensaver, "GetSessionIdleTime", None, "u", [240]),
            (screensaver, "GetActive", None, "b", [True]),
        ]),
        _serve(bus_address, [mutter], [(mutter, "GetIdletime", None, "t", [1])]),
    ]  # fmt: skip
    try:
        sample = sources.sample()
    finally:
        for service in services:
            service.close()
    assert (sample.idle, sample.locked) == (timedelta(seconds=240), True)


def test_mutter_gives_milliseconds_and_gnome_the_lock(
    bus_address: str, sources: PresenceSources
) -> None:
    names = ["org.gnome.Mutter.IdleMonitor", "org.gnome.ScreenSaver"]
    service = _serve(bus_address, names, [
        ("org.gnome.Mutter.IdleMonitor", "GetIdletime", None, "t", [90_500]),
        ("org.gnome.ScreenSaver", "GetActive", None, "b", [False]),
    ])  # fmt: skip
    try:
        sample = sources.sample()
    finally:
        service.close()
    assert (sample.idle, sample.locked) == (timedelta(seconds=90, milliseconds=500), False)


def test_logind_idle_and_locked_hints(bus_address: str, sources: PresenceSources) -> None:
    since_us = int((time.time() - 300) * 1_000_000)
    session = "org.freedesktop.login1.Session"
    properties: dict[str, list[Any]] = {
        "IdleHint": ["b", True],
        "LockedHint": ["b", True],
        "IdleSinceHint": ["t", since_us],
    }
    rules: list[Rule] = [
        ("org.freedesktop.DBus.Properties", "Get", [session, name], "v", [value])
        for name, value in properties.items()
    ]
    service = _serve(bus_address, ["org.freedesktop.login1"], rules)
    try:
        sample = sources.sample()
    finally:
        service.close()
    assert sample.locked
    assert sample.idle is not None and timedelta(seconds=299) < sample.idle < timedelta(seconds=310)


def test_kde_inhibited_notifications_are_do_not_disturb(
    bus_address: str, sources: PresenceSources
) -> None:
    notifications = "org.freedesktop.Notifications"
    inhibited = [notifications, "Inhibited"]  # dunst's own interface is not there
    service = _serve(bus_address, [notifications], [
        ("org.freedesktop.DBus.Properties", "Get", inhibited, "v", [["b", True]]),
    ])  # fmt: skip
    try:
        sample = sources.sample()
    finally:
        service.close()
    assert sample.do_not_disturb and sample.idle is None  # no idle source on this bus


def test_gnome_banners_off_are_do_not_disturb(
    sources: PresenceSources, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gsettings = tmp_path / "gsettings"
    gsettings.write_text("#!/bin/sh\necho false\n")
    gsettings.chmod(0o700)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")
    assert sources.sample() == Presence(do_not_disturb=True)
