"""The calm ratings of one pause in words, for its details in the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pausetimer.ui.calm_scale import calm_anchor


def calm_summary(start: int | None, end: int | None) -> str:
    """E.g. "How flooded: 8 of 10 at the start (…), 2 of 10 before going back (…)."; empty
    when neither was rated."""
    parts = []
    if start is not None:
        parts.append(
            QCoreApplication.translate("History", "%1 of 10 at the start (%2)")
            .replace("%1", str(start))
            .replace("%2", calm_anchor(start))
        )
    if end is not None:
        parts.append(
            QCoreApplication.translate("History", "%1 of 10 before going back (%2)")
            .replace("%1", str(end))
            .replace("%2", calm_anchor(end))
        )
    if not parts:
        return ""
    return QCoreApplication.translate("History", "How flooded: %1.").replace("%1", ", ".join(parts))
