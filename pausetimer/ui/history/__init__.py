"""The pause history window: ``HistoryWindow(ctx).present()``."""

from pausetimer.ui.history.window import HistoryWindow

__all__ = ["HistoryWindow"]
