"""The pause actions the tray and the main window share: quick starts, custom, extend, I'm back.

Each flow ends in the partner-sentence dialog. Dialogs open non-modally (the tray has no window to
be modal to) and one at a time: asking again raises the open one instead of stacking a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from pausetimer import APP_NAME
from pausetimer.context import AppContext
from pausetimer.core.changes import Source
from pausetimer.core.clock import to_local
from pausetimer.core.durations import next_occurrence, parse_clock_time
from pausetimer.core.errors import InputError, PausetimerError
from pausetimer.core.pause import Caution, Pause, ReturnSpec, Side
from pausetimer.ui import texts
from pausetimer.ui.stacking import stack_with_on_top

if TYPE_CHECKING:  # the dialogs are imported when first opened, not at start-up
    from PySide6.QtWidgets import QDialog, QWidget

    from pausetimer.ui.custom_dialog import CustomPauseDialog
    from pausetimer.ui.extend_dialog import ExtendDialog

QUICK_MINUTES = (20, 60, 120)
# "I need more time" and "Extend…" offer the same few minutes (then any number).
EXTENSION_MINUTES = (10, 20, 30)


@dataclass(frozen=True)
class QuickChoice:
    label: str
    spec: ReturnSpec


class PauseActions(QObject):
    """``problem`` carries a translated sentence when an action was refused (also shown in a
    message box unless ``show_messages`` is False)."""

    problem = Signal(str)
    # The partner-sentence dialog closed: (pause, extended). After a new pause, guidance follows.
    sentenceClosed = Signal(Pause, bool)

    def __init__(self, ctx: AppContext, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._ctx = ctx
        self._parent_widget = parent_widget
        self.dialog: QDialog | None = None  # the open dialog, if any (tests look at it)
        self.show_messages = True

    def tonight(self) -> datetime:
        """The next occurrence of the configured "tonight" time (tomorrow if already past)."""
        try:
            wall = parse_clock_time(self._ctx.settings.get().tonight_time)
        except InputError:  # settings are validated on save; a hand-edited file falls back
            wall = parse_clock_time("19:00")
        return next_occurrence(wall, self._ctx.clock)

    def quick_choices(self) -> list[QuickChoice]:
        labels = {
            20: self.tr("&20 minutes"),
            60: self.tr("&1 hour"),
            120: self.tr("2 ho&urs"),
        }
        choices = [
            QuickChoice(labels[m], ReturnSpec(after=timedelta(minutes=m))) for m in QUICK_MINUTES
        ]
        tonight = self.tonight()
        clock = self._ctx.clock
        same_day = to_local(tonight, clock).date() == to_local(clock.now(), clock).date()
        template = self.tr("Until &tonight (%1)") if same_day else self.tr("Until &tomorrow (%1)")
        choices.append(
            QuickChoice(
                template.replace("%1", texts.clock_time(tonight, clock)), ReturnSpec(at=tonight)
            )
        )
        return choices

    def start(self, spec: ReturnSpec) -> Pause | None:
        """Start right away (two clicks from the tray), then show the partner sentence."""
        try:
            pause, cautions = self._ctx.service.start(spec)
        except PausetimerError as problem:
            self._report(problem)
            return None
        self.show_partner_sentence(pause, cautions)
        return pause

    def open_custom(self) -> None:
        from pausetimer.ui.custom_dialog import CustomPauseDialog

        dialog = CustomPauseDialog(self._ctx, self._parent_widget)
        dialog.accepted.connect(lambda: self._after_custom(dialog))
        self._open(dialog)

    def open_extend(self) -> None:
        from pausetimer.ui.extend_dialog import ExtendDialog

        dialog = ExtendDialog(self._ctx, self._parent_widget)
        dialog.accepted.connect(lambda: self._after_extend(dialog))
        self._open(dialog)

    def _after_custom(self, dialog: CustomPauseDialog) -> None:
        if dialog.started is not None:
            self.show_partner_sentence(dialog.started, dialog.cautions)

    def _after_extend(self, dialog: ExtendDialog) -> None:
        # On the waiting side it is the partner who asked for more time: nothing to tell them.
        if dialog.extended is not None and dialog.extended.side is Side.PAUSING:
            self.show_partner_sentence(dialog.extended, dialog.cautions, extended=True)

    def end(self) -> Pause | None:
        """ "I'm back": end the pause now. Coming back from one's own pause, the return page
        follows (``Windows``), which offers a moment together among its return words; when the
        partner came back, the offer comes here (optional, never modal)."""
        try:
            ended = self._ctx.service.end()
        except PausetimerError as problem:
            self._report(problem)
            return None
        if ended.side is Side.WAITING:
            self.offer_together()
        return ended

    def offer_together(self) -> None:
        """ "Plan a moment together", never modal: "Not now" or Escape closes it."""
        from pausetimer.ui.together_dialog import TogetherDialog

        self._open(TogetherDialog(self._ctx, self._parent_widget), replace=True)

    def show_partner_sentence(
        self, pause: Pause, cautions: list[Caution], *, extended: bool = False
    ) -> None:
        from pausetimer.ui.partner_dialog import PartnerSentenceDialog

        dialog = PartnerSentenceDialog(
            self._ctx, pause, cautions=cautions, extended=extended, parent=self._parent_widget
        )
        dialog.finished.connect(lambda _result: self.sentenceClosed.emit(pause, extended))
        self._open(dialog, replace=True)

    def _open(self, dialog: QDialog, *, replace: bool = False) -> None:
        if self.dialog is not None and self.dialog.isVisible() and not replace:
            dialog.deleteLater()
            stack_with_on_top(self.dialog)
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))
        stack_with_on_top(dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _report(self, problem: PausetimerError) -> None:
        text = texts.error(problem)
        self.problem.emit(text)
        if self.show_messages:
            from PySide6.QtWidgets import QMessageBox  # a refusal is rare: not at start-up

            QMessageBox.information(self._parent_widget, APP_NAME, text)


def extend_with_consent(ctx: AppContext, by: timedelta, parent: QWidget) -> Pause | None:
    """Extend from the reminder, asking first when the return would move past a day from the
    start (the rule the Extend and custom dialogs show as a checkbox). None if the user said no.

    The question is a child of ``parent`` so the window manager keeps it above that window."""
    try:
        return ctx.service.extend(by, source=Source.REMINDER)[0]
    except InputError as error:
        if error.kind != "pause_needs_confirmation":
            raise
    from PySide6.QtWidgets import QMessageBox  # only past a day: not at start-up

    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PauseActions", "More than a day"),
        texts.caution(Caution.LONG)
        + "\n\n"
        + QCoreApplication.translate("PauseActions", "Extend past 24 hours anyway?"),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return ctx.service.extend(by, allow_long=True, source=Source.REMINDER)[0]
