"""The history window's "Summary as PDF…": what to include (notes and reflections stay out
unless ticked), where to save, and saying where it went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from pausetimer.core.signals import SignalsCard
from pausetimer.core.statistics import Period, period_span
from pausetimer.service import PauseService
from pausetimer.ui.history.dialogs import period_name
from pausetimer.ui.history.summary_pdf import SummaryPeriod, write_summary
from pausetimer.ui.texts import plural


class SummaryDialog(QDialog):
    def __init__(self, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Summary", "Summary as PDF"))
        intro = QLabel(
            QCoreApplication.translate(
                "Summary",
                "A page or two about %1 to share with a therapist: how many pauses, how many "
                "came back on time, how many ran past a day, the calm ratings and the chart.",
            ).replace("%1", period_name(period))
        )
        intro.setWordWrap(True)
        self.include_notes = QCheckBox(
            QCoreApplication.translate("Summary", "Include my &notes and reflections")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.include_notes, buttons):
            layout.addWidget(widget)


def offer_summary(
    parent: QWidget,
    service: PauseService,
    period: Period,
    choose_path: Callable[[str], Path | None],
    said: QLabel,
    card: SignalsCard | None = None,
) -> None:
    dialog = SummaryDialog(period, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    path = choose_path("pdf")
    if path is None:
        return
    save_summary(parent, service, period, path, dialog.include_notes.isChecked(), said, card)


def save_summary(
    parent: QWidget,
    service: PauseService,
    period: Period,
    path: Path,
    include_notes: bool,
    said: QLabel,
    card: SignalsCard | None = None,
) -> None:
    span = period_span(period, service.clock.now())
    try:
        summary = SummaryPeriod(span.since, span.until, include_notes)
        count = write_summary(service, path, summary, card)
    except OSError as error:
        said.hide()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Summary", "Summary not saved"),
            QCoreApplication.translate("Summary", "The file could not be written: %1").replace(
                "%1", error.strerror or ""
            ),
        )
        return
    text = QCoreApplication.translate(
        "Summary", "Summary of %n pause(s) saved as %1 in %2.", "", count
    )
    said.setText(plural(text, count).replace("%1", path.name).replace("%2", str(path.parent)))
    said.show()
