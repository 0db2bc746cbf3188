"""Screenshots of the real app for the README and the AppStream metainfo.

    .venv/bin/python packaging/screenshots/make_screenshots.py [--lang en|nl] [--scale 2] [--dark]

Starts the app on a private desktop (Xvfb + trayer, see tests/desktop/harness.py) with a data
folder seeded with a few past pauses, drives it with real clicks and keys, and saves one PNG per
view and language here, cropped to the window (``<view>-<lang>.png``):

    tray-menu       the tray menu, opened from the tray icon
    custom-dialog   Take a pause > Custom…
    partner         the partner sentence after starting that pause
    card            the card for the partner, opened from the partner sentence
    guidance        the guidance window on its breathing tab (it opens after the sentence)
    safety          the safety card with the help lines (F1 from any window)
    history         the history window with the seeded pauses
    reminder        the reminder window of a pause whose return time has come
    return          the return page after "I'm back" from the tray
    waiting         the guidance window during a wait (My partner is taking a pause > 1 hour)
    waiting-reminder  the reminder window's waiting variant, at the agreed time

Dutch uses LANG=nl_NL.UTF-8, as a Dutch desktop would. ``--scale 2`` renders at 200 % (Qt's
scale factor, on a screen twice as large) and ``--dark`` under a dark desktop theme (Qt's GTK
platform theme with Adwaita's dark variant, as on a GNOME desktop set to dark); their files get a
``-200`` and ``-dark`` suffix. The README and metainfo use the 100 % light ones; the others are
for looking at every window as users with other settings see it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pausetimer import paths  # noqa: E402
from pausetimer.core.pause import ReturnSpec, Side  # noqa: E402
from pausetimer.service import PauseService  # noqa: E402
from pausetimer.settings import Settings, save_settings  # noqa: E402
from pausetimer.store import open_store  # noqa: E402
from tests.desktop.apps import AppProcess  # noqa: E402
from tests.desktop.harness import SCREEN, Desktop, Geometry, wait_until  # noqa: E402
from tests.helpers.clock import FakeClock  # noqa: E402

LOCALES = {"en": "en_US.UTF-8", "nl": "nl_NL.UTF-8"}
# Menu items as they read in each language (mnemonic markers removed).
MENU_TEXT = {
    "en": {
        "start": "Take a pause",
        "custom": "Custom…",
        "history": "History…",
        "back": "I'm back",
        "waiting": "My partner is taking a pause",
        "hour": "1 hour",
    },
    "nl": {
        "start": "Pauze nemen",
        "custom": "Eigen tijd…",
        "history": "Geschiedenis…",
        "back": "Ik ben terug",
        "waiting": "Mijn partner neemt een pauze",
        "hour": "1 uur",
    },
}
# Past pauses for the history: (days ago, start hh:mm, planned minutes, minutes taken, note).
PAST_PAUSES = (
    (13, "20:10", 30, 35, "about the holidays"),
    (11, "21:40", 60, 55, ""),
    (9, "19:05", 45, 45, "money"),
    (6, "22:15", 20, 30, ""),
    (4, "18:30", 90, 80, "her mother's visit"),
    (2, "20:45", 40, 40, ""),
)
# What a desktop set to dark gives Qt: its GTK platform theme reads GTK's dark variant.
DARK_ENV = {"QT_QPA_PLATFORMTHEME": "gtk3", "GTK_THEME": "Adwaita:dark"}
MARGIN = 24
SETTLE = 0.6  # seconds for a window to finish painting after it is mapped


@contextmanager
def data_dir_env(folder: Path) -> Iterator[None]:
    """Point this process's paths at ``folder`` while seeding it."""
    previous = os.environ.get(paths.DATA_DIR_ENV)
    os.environ[paths.DATA_DIR_ENV] = str(folder)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(paths.DATA_DIR_ENV, None)
        else:
            os.environ[paths.DATA_DIR_ENV] = previous


