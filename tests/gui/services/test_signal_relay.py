"""Two relays in one process (the app's SIGUSR1 relay, then its stop relay) each hear their own
signals, and closing them gives the wake-up fd back."""

from __future__ import annotations

import os
import signal

from pytestqt.qtbot import QtBot

from pausetimer.services.signal_relay import SignalRelay
from pausetimer.services.wake_signal import WakeSignal


def test_a_later_relay_passes_on_the_signals_of_the_one_before(qtbot: QtBot) -> None:
    before = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(before)
    first = SignalRelay([signal.SIGUSR2])
    second = SignalRelay([signal.SIGTERM])
    try:
        with qtbot.waitSignal(first.received, timeout=2000) as heard:
            os.kill(os.getpid(), signal.SIGUSR2)
        assert heard.args == [signal.SIGUSR2]
        with qtbot.waitSignal(second.received, timeout=2000) as heard:
            os.kill(os.getpid(), signal.SIGTERM)
        assert heard.args == [signal.SIGTERM]
    finally:
        second.close()
        first.close()
    assert signal.set_wakeup_fd(before) == before


def test_the_wake_signal_reports_sigusr1_and_then_ignores_it(qtbot: QtBot) -> None:
    wake = WakeSignal()
    wake.install()
    try:
        with qtbot.waitSignal(wake.received, timeout=2000):
            os.kill(os.getpid(), signal.SIGUSR1)
    finally:
        wake.uninstall()
    assert signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN
    os.kill(os.getpid(), signal.SIGUSR1)  # ignored: this process goes on
