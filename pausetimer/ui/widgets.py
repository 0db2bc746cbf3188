"""Small building blocks the dialogs share (not imported while the tray app starts: see
:mod:`pausetimer.ui.stacking`)."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class MessageLabel(QLabel):
    """A wrapped line for a caution or a refusal; hidden while empty so it takes no room."""

    def __init__(self, accessible_name: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A coloured bar beside the text rather than coloured text: readable on light and dark.
        self.setStyleSheet(
            "QLabel { border-style: solid; border-width: 0 0 0 4px;"
            f" border-color: {colour}; padding-left: 6px; }}"
        )
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


CAUTION_COLOUR = "#d08a2e"
REFUSAL_COLOUR = "#b3475f"
# A red that keeps enough contrast on light and on dark window backgrounds.
FIELD_ERROR_COLOUR = "#d04437"


def with_error_line(widget: QWidget, errors: dict[str, QLabel], field: str) -> QWidget:
    """``widget`` with a line under it that says why a value was refused (kept in ``errors``)."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    error = QLabel()
    error.setObjectName("settingError")
    error.setStyleSheet(f"color: {FIELD_ERROR_COLOUR};")
    error.hide()
    column.addWidget(error)
    errors[field] = error
    return holder


def show_error(errors: dict[str, QLabel], field: str, text: str) -> None:
    """Say why ``field``'s value was refused; an empty ``text`` clears it."""
    label = errors.get(field)
    if label is not None:
        label.setText(text)
        label.setVisible(bool(text))
        label.setAccessibleName(text)


def action_buttons(
    text: str, on_accept: Callable[[], object], on_cancel: Callable[[], object] | None = None
) -> tuple[QDialogButtonBox, QPushButton]:
    """A dialog's buttons: the main action (the default, taken by Enter) and, given
    ``on_cancel``, Cancel."""
    box = QDialogButtonBox()
    action = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    action.setDefault(True)
    box.accepted.connect(on_accept)
    if on_cancel is not None:
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.rejected.connect(on_cancel)
    return box, action


def tab_chain(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in this order (the order they read on screen)."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)


def start_narrow(window: QWidget) -> None:
    """Open ``window`` at its minimum width rather than the width Qt guesses for its wrapped
    lines (which made small dialogs some 640 pixels wide); the lines wrap and ``fit_height``
    gives them the height."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
        window.resize(max(window.minimumWidth(), layout.minimumSize().width()), window.height())


def fit_height(window: QWidget) -> None:
    """Give ``window`` the height its layout needs at its present width, growing or shrinking
    when a wrapped line appeared or went: a top-level window does not do this by itself, and
    without it the inputs above a new caution were squashed and clipped."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    needed = max(needed, layout.totalMinimumSize().height())
    if needed != window.height():
        window.resize(width, needed)
