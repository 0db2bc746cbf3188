"""What the history window does on the user's word: save a note, delete one pause or all of
them (after asking, naming what goes), export the period to a file or summarise it as a PDF,
and say where it went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from pausetimer.context import AppContext
from pausetimer.core.errors import PausetimerError
from pausetimer.core.history_model import HistoryFilter
from pausetimer.core.statistics import Period, period_span
from pausetimer.service import PauseService
from pausetimer.ui import texts
from pausetimer.ui.history.dialogs import ExportDialog, confirm, period_name
from pausetimer.ui.history.formatting import pause_span_text
from pausetimer.ui.texts import plural


class HistoryActions(QWidget):
    """The actions of :class:`~pausetimer.ui.history.window.HistoryWindow`, which builds the
    widgets named below; every write goes through the service, whose change reloads the window."""

    _ctx: AppContext
    _service: PauseService
    period: QComboBox
    export_result: QLabel

    @property
    def selected_period(self) -> Period:
        period = self.period.currentData()
        assert isinstance(period, Period)
        return period

    # -- actions -------------------------------------------------------------------------------

    def save_note(self, pause_id: int, note: str) -> None:
        # The change it announces reloads the table (as for a note edited anywhere else).
        self._guard(lambda: self._service.update_note(pause_id, note))

    def delete_pause(self, pause_id: int) -> None:
        pause = self._service.get_pause(pause_id)
        if pause is None:
            return
        if not self.ask(
            QCoreApplication.translate("History", "Delete this pause?"),
            # Named by when it was and how long, so the right one goes (the selection may be
            # far from where the eye is).
            QCoreApplication.translate(
                "History",
                "The pause of %1, with its note, its reflections and its extensions, will be"
                " deleted for good. This cannot be undone.",
            ).replace("%1", pause_span_text(pause, self._ctx.clock)),
            QCoreApplication.translate("History", "Delete"),
        ):
            return
        # The change it announces reloads the window; the deleted pause's details go with it.
        self._guard(lambda: self._service.delete_pause(pause_id))

    def delete_all(self) -> None:
        total = self._service.count_rows(HistoryFilter(), self._ctx.clock.now())
        text = QCoreApplication.translate(
            "History",
            "All %n pause(s) in your history, with their notes, reflections and"
            " extensions, will be deleted for good, in every period. A pause that is"
            " running now is kept until it ends. This cannot be undone.",
            "",
            total,
        )
        moments = len(self._service.together.past())
        if moments:  # the history is wiped whole; moments still ahead are plans and stay
            text += " " + QCoreApplication.translate(
                "History",
                "%n moment(s) together that have passed, with their words, go too; the"
                " moments still ahead stay in the main window.",
                "",
                moments,
            )
        if not self.ask(
            QCoreApplication.translate("History", "Delete the whole history?"),
            text,
            QCoreApplication.translate("History", "Delete everything"),
        ):
            return
        self._guard(self._service.delete_all)

    def _export_count(self) -> int:
        """An export holds the whole period, whatever the ticked filters show."""
        now = self._ctx.clock.now()
        return self._service.count_rows(
            HistoryFilter.of_span(period_span(self.selected_period, now)), now
        )

    def summary_pdf(self) -> None:
        from pausetimer.ui.history.signals_panel import card_for
        from pausetimer.ui.history.summary_flow import offer_summary  # Qt's PDF: when asked

        card = card_for(self._ctx.settings.get())
        offer_summary(
            self,
            self._service,
            self.selected_period,
            self.choose_export_path,
            self.export_result,
            card,
        )

    def export(self) -> None:
        dialog = ExportDialog(period_name(self.selected_period), self._export_count(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = self.choose_export_path(dialog.suffix)
        if path is None:
            return
        self.write_export(path, dialog.suffix, dialog.reflections.isChecked())

    def write_export(self, path: Path, suffix: str, include_reflections: bool) -> None:
        span = period_span(self.selected_period, self._ctx.clock.now())
        count = self._export_count()
        try:
            beside = self._service.export(path, suffix, span.since, span.until, include_reflections)
        except OSError as error:
            self.export_result.hide()
            QMessageBox.warning(
                self,
                QCoreApplication.translate("History", "Export failed"),
                QCoreApplication.translate("History", "The file could not be written: %1").replace(
                    "%1", error.strerror or ""
                ),
            )
            return
        # Said where the eye is, with the whole path: the file holds private notes, so the user
        # should know exactly where it went (and where the moments together went, if apart).
        text = (
            plural(
                QCoreApplication.translate(
                    "History", "Exported %n pause(s) to %1 in %2.", "", count
                ),
                count,
            )
            .replace("%1", path.name)
            .replace("%2", str(path.parent))
        )
        if beside is not None:
            text += " " + QCoreApplication.translate(
                "History", "The moments together are in %1, beside it."
            ).replace("%1", beside.name)
        self.export_result.setText(text)
        self.export_result.show()

    # -- seams that tests replace --------------------------------------------------------------

    def ask(self, title: str, text: str, action: str) -> bool:
        return confirm(self, title, text, action)

    def choose_export_path(self, suffix: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("History", "Export history"),
            str(Path.home() / f"pausetimer-history.{suffix}"),
            f"{suffix.upper()} (*.{suffix})",
        )
        return Path(name) if name else None

    def _guard(self, action: Callable[[], object]) -> None:
        try:
            action()
        except PausetimerError as error:  # also a locked database or a full disk, in words
            QMessageBox.information(
                self, QCoreApplication.translate("History", "Pause history"), texts.error(error)
            )
