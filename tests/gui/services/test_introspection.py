"""describe_visible_ui: what the real-desktop tests read from the running app."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from pausetimer.services.introspection import describe_visible_ui, plain_text


def test_open_menu_lists_visible_actions_with_screen_rectangles(qtbot: QtBot) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.addAction("&Take a pause")
    menu.addSeparator()
    hidden = menu.addAction("Hidden")
    hidden.setVisible(False)
    disabled = menu.addAction("I'm back")
    disabled.setEnabled(False)
    menu.addMenu("Extend").addAction("10 minutes")
    menu.popup(QPoint(200, 150))
    qtbot.waitUntil(menu.isVisible)

    described = describe_visible_ui()

    [shown] = described["menus"]
    texts = [action["text"] for action in shown["actions"]]
    assert texts == ["Take a pause", "", "I'm back", "Extend"]
    assert [a["separator"] for a in shown["actions"]] == [False, True, False, False]
    assert [a["enabled"] for a in shown["actions"]] == [True, True, False, True]
    assert [a["submenu"] for a in shown["actions"]] == [False, False, False, True]
    first = shown["actions"][0]["geometry"]
    menu_x, menu_y, menu_w, _ = shown["geometry"]
    # Rectangles are global (screen) coordinates, inside the menu: where a click would land.
    assert menu_x <= first[0] < menu_x + menu_w and first[1] >= menu_y
    assert first[2] > 0 and first[3] > 0


def test_visible_windows_are_listed_and_hidden_ones_are_not(qtbot: QtBot) -> None:
    shown = QWidget()
    shown.setWindowTitle("Pausetimer")
    hidden = QWidget()
    hidden.setWindowTitle("Not shown")
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    shown.show()
    qtbot.waitExposed(shown)

    titles = [window["title"] for window in describe_visible_ui()["windows"]]

    assert "Pausetimer" in titles
    assert "Not shown" not in titles


def test_windows_list_their_visible_buttons_where_a_click_would_land(qtbot: QtBot) -> None:
    window = QWidget()
    window.setWindowTitle("Guidance")
    layout = QVBoxLayout(window)
    start = QPushButton("&Start")
    hidden = QPushButton("Hidden")
    layout.addWidget(start)
    layout.addWidget(hidden)
    hidden.hide()
    qtbot.addWidget(window)
    window.move(300, 200)
    window.show()
    qtbot.waitExposed(window)

    [described] = [w for w in describe_visible_ui()["windows"] if w["title"] == "Guidance"]

    [button] = described["buttons"]
    assert button["text"] == "Start" and button["enabled"]
    top_left = start.mapToGlobal(start.rect().topLeft())
    assert button["geometry"] == [top_left.x(), top_left.y(), start.width(), start.height()]


def test_process_figures_are_the_counts_of_this_interpreter() -> None:
    import sys

    process = describe_visible_ui()["process"]

    assert process["python_threads"] >= 1
    if sys.version_info < (3, 12):  # immortal (a fixed huge count) on 3.12+
        held = [None] * 1000
        assert describe_visible_ui()["process"]["none_refcount"] >= process["none_refcount"] + 900
        del held


def test_plain_text_drops_mnemonic_markers_but_keeps_literal_ampersands() -> None:
    assert plain_text("&Quit") == "Quit"
    assert plain_text("Tom && Jerry") == "Tom & Jerry"


def test_rectangles_are_in_the_screens_pixels_at_200_percent() -> None:
    """xdotool clicks in the X server's pixels; at 200 % Qt's logical ones are half of those."""

    class Scaled:
        def devicePixelRatioF(self) -> float:
            return 2.0

    from pausetimer.services.introspection import _scaled

    assert _scaled([10, 20, 30, 41], Scaled()) == [20, 40, 60, 82]  # type: ignore[arg-type]
