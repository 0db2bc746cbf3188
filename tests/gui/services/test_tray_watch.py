"""The tray watcher finds a tray that arrives late, then stops watching."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from pausetimer.services.tray_watch import (
    SNI_HOST_REGISTERED,
    SNI_WATCHER,
    SNI_WATCHER_PATH,
    TrayLossWatcher,
    TrayWatcher,
)

FAST = (1, 2, 4)


class Tray:
    """A tray host that appears after a number of checks (None: never)."""

    def __init__(self, appears_after: int | None) -> None:
        self.appears_after = appears_after
        self.checks = 0

    def __call__(self) -> bool:
        self.checks += 1
        return self.appears_after is not None and self.checks > self.appears_after


@pytest.fixture
def no_bus() -> QDBusConnection:
    """A connection that is not connected: the watcher must cope without a session bus."""
    return QDBusConnection("pausetimer-test-no-bus")


def test_a_tray_that_is_already_there_is_reported_from_the_event_loop(
    qtbot: QtBot, no_bus: QDBusConnection
) -> None:
    tray = Tray(appears_after=0)
    watcher = TrayWatcher(probe=tray, backoff_ms=FAST, bus=no_bus)

    with qtbot.waitSignal(watcher.trayAvailable, timeout=1000):
        watcher.start()

    assert tray.checks == 1
    assert not watcher.is_watching()


def test_a_late_tray_is_found_and_then_nothing_is_watched_any_more(
    qtbot: QtBot, no_bus: QDBusConnection
) -> None:
    tray = Tray(appears_after=2)
    watcher = TrayWatcher(probe=tray, backoff_ms=FAST, bus=no_bus)

    with qtbot.waitSignal(watcher.trayAvailable, timeout=1000):
        watcher.start()

    assert tray.checks == 3
    assert not watcher.is_polling()
    assert not watcher.is_watching()


def test_without_a_tray_polling_gives_up_after_the_backoff(
    qtbot: QtBot, no_bus: QDBusConnection
) -> None:
    tray = Tray(appears_after=None)
    watcher = TrayWatcher(probe=tray, backoff_ms=FAST, bus=no_bus)

    with (
        qtbot.assertNotEmitted(watcher.trayAvailable),
        qtbot.waitSignal(watcher.pollingStopped, timeout=1000),
    ):
        watcher.start()

    assert tray.checks == 1 + len(FAST)
    assert not watcher.is_polling()


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A real D-Bus daemon of our own, so the test cannot disturb (or be disturbed by) a desktop."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


Ends = tuple[QDBusConnection, QDBusConnection]


@pytest.fixture
def bus_ends(private_bus: str) -> Iterator[Ends]:
    """Two connections to the private bus: the app's (watching) and a panel's."""
    names = ("pausetimer-test-watching", "pausetimer-test-panel")
    yield (
        QDBusConnection.connectToBus(private_bus, names[0]),
        QDBusConnection.connectToBus(private_bus, names[1]),
    )
    for name in names:
        QDBusConnection.disconnectFromBus(name)


def test_a_status_notifier_host_on_the_bus_wakes_the_watcher_at_once(
    qtbot: QtBot, bus_ends: Ends
) -> None:
    watching, panel = bus_ends
    tray = Tray(appears_after=1)  # the first check, at start, finds nothing
    # A slow schedule: only the bus can make the second check happen within the timeout.
    watcher = TrayWatcher(probe=tray, backoff_ms=(60_000,), settle_ms=(1,), bus=watching)
    watcher.start()
    qtbot.waitUntil(lambda: tray.checks == 1, timeout=1000)

    with qtbot.waitSignals(
        [watcher.statusNotifierHostAppeared, watcher.trayAvailable], timeout=3000
    ):
        assert panel.registerService(SNI_WATCHER)

    assert tray.checks == 2
    assert not watcher.is_watching()


def test_a_tray_icon_window_taken_down_with_its_tray_is_reported_once(
    qtbot: QtBot, no_bus: QDBusConnection
) -> None:
    icon_window = QObject()
    watcher = TrayLossWatcher(probe=lambda: False, icon_windows=lambda: [icon_window], bus=no_bus)
    watcher.watch()
    assert watcher.is_watching()
    with qtbot.waitSignal(watcher.trayLost, timeout=1000):
        shiboken6.delete(icon_window)  # what Qt does when an XEmbed tray dies
    assert not watcher.is_watching()


def test_an_icon_window_replaced_while_a_tray_is_still_there_is_not_a_loss(
    qtbot: QtBot, no_bus: QDBusConnection
) -> None:
    icon_window = QObject()
    watcher = TrayLossWatcher(probe=lambda: True, icon_windows=lambda: [icon_window], bus=no_bus)
    lost: list[bool] = []
    watcher.trayLost.connect(lambda: lost.append(True))
    watcher.watch()
    shiboken6.delete(icon_window)
    qtbot.wait(50)
    assert lost == [] and watcher.is_watching()


def test_the_arrival_watcher_can_watch_again_after_a_loss(
    qtbot: QtBot, no_bus: QDBusConnection
) -> None:
    tray = Tray(appears_after=0)
    watcher = TrayWatcher(probe=tray, backoff_ms=FAST, settle_ms=FAST, bus=no_bus)
    with qtbot.waitSignal(watcher.trayAvailable, timeout=1000):
        watcher.start()
    watcher.start()  # found: a second start does nothing
    assert not watcher.is_watching()
    with qtbot.waitSignal(watcher.trayAvailable, timeout=1000):
        watcher.restart()


def test_a_status_notifier_tray_that_leaves_the_bus_is_reported(
    qtbot: QtBot, bus_ends: Ends
) -> None:
    """No icon windows: the icon lives in a StatusNotifierItem host, whose end the bus tells."""
    watching, panel = bus_ends
    assert panel.registerService(SNI_WATCHER)
    watcher = TrayLossWatcher(probe=lambda: False, icon_windows=list, bus=watching)
    watcher.watch()
    # A round trip on the watching connection: the bus has its match rule before the end.
    assert watching.interface().isServiceRegistered(SNI_WATCHER).value()
    with qtbot.waitSignal(watcher.trayLost, timeout=3000):
        assert panel.unregisterService(SNI_WATCHER)


def test_an_xembed_tray_is_watched_without_the_bus(qtbot: QtBot, bus_ends: Ends) -> None:
    """Icon windows: an XEmbed tray, whose end deletes them. A StatusNotifierWatcher that comes
    and goes on the bus meanwhile (another panel) is not this tray's loss."""
    watching, panel = bus_ends
    icon_window = QObject()
    assert panel.registerService(SNI_WATCHER)
    watcher = TrayLossWatcher(probe=lambda: False, icon_windows=lambda: [icon_window], bus=watching)
    lost: list[bool] = []
    watcher.trayLost.connect(lambda: lost.append(True))
    watcher.watch()
    assert watching.interface().isServiceRegistered(SNI_WATCHER).value()
    assert panel.unregisterService(SNI_WATCHER)
    qtbot.wait(300)
    assert lost == [] and watcher.is_watching()
    with qtbot.waitSignal(watcher.trayLost, timeout=1000):
        shiboken6.delete(icon_window)


def test_a_host_announced_by_the_watcher_is_looked_for_at_once(
    qtbot: QtBot, bus_ends: Ends
) -> None:
    """The panel's host registers after its watcher: its announcement, not the settle schedule,
    brings the next look."""
    watching, panel = bus_ends
    host = {"registered": False}
    # Slow schedules: only the announcement can bring a look within the timeout.
    watcher = TrayWatcher(
        probe=lambda: host["registered"],
        backoff_ms=(60_000,),
        settle_ms=(60_000,),
        bus=watching,
    )
    watcher.start()
    with qtbot.waitSignal(watcher.statusNotifierHostAppeared, timeout=3000):
        assert panel.registerService(SNI_WATCHER)
    host["registered"] = True
    announcement = QDBusMessage.createSignal(SNI_WATCHER_PATH, SNI_WATCHER, SNI_HOST_REGISTERED)
    with qtbot.waitSignal(watcher.trayAvailable, timeout=3000):
        assert panel.send(announcement)
    assert not watcher.is_watching()
