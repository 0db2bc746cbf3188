"""The notification for the one who waits: a gentle note at the agreed time, never "go back"
(it is the partner who comes back). Past a day, the boundary and the way to help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pausetimer.core.reminders import ReminderKind


def waiting_notice(kinds: set[ReminderKind], heads_up_minutes: int) -> tuple[str, str]:
    """Title and message for the reminders that came due together on the waiting side."""
    if ReminderKind.LONG in kinds:
        return (
            QCoreApplication.translate("WaitingNotice", "This wait has lasted more than a day"),
            QCoreApplication.translate(
                "WaitingNotice",
                "You may tell your partner you want to talk about what's going on. If you are "
                "worried, the safety card in Pausetimer says where to find help.",
            ),
        )
    if ReminderKind.DUE in kinds:
        return (
            QCoreApplication.translate("WaitingNotice", "Your partner agreed to come back"),
            QCoreApplication.translate(
                "WaitingNotice",
                "They agreed to come back about now. Give them a few minutes; then, if you like, "
                "a calm invitation: “I miss you. Shall we sit together for a bit?”",
            ),
        )
    return (
        QCoreApplication.translate("WaitingNotice", "Almost the agreed time"),
        QCoreApplication.translate(
            "WaitingNotice",
            "In %n minute(s) your partner agreed to come back.",
            "",
            heads_up_minutes,
        ),
    )


def neutral_waiting_words(due: bool) -> str:
    """The waiting side's neutral notification (see ``Reminders._neutral_words``)."""
    if due:
        return QCoreApplication.translate("WaitingNotice", "The agreed time has come")
    return QCoreApplication.translate("WaitingNotice", "Almost the agreed time")
