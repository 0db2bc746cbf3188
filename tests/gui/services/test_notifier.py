import gc
import threading
import time
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from pausetimer.services.freedesktop_notifications import Outcome, Request, Urgency
from pausetimer.services.notifier import Channel, Notifier, portal_quoted


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


def test_a_hung_call_does_not_keep_its_notifier_alive(
    qtbot: QtBot, tray: RecordingTray, hang: threading.Event
) -> None:
    # Else the worker may drop the last reference when the call ends, and the QObject is
    # destroyed on the worker's thread while the main thread uses it.
    notifier = Notifier(lambda: tray, backend=lambda t, m: hang.wait(30), bound_ms=100)
    notifier.notify("Time to return", "hangs")
    reference = weakref.ref(notifier)
    del notifier
    gc.collect()
    assert reference() is None
    assert any(thread.name == "notify" for thread in threading.enumerate())  # still hanging


def test_no_tray_and_no_service_reports_none(qtbot: QtBot) -> None:
    def broken(title: str, message: str) -> None:
        raise RuntimeError("no backend")

    notifier = Notifier(lambda: None, backend=broken)
    with qtbot.waitSignal(notifier.delivered) as blocker:
        notifier.notify("Time to return", "text")
    assert blocker.args == [Channel.NONE]


class FakeServer(QObject):
    """Stands in for org.freedesktop.Notifications: answers each show() with a set outcome."""

    finished = Signal(object)
    actionInvoked = Signal(str)

    def __init__(self, outcome: Outcome) -> None:
        super().__init__()
        self.outcome = outcome
        self.shown: list[Request] = []
        self.withdrawn = 0

    def show(self, request: Request) -> None:
        self.shown.append(request)
        QTimer.singleShot(0, lambda: self.finished.emit(self.outcome))

    def withdraw(self) -> None:
        self.withdrawn += 1


@pytest.mark.parametrize(
    ("outcome", "channel", "plyer_calls"),
    [
        (Outcome.SHOWN, Channel.DESKTOP, 0),
        (Outcome.FAILED, Channel.DESKTOP, 1),  # the server said no: plyer may still reach one
        (Outcome.TIMED_OUT, Channel.TRAY, 0),  # it hangs: plyer would hang on it too
    ],
)
def test_the_notification_server_first_then_the_fallbacks(
    qtbot: QtBot, tray: RecordingTray, outcome: Outcome, channel: Channel, plyer_calls: int
) -> None:
    server = FakeServer(outcome)
    calls: list[tuple[str, str]] = []
    notifier = Notifier(
        lambda: tray,
        backend=lambda t, m: calls.append((t, m)),
        freedesktop=server,  # type: ignore[arg-type]
    )
    with qtbot.waitSignal(notifier.delivered) as blocker:
        notifier.notify("Time to go back", "It's time", urgency=Urgency.LOW, expire_ms=5000)
    assert blocker.args == [channel]
    assert server.shown == [Request("Time to go back", "It's time", Urgency.LOW, 5000)]
    assert len(calls) == plyer_calls
    notifier.withdraw()
    assert server.withdrawn == 1


def test_apostrophes_survive_plyers_flatpak_quoting() -> None:
    # plyer builds "{'title': <'" + title + "'>}" for gdbus: the text must not end the literal.
    quoted = portal_quoted("It's \\ time")
    assert quoted == "It\\'s \\\\ time"
    assert "'" not in quoted.replace("\\'", "")
