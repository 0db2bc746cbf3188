"""The waiting side's own wording in the tray, the main window and the reminder: the partner is
the one who comes back, so every sentence speaks of "they", never "you go back"."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pausetimer.core.clock import Clock
from pausetimer.ui import texts
from pausetimer.ui.pause_view import PauseView, ViewState

# The invitation the article suggests when the agreed time has passed: warm, not a reproach.
_INVITATION = QT_TRANSLATE_NOOP("WaitingTexts", "I miss you. Shall we sit together for a bit?")
# The boundary from the article, for a pause that runs past a day.
_BOUNDARY = QT_TRANSLATE_NOOP(
    "WaitingTexts",
    "I'm glad to give you the room you need to recover. But if this takes longer than a day, "
    "I want us to talk about what's going on.",
)


def invitation() -> str:
    return QCoreApplication.translate("WaitingTexts", str(_INVITATION))


def boundary() -> str:
    return QCoreApplication.translate("WaitingTexts", str(_BOUNDARY))


def status_line(view: PauseView, clock: Clock) -> str:
    """One line for the tray menu, the tooltip and the main window."""
    assert view.pause is not None
    back = texts.when(view.pause.return_at, clock)
    if view.state is ViewState.DUE:
        late = view.now - view.pause.return_at
        if late < timedelta(minutes=1):
            return QCoreApplication.translate(
                "WaitingTexts", "Your partner agreed to come back about now"
            )
        return (
            QCoreApplication.translate(
                "WaitingTexts", "Your partner agreed to come back %1, %2 ago"
            )
            .replace("%1", back)
            .replace("%2", texts.duration(late - timedelta(seconds=59)))
        )
    return (
        QCoreApplication.translate(
            "WaitingTexts", "Your partner is taking a pause · back %1 (%2 left)"
        )
        .replace("%1", back)
        .replace("%2", texts.duration(view.remaining))
    )


def main_window_texts(view: PauseView, clock: Clock) -> tuple[str, str]:
    """The main window's title and detail while the partner takes a pause."""
    assert view.pause is not None
    line = status_line(view, clock)
    if view.pause.is_long(view.now):
        title = QCoreApplication.translate("WaitingTexts", "A long wait")
        return title, line + "\n" + boundary()
    if view.state is ViewState.DUE:
        title = QCoreApplication.translate("WaitingTexts", "Time for them to come back")
        detail = QCoreApplication.translate(
            "WaitingTexts", "Give them a few minutes. If they don't come, you could say: “%1”"
        ).replace("%1", invitation())
        return title, line + "\n" + detail
    title = QCoreApplication.translate("WaitingTexts", "Your partner is taking a pause")
    detail = QCoreApplication.translate(
        "WaitingTexts", "You don't have to wait at the door: do something good for yourself."
    )
    return title, line + "\n" + detail


def back_label() -> str:
    """The "I'm back" choice on the waiting side."""
    return QCoreApplication.translate("WaitingTexts", "My partner is &back")
