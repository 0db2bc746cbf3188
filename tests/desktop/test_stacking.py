"""The always-on-top reminder must not hide windows opened after it, on a real desktop with a real
window manager (openbox): Extend chosen from the tray menu while the reminder shows, and the
guidance opened by its "Breathe first", open in front of it with the keyboard, rather than behind
it while holding the focus."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from tests.desktop.apps import AppProcess, cli_json
from tests.desktop.conftest import start_desktop
from tests.desktop.harness import XEMBED, Desktop, wait_until

RETURN_IN_S = 6  # the pause comes due this long after it starts


@pytest.fixture(scope="module")
def managed_desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    desktop = start_desktop(tmp_path_factory.mktemp("stacking"), XEMBED, window_manager=True)
    yield desktop
    desktop.close()


def _one_window(desktop: Desktop, app: AppProcess, title: str) -> int:
    def found() -> list[int]:
        mine = set(desktop.windows(pid=app.pid))
        return [w for w in desktop.windows(name=title) if w in mine]

    return wait_until(found, 15, f"the window {title!r}")[0]


def _index(stacking: list[int], window: int) -> int:
    """Where ``window`` lies in the stacking list (the list names client windows)."""
    assert window in stacking, f"{window:#x} is not managed: {[hex(w) for w in stacking]}"
    return stacking.index(window)


def test_windows_opened_after_the_reminder_open_in_front_of_it(
    managed_desktop: Desktop,
) -> None:
    desktop = managed_desktop
    data_dir = desktop.new_data_dir()
    (data_dir / "settings.json").write_text('{"welcome_done": true}\n')
    app = AppProcess(desktop, data_dir).start()
    try:
        app.wait_for_tray_icon(30)
        until = datetime.fromtimestamp(int(time.time()) + RETURN_IN_S, UTC).isoformat()
        cli_json(desktop, data_dir, "start", "--until", until)
        reminder = _one_window(desktop, app, "^Time to return")
        before = desktop.focused_window()
        assert before != reminder, "the reminder took the keyboard when it appeared"

        app.click_menu_path("Extend…")
        dialog = _one_window(desktop, app, "^Extend the pause")
        wait_until(
            lambda: desktop.focused_window() == dialog, 10, "the keyboard in the Extend dialog"
        )
        stacking = wait_until(desktop.stacking, 10, "the window manager's stacking list")
        assert _index(stacking, dialog) > _index(stacking, reminder)
        # Typing goes to the dialog that can be seen: Escape closes it, the reminder stays.
        desktop.key("Escape")
        wait_until(lambda: dialog not in desktop.windows(pid=app.pid), 10, "the dialog to close")
        assert reminder in desktop.windows(pid=app.pid)

        # "Breathe first", chosen by keyboard in the reminder: the guidance opens in front.
        desktop.run_tool("xdotool", "windowactivate", "--sync", str(reminder), check=True)
        desktop.key("alt+b")
        guidance = _one_window(desktop, app, "guidance")
        wait_until(lambda: desktop.focused_window() == guidance, 10, "the keyboard in the guidance")
        stacking = desktop.stacking()
        assert _index(stacking, guidance) > _index(stacking, reminder)
        desktop.screenshot(desktop.workdir / "breathe-first.png")
    finally:
        app.stop()
