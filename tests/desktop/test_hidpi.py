"""At 200 % on a small screen (1280x800, the size of many laptops): every window fits.

Found when the app was tried as a new user would: at 200 % on 1280x800 the guidance window's
Start and Stop were off the screen, and the history opened taller than the screen. Here the real
app runs with Qt's scale factor 2 on the shared 1280x800 desktop, its windows are opened with
real clicks in the tray menu, and each window and every visible button must lie on the screen:
where a page must scroll, it opens scrolled so that its main buttons show.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.desktop.apps import AppProcess
from tests.desktop.harness import SCREEN, Desktop, wait_until

WIDTH, HEIGHT = (int(part) for part in SCREEN.split("x")[:2])


def _window(app: AppProcess, class_name: str) -> dict[str, Any] | None:
    for window in app.inspect()["windows"]:
        if window["class"] == class_name:
            found: dict[str, Any] = window
            return found
    return None


def _on_screen(geometry: list[int]) -> bool:
    x, y, width, height = geometry
    return x >= 0 and y >= 0 and x + width <= WIDTH and y + height <= HEIGHT


@pytest.mark.parametrize(
    ("menu_item", "class_name"),
    [("Guidance…", "GuidanceWindow"), ("History…", "HistoryWindow")],
)
def test_windows_fit_a_small_screen_at_200_percent(
    desktop: Desktop, data_dir: Path, menu_item: str, class_name: str
) -> None:
    with AppProcess(desktop, data_dir, env={"QT_SCALE_FACTOR": "2"}) as app:
        app.wait_for_tray_icon()
        app.click_menu_path(menu_item)
        window = wait_until(lambda: _window(app, class_name), 20, f"the {class_name}")

        assert _on_screen(window["geometry"]), window["geometry"]
        buttons = [button for button in window["buttons"] if button["text"]]
        assert buttons, "the window shows no buttons to check"
        off_screen = [b["text"] for b in buttons if not _on_screen(b["geometry"])]
        assert not off_screen, f"buttons off the {WIDTH}x{HEIGHT} screen: {off_screen}"
