import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from pausetimer.services.notifier import Channel, Notifier


class RecordingTray(QSystemTrayIcon):
    """A tray icon that says it is shown and remembers its balloon messages (offscreen Qt has no
    tray to show one in)."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def isVisible(self) -> bool:
        return True

    def showMessage(self, title: str, message: str, *args: object) -> None:  # type: ignore[override]
        self.messages.append((title, message))


@pytest.fixture
def tray(qapp: object) -> RecordingTray:
    return RecordingTray()


@pytest.fixture
def hang() -> Iterator[threading.Event]:
    release = threading.Event()
    yield release
    release.set()  # let abandoned workers finish before the next test


def test_desktop_notification_when_the_service_answers(qtbot: QtBot, tray: RecordingTray) -> None:
    calls: list[tuple[str, str]] = []
    notifier = Notifier(lambda: tray, backend=lambda t, m: calls.append((t, m)))
    with qtbot.waitSignal(notifier.delivered) as blocker:
        notifier.notify("Time to return", "Go and find them")
    assert blocker.args == [Channel.DESKTOP]
    assert calls == [("Time to return", "Go and find them")]
    assert tray.messages == []


def test_failing_service_falls_back_to_the_tray(qtbot: QtBot, tray: RecordingTray) -> None:
    def broken(title: str, message: str) -> None:
        raise OSError("org.freedesktop.Notifications was not provided by any .service files")

    notifier = Notifier(lambda: tray, backend=broken)
    with qtbot.waitSignal(notifier.delivered) as blocker:
        notifier.notify("Time to return", "Go and find them")
    assert blocker.args == [Channel.TRAY]
    assert tray.messages == [("Time to return", "Go and find them")]


def test_hung_service_never_blocks_and_falls_back_within_the_bound(
    qtbot: QtBot, tray: RecordingTray, hang: threading.Event
) -> None:
    notifier = Notifier(lambda: tray, backend=lambda t, m: hang.wait(30), bound_ms=200)
    started = time.monotonic()
    notifier.notify("Time to return", "first")
    assert time.monotonic() - started < 0.1  # the UI thread does not wait at all
    with qtbot.waitSignal(notifier.delivered, timeout=2000) as blocker:
        pass
    assert blocker.args == [Channel.TRAY]
    assert time.monotonic() - started < 1.0
    # While the service still hangs, the next nudge goes straight to the tray: no pile of threads.
    with qtbot.waitSignal(notifier.delivered, timeout=100) as blocker:
        notifier.notify("Time to return", "second")
    assert blocker.args == [Channel.TRAY]
    assert [message for _title, message in tray.messages] == ["first", "second"]


def test_late_answer_after_the_bound_is_ignored(
    qtbot: QtBot, tray: RecordingTray, hang: threading.Event
) -> None:
    notifier = Notifier(lambda: tray, backend=lambda t, m: hang.wait(30), bound_ms=100)
    channels: list[Channel] = []
    notifier.delivered.connect(channels.append)
    notifier.notify("Time to return", "late")
    qtbot.waitUntil(lambda: channels == [Channel.TRAY], timeout=2000)
    hang.set()
    qtbot.wait(100)
    assert channels == [Channel.TRAY]


def test_no_tray_and_no_service_reports_none(qtbot: QtBot) -> None:
    def broken(title: str, message: str) -> None:
        raise RuntimeError("no backend")

    notifier = Notifier(lambda: None, backend=broken)
    with qtbot.waitSignal(notifier.delivered) as blocker:
        notifier.notify("Time to return", "text")
    assert blocker.args == [Channel.NONE]
