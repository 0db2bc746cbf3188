"""'Put it on my phone': the return time as a QR code to scan, or a calendar file to save.

Nothing leaves the computer: the phone's camera reads the code from the screen, and the calendar
file goes wherever the user saves it. The summary is the neutral "Time to return" in the user's
language, so a phone's lock screen says nothing personal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pausetimer import phone
from pausetimer.context import AppContext
from pausetimer.core.pause import Pause
from pausetimer.core.together import Moment
from pausetimer.ui import texts
from pausetimer.ui.icons import app_icon


class PhoneDialog(QDialog):
    """For a pause's return time, or for a moment together (its own neutral summary and uid)."""

    def __init__(
        self, ctx: AppContext, pause: Pause | Moment, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pause = pause
        together = isinstance(pause, Moment)
        self.summary = self.tr("Time together") if together else self.tr("Time to return")
        self._at = pause.at if isinstance(pause, Moment) else pause.return_at
        self.setWindowTitle(self.tr("Put it on my phone"))
        self.setWindowIcon(app_icon())

        intro = QLabel(
            self.tr(
                "Point your phone's camera at the code and tap the calendar suggestion: an "
                "event %1, with a reminder at that time. This works with the camera app on "
                "iPhones and on most Android phones."
            ).replace("%1", texts.when(self._at, ctx.clock))
        )
        intro.setWordWrap(True)
        self.code_label = QLabel()
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(self.tr("QR code with the return time"))
        self.png = phone.qr_png(self._at, self.summary, scale=5)
        pixmap = QPixmap()
        pixmap.loadFromData(self.png, "PNG")
        self.code_label.setPixmap(pixmap)
        private = QLabel(
            self.tr("Nothing is sent anywhere: the phone reads the code from your screen.")
        )
        private.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save as calendar file…"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._ask_where_to_save)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.setAccessibleName(self.tr("Save result"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(private)
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.saved_label)
        layout.addWidget(buttons)

    def _ask_where_to_save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as calendar file"),
            str(Path.home() / self._file_name()),
            self.tr("Calendar files (*.ics)"),
        )
        if name:
            self.save_ics(Path(name))

    def _file_name(self) -> str:
        return (
            "pausetimer-together.ics"
            if isinstance(self._pause, Moment)
            else "pausetimer-return.ics"
        )

    def _ics(self) -> bytes:
        item, now = self._pause, self._ctx.clock.now()
        if isinstance(item, Moment):
            created = int(item.created_at.timestamp())
            uid = f"{item.id}-{created}-together@pausetimer"
            return phone.ics(item.at, self.summary, started_at=item.created_at, now=now, uid=uid)
        return phone.ics(
            item.return_at,
            self.summary,
            started_at=item.started_at,
            extensions=len(item.extensions),
            now=now,
        )

    def save_ics(self, path: Path) -> bool:
        problem = self._target_problem(path)
        if problem is None:
            data = self._ics()
            try:
                phone.write(path, data)
            except OSError as error:
                problem = error.strerror or str(error)
        if problem is not None:
            self.saved_label.setText(self.tr("Could not save: %1").replace("%1", problem))
            return False
        self.saved_label.setText(
            self.tr(
                "Saved as %1. Open it on your phone, for example from a cable or a USB stick."
            ).replace("%1", str(path))
        )
        return True

    def _target_problem(self, path: Path) -> str | None:
        """Why ``path`` cannot be written, in the window's language; None when it can."""
        kind = phone.target_problem(path)
        if kind == phone.IS_FOLDER:
            return self.tr("%1 is a folder; give a file name.").replace("%1", str(path))
        if kind == phone.NO_FOLDER:
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        return None
