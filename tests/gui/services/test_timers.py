"""A precise timer without ``Qt``'s enums is the same precise timer."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from pausetimer.services.timers import set_precise


def test_set_precise_gives_a_precise_timer(qapp: object) -> None:
    timer = QTimer()
    assert timer.timerType() is Qt.TimerType.CoarseTimer  # Qt's default, so the test can fail
    set_precise(timer)
    assert timer.timerType() is Qt.TimerType.PreciseTimer
