"""The help lines on the safety card: the lines of the user's country, and a choice of country.

The country follows the locale until the user picks one here (the ``help_country`` setting); the
numbers come from the data file (see :mod:`pausetimer.core.helplines`), with the date they were
checked, so that nobody mistakes an old number for a promise.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from pausetimer import paths
from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.errors import PausetimerError
from pausetimer.core.helplines import ELSEWHERE, HelpBook, load_helplines
from pausetimer.services.i18n import resolve_language


def load_book(language: str) -> HelpBook | None:
    """The help lines in ``language``, or None when the file cannot be used."""
    try:
        return load_helplines(paths.help_lines_path(), language)
    except PausetimerError:
        return None


class HelpLinesPanel(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setProperty("role", "card")
        self._book = load_book(resolve_language(ctx.settings.get().language))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Help lines"))
        title.setProperty("role", "heading")
        layout.addWidget(title)
        self.country_box = QComboBox()
        self.country_box.setAccessibleName(self.tr("Country for the help lines"))
        form = QFormLayout()
        label = QLabel(self.tr("&Country:"))
        label.setBuddy(self.country_box)
        form.addRow(label, self.country_box)
        layout.addLayout(form)
        self.lines_label = QLabel()
        self.lines_label.setWordWrap(True)
        self.lines_label.setTextFormat(Qt.TextFormat.RichText)
        self.lines_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.lines_label)
        self.checked_label = QLabel()
        self.checked_label.setWordWrap(True)
        self.checked_label.setProperty("role", "muted")
        layout.addWidget(self.checked_label)
        self._fill_countries()
        self.country_box.activated.connect(self._chosen)
        ctx.events.changed.connect(self._changed)
        self._show()

    def _fill_countries(self) -> None:
        self.country_box.addItem(self.tr("From my computer's settings"), "")
        if self._book is None:
            return
        for country in self._book.countries:
            self.country_box.addItem(country.name, country.code)
        self.country_box.addItem(self._book.elsewhere.name, "*")

    def _chosen(self, index: int) -> None:
        self._ctx.settings.update(help_country=str(self.country_box.itemData(index)))

    def _changed(self, change: Change) -> None:
        if ChangeKind.SETTINGS in change:
            self._show()

    def shown_country(self) -> str:
        """The code of the country whose lines are shown (ELSEWHERE for the general ones)."""
        if self._book is None:
            return ELSEWHERE
        setting = self._ctx.settings.get().help_country
        return self._book.choose(setting, QLocale.system().name()).code

    def _show(self) -> None:
        setting = self._ctx.settings.get().help_country
        index = self.country_box.findData(setting)
        self.country_box.setCurrentIndex(max(index, 0))
        if self._book is None:
            self.lines_label.setText(
                self.tr("The list of help lines could not be read. In danger, call 112 or 911.")
            )
            self.checked_label.clear()
            return
        country = self._book.country(self.shown_country() or "*")
        rows = []
        for line in country.lines:
            # "Veilig Thuis: 0800-2000", but "1712" once where the number is the name.
            shown = line.number and line.number not in line.name
            number = f": <b>{_escape(line.number)}</b>" if shown else ""
            rows.append(f"<p><b>{_escape(line.name)}</b>{number}<br>{_escape(line.what)}</p>")
        self.lines_label.setText("".join(rows))
        checked = self._book.checked
        self.checked_label.setText(
            self.tr("Numbers checked on %1. If one does not answer, call your doctor.").replace(
                "%1",
                QLocale().toString(
                    QDate(checked.year, checked.month, checked.day), QLocale.FormatType.LongFormat
                ),
            )
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
