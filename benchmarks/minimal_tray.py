"""The floor of this stack: a PySide6 tray icon with a menu and nothing else.

The benchmarks and the desktop-harness self-tests run it beside the real app on the same X server
and tray host, so the app's figures can be read as "how much more than Qt itself".
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def main() -> int:
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor("#4a7c59"))
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.setToolTip("Minimal tray")
    menu = QMenu()
    menu.addAction("First item")
    menu.addAction("Quit", app.quit)
    tray.setContextMenu(menu)
    tray.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