def seed(folder: Path, *, due_pause: bool, side: Side = Side.PAUSING) -> None:
    """Settings past the welcome, a history of pauses and, if asked, a pause that is due now."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    with data_dir_env(folder):
        save_settings(paths.settings_path(), Settings(partner_name="Sam", welcome_done=True))
        store = open_store(paths.database_path())
        try:
            clock = FakeClock(now)
            service = PauseService(store, clock)
            for days, at, planned, taken, note in PAST_PAUSES:
                hour, minute = (int(part) for part in at.split(":"))
                clock.set((now - timedelta(days=days)).replace(hour=hour, minute=minute))
                service.start(ReturnSpec(after=timedelta(minutes=planned)), note=note)
                service.set_announced(True)
                clock.advance(timedelta(minutes=taken))
                service.end()
            if due_pause:
                clock.set(now - timedelta(minutes=47))
                service.start(ReturnSpec(after=timedelta(minutes=45)), announced=True, side=side)
        finally:
            store.close()


def crop(desktop: Desktop, target: Path, boxes: list[Geometry], margin: int = 0) -> Path:
    """Save the part of the screen around ``boxes``, not 1280x800 of empty desktop."""
    time.sleep(SETTLE)
    whole = desktop.screenshot(desktop.workdir / f"whole-{target.name}")
    left = max(0, min(box.x for box in boxes) - margin)
    top = max(0, min(box.y for box in boxes) - margin)
    right = max(box.x + box.width for box in boxes) + margin
    bottom = max(box.y + box.height for box in boxes) + margin
    size = f"{right - left}x{bottom - top}+{left}+{top}"
    desktop.run_tool("convert", str(whole), "-crop", size, "+repage", str(target), check=True)
    return target


def window_of(app: AppProcess, class_name: str) -> Callable[[], Geometry | None]:
    """A probe for the visible window of this class (geometry from the app itself)."""

    def probe() -> Geometry | None:
        windows: list[dict[str, Any]] = app.inspect()["windows"]
        for window in windows:
            if window["class"] == class_name:
                return Geometry(*window["geometry"])
        return None

    return probe


def shoot_window(app: AppProcess, class_name: str, target: Path) -> Path:
    geometry = wait_until(window_of(app, class_name), 20, f"the {class_name}", interval=0.2)
    return crop(app.desktop, target, [geometry])


def shoot(
    desktop: Desktop, lang: str, out_dir: Path, look: dict[str, str], suffix: str
) -> list[Path]:
    env = {"LANG": LOCALES[lang], "LANGUAGE": lang, "LC_ALL": LOCALES[lang], **look}
    lang = lang + suffix  # file names only, from here on
    texts = MENU_TEXT[lang.split("-")[0]]
    saved = []

    data_dir = desktop.new_data_dir()
    seed(data_dir, due_pause=False)
    with AppProcess(desktop, data_dir, env=env) as app:
        icon = app.wait_for_tray_icon()

        menu = app.open_tray_menu()
        panel = desktop.tray_panel() or icon
        saved.append(crop(desktop, out_dir / f"tray-menu-{lang}.png", [panel, menu], MARGIN))
        desktop.key("Escape")
        wait_until(lambda: not app.popup_menus(), 10, "the menu to close")

        app.click_menu_path(texts["start"], texts["custom"])
        saved.append(shoot_window(app, "CustomPauseDialog", out_dir / f"custom-dialog-{lang}.png"))
        desktop.key("Return")  # Start pause, with the default length
        saved.append(shoot_window(app, "PartnerSentenceDialog", out_dir / f"partner-{lang}.png"))
        desktop.key("alt+a")  # Card for my partner…
        saved.append(shoot_window(app, "CardDialog", out_dir / f"card-{lang}.png"))
        desktop.key("Escape")  # the card closes (or, if it did not get the keyboard, the sentence)
        wait_until(lambda: window_of(app, "CardDialog")() is None, 10, "the card to close")
        sentence = window_of(app, "PartnerSentenceDialog")()
        if sentence is not None:  # the sentence closes; the guidance opens on its breathing tab
            desktop.click(sentence.x + 20, sentence.y + 10)
            desktop.key("Escape")
        saved.append(shoot_window(app, "GuidanceWindow", out_dir / f"guidance-{lang}.png"))
        desktop.key("F1")  # the safety card with the help lines
        time.sleep(SETTLE)
        saved.append(shoot_window(app, "GuidanceWindow", out_dir / f"safety-{lang}.png"))
        desktop.key("Escape")

        app.click_menu_path(texts["history"])
        saved.append(shoot_window(app, "HistoryWindow", out_dir / f"history-{lang}.png"))
        desktop.key("Escape")

        app.click_menu_path(texts["back"])
        saved.append(shoot_window(app, "ReminderWindow", out_dir / f"return-{lang}.png"))
        desktop.key("Escape")
        app.click_menu_path(texts["waiting"], texts["hour"])
        saved.append(shoot_window(app, "GuidanceWindow", out_dir / f"waiting-{lang}.png"))

    data_dir = desktop.new_data_dir()
    seed(data_dir, due_pause=True)
    with AppProcess(desktop, data_dir, env=env, name="due") as app:
        app.wait_for_tray_icon()
        saved.append(shoot_window(app, "ReminderWindow", out_dir / f"reminder-{lang}.png"))

    data_dir = desktop.new_data_dir()
    seed(data_dir, due_pause=True, side=Side.WAITING)
    with AppProcess(desktop, data_dir, env=env, name="due-waiting") as app:
        app.wait_for_tray_icon()
        target = out_dir / f"waiting-reminder-{lang}.png"
        saved.append(shoot_window(app, "WaitingReminderWindow", target))
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lang", action="append", choices=sorted(LOCALES))
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--scale", type=int, choices=(1, 2), default=1)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args(argv)
    look = dict(DARK_ENV) if args.dark else {}
    suffix = "-dark" if args.dark else ""
    screen = SCREEN
    if args.scale != 1:
        look["QT_SCALE_FACTOR"] = str(args.scale)
        suffix += f"-{args.scale}00"
        width, height, depth = (int(part) for part in SCREEN.split("x"))
        screen = f"{width * args.scale}x{height * args.scale}x{depth}"
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pausetimer-shots-") as folder:
        desktop = Desktop(Path(folder) / "desktop", screen=screen).start()
        try:
            for lang in args.lang or sorted(LOCALES):
                for path in shoot(desktop, lang, args.out, look, suffix):
                    print(path)
        finally:
            desktop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
