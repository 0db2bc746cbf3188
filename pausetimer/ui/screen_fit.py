"""Windows that fit the screen they open on.

A window sized for a large monitor ran off a small one: the history opened at 98 % of an
800-pixel-high screen, and at 200 % scaling on 1280x800 (a 640x400 desktop in Qt's pixels) the
guidance's Start and Stop were below the edge. Each top-level window therefore (a) keeps its
contents in a scroll area where they may be taller than a small screen, and (b) is shrunk, when
shown, to the available area of its screen, with room left for the window manager's frame.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room for a title bar and borders before the window manager has told us the real frame.
FRAME_ALLOWANCE = QSize(16, 48)
# A window that asks for more than this share of the screen gets this share: a window that
# covers the whole desktop hides what the user came from.
LARGEST_SHARE = 0.9


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (without panels and docks)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_allowance(window: QWidget) -> QSize:
    """How much the window manager's frame adds, measured once the window was mapped."""
    frame, inner = window.frameGeometry(), window.geometry()
    measured = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if measured.width() > 0 or measured.height() > 0:
        return measured.expandedTo(QSize(0, 0))
    return FRAME_ALLOWANCE


def limit_for(window: QWidget, area: QRect) -> QSize:
    """The largest size of the window's inside that keeps its frame within ``area``."""
    frame = frame_allowance(window)
    return QSize(area.width() - frame.width(), area.height() - frame.height())


def fit_into(window: QWidget, area: QRect, preferred: QSize | None = None) -> None:
    """Size ``window`` to ``preferred`` (else its current size) within ``area``, and move it
    back inside when it was placed before and now sticks out."""
    limit = limit_for(window, area)
    if preferred is not None:
        wanted = preferred
    elif window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        wanted = window.size()  # the user's size, or one the code chose
    else:
        # Qt's own first size caps a window at 2/3 of the screen, which made the settings
        # scroll on a screen with room for them: ask for all of the window instead.
        wanted = window.sizeHint().expandedTo(window.size())
    largest = QSize(int(area.width() * LARGEST_SHARE), int(area.height() * LARGEST_SHARE))
    if preferred is not None:
        wanted = wanted.boundedTo(largest)
    size = wanted.boundedTo(limit).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    if window.isVisible() or window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        frame = frame_allowance(window)
        outer = QRect(window.pos(), size + frame)
        x = min(max(outer.left(), area.left()), area.right() + 1 - outer.width())
        y = min(max(outer.top(), area.top()), area.bottom() + 1 - outer.height())
        x, y = max(x, area.left()), max(y, area.top())
        if (x, y) != (outer.left(), outer.top()):
            window.move(x, y)


class _ScreenFit(QObject):
    """Fits its window to the screen each time it is shown (the screen may have changed)."""

    def __init__(self, window: QWidget, preferred: QSize | None) -> None:
        super().__init__(window)
        self._preferred = preferred
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            fit_into(watched, available_area(watched), self._preferred)
            # The preferred size counts for the first opening only; then the user's own size.
            self._preferred = None
        return False


def keep_on_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Fit ``window`` to its screen whenever it is shown; ``preferred`` is the size it asks for
    on a screen large enough (at most 90 % of the screen)."""
    _ScreenFit(window, preferred)


class _ScrollArea(QScrollArea):
    """Asks for the whole of its contents: it only scrolls once the screen cannot give that
    (a plain scroll area asks for at most about 36 x 24 lines and so scrolls on any screen).
    When it must scroll, it keeps ``keep_visible`` (the page's main buttons) in view, so that
    at 200 % on a small screen the window opens with Start on screen, not below the edge."""

    def __init__(self, keep_visible: QWidget | None = None) -> None:
        super().__init__()
        self._keep_visible = keep_visible

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._bring_into_view_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._bring_into_view_soon()

    def _bring_into_view_soon(self) -> None:
        # After the content's layout has followed the new size, or the position is stale.
        if self._keep_visible is not None:
            QTimer.singleShot(0, self, self._bring_into_view)

    def _bring_into_view(self) -> None:
        if self._keep_visible is not None and self._keep_visible.isVisible():
            self.ensureWidgetVisible(self._keep_visible, 0, 8)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        # With room for the vertical scroll bar, so a window that must scroll up and down does
        # not also have to scroll sideways.
        bar = self.verticalScrollBar().sizeHint().width()
        return content.sizeHint() + QSize(frame + bar, frame)


def scrolling(content: QWidget, keep_visible: QWidget | None = None) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls only when the window is too small,
    keeping ``keep_visible`` (a child of ``content``) in view when it must."""
    area = _ScrollArea(keep_visible)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
