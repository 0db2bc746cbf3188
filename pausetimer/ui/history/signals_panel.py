""" "What comes before my pauses": per early signal and trigger, how many of the period's pauses
had it ticked and how long those pauses typically lasted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pausetimer import paths
from pausetimer.core.signal_summary import SignalSummary
from pausetimer.core.signals import OWN_WORDS, PauseSignals, SignalsCard, load_signals
from pausetimer.services.i18n import resolve_language
from pausetimer.settings import Settings
from pausetimer.ui.history.formatting import NOTHING, duration_text
from pausetimer.ui.texts import plural


def card_for(settings: Settings) -> SignalsCard:
    """The signals' words in the language the app speaks."""
    return load_signals(resolve_language(settings.language), paths.guidance_dir())


class SignalsSummaryPanel(QWidget):
    def __init__(self, card: SignalsCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card = card
        heading = QLabel(QCoreApplication.translate("History", "What comes before my pauses"))
        heading.setStyleSheet("font-weight: 600;")
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("History", "Signal or trigger"),
                QCoreApplication.translate("History", "Pauses"),
                QCoreApplication.translate("History", "Typical length"),
            ]
        )
        self.table.setAccessibleName(
            QCoreApplication.translate("History", "What comes before my pauses")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows walk its rows
        self.table.verticalHeader().hide()
        # A long signal wraps, whole: its row grows with it, also when the panel is resized.
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        heading.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.line)
        layout.addWidget(self.table, 1)

    @property
    def order(self) -> tuple[str, ...]:
        """The card's order, for ties between counts."""
        return self._card.keys()

    def name_of(self, key: str) -> str:
        if key == OWN_WORDS:
            return QCoreApplication.translate("History", "Something else, in my own words")
        # A key an older or newer version wrote: shown as it is rather than hidden.
        return self._card.text_of(key) or key

    def describe(self, signals: PauseSignals) -> list[str]:
        """One pause's ticks as lines to read, in the card's order, own words last."""
        lines = [self.name_of(key) for key in self.order if key in signals.keys]
        lines += sorted(key for key in signals.keys if key not in self.order)
        if signals.own_words:
            lines.append(f"{self.name_of(OWN_WORDS)}: {signals.own_words}")
        return lines

    def show_summary(self, summary: SignalSummary) -> None:
        self.table.setRowCount(len(summary.counts))
        for row, signal in enumerate(summary.counts):
            cells = (
                QTableWidgetItem(self.name_of(signal.key)),
                QTableWidgetItem(str(signal.pauses)),
                QTableWidgetItem(
                    NOTHING
                    if signal.median_seconds is None
                    else duration_text(signal.median_seconds)
                ),
            )
            for column, cell in enumerate(cells):
                if column:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        self.table.setVisible(bool(summary.counts))
        count = summary.pauses_with_signals
        ticked = QCoreApplication.translate(
            "History", "You ticked what you noticed with %n pause(s) in this period.", None, count
        )
        empty = QCoreApplication.translate(
            "History",
            "Nothing ticked in this period yet. After a pause, tick what you noticed under "
            "Guidance, Reflect: what came before your pauses shows up here.",
        )
        self.line.setText(plural(ticked, count) if count else empty)
