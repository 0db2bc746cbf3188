"""Pre-render the state icons the tray shows without a pause running (idle, due, long).

    python packaging/make_state_icons.py

Writes resources/icons/states/<state>-<pixels>.png with the very code that paints the icons at
run time (``pausetimer.ui.icon_painting``). The app loads these files at start-up instead of
painting: the painting code uses ``Qt``'s enums, and their first use makes PySide build about a
hundred Python enums, some 25 ms of the tray's start-up. The PNGs are committed; a test fails when
they no longer match the painting code, and this script brings them up to date.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402

from pausetimer.ui import icon_painting, icons  # noqa: E402


def painted(state: icons.ViewState, pixels: int) -> QImage:
    """The state icon painted at ``pixels`` device pixels (pixel ratio 1)."""
    pixmap = icon_painting.render(
        lambda painter: icon_painting.paint_state(painter, state), pixels, ratio=1.0
    )
    return pixmap.toImage()


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for state in icons.PRERENDERED_STATES:
        for pixels in icons.PRERENDERED_PIXELS:
            target = icons.prerendered_path(state, pixels)
            target.parent.mkdir(parents=True, exist_ok=True)
            if not painted(state, pixels).save(str(target), "PNG"):
                print(f"cannot write {target}", file=sys.stderr)
                return 1
    print(f"state icons written under {icons.prerendered_path(icons.ViewState.IDLE, 16).parent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
