"""Asking before export and delete: what to include, and what will be lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pausetimer.core.statistics import Period


class ExportDialog(QDialog):
    """Format and contents of an export; the file is chosen after it."""

    def __init__(self, period_name: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("History", "Export history"))
        intro = QLabel(
            QCoreApplication.translate("History", "Export %n pause(s) from %1.", "", count).replace(
                "%1", period_name
            )
        )
        intro.setWordWrap(True)
        self.csv = QRadioButton(QCoreApplication.translate("History", "&CSV, for a spreadsheet"))
        self.csv.setChecked(True)
        self.json = QRadioButton(QCoreApplication.translate("History", "&JSON, for other programs"))
        self.reflections = QCheckBox(
            QCoreApplication.translate("History", "Include my &reflections")
        )
        privacy = QLabel(
            QCoreApplication.translate(
                "History",
                "The file holds your notes. Keep it somewhere private,"
                " and share it only when you want to.",
            )
        )
        privacy.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.csv, self.json, self.reflections, privacy, buttons):
            layout.addWidget(widget)

    @property
    def suffix(self) -> str:
        return "json" if self.json.isChecked() else "csv"


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """A plain yes/no with the destructive button named after what it does; No is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(
        QCoreApplication.translate("History", "Keep"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is yes


def period_name(period: Period) -> str:
    """The period inside a sentence ("Export 12 pauses from the last 7 days")."""
    return {
        Period.WEEK: QCoreApplication.translate("History", "the last 7 days"),
        Period.MONTH: QCoreApplication.translate("History", "the last 30 days"),
        Period.YEAR: QCoreApplication.translate("History", "the last year"),
        Period.ALL: QCoreApplication.translate("History", "all time"),
    }[period]
