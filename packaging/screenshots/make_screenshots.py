"""Screenshots of the real app for the README and the AppStream metainfo.

    .venv/bin/python packaging/screenshots/make_screenshots.py [--lang en|nl ...]

Starts the app on a private desktop (Xvfb + trayer, see tests/desktop/harness.py) with an empty
data folder, opens the tray menu with real clicks and saves PNGs here: ``tray-menu-<lang>.png``
(the menu opened from the tray icon) and ``tray-menu-running-<lang>.png`` (the same with a pause
running). Dutch uses LANG=nl_NL.UTF-8, as a Dutch desktop would.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.desktop.apps import AppProcess, run_cli  # noqa: E402
from tests.desktop.harness import Desktop, Geometry  # noqa: E402

LOCALES = {"en": "en_US.UTF-8", "nl": "nl_NL.UTF-8"}
MARGIN = 24


def crop_around(desktop: Desktop, whole: Path, target: Path, boxes: list[Geometry]) -> None:
    """Keep the part of the screen around the tray and menu, not 1280x800 of empty desktop."""
    left = max(0, min(box.x for box in boxes) - MARGIN)
    top = max(0, min(box.y for box in boxes) - MARGIN)
    right = max(box.x + box.width for box in boxes) + MARGIN
    bottom = max(box.y + box.height for box in boxes) + MARGIN
    crop = f"{right - left}x{bottom - top}+{left}+{top}"
    desktop.run_tool("convert", str(whole), "-crop", crop, "+repage", str(target), check=True)


def shoot(desktop: Desktop, lang: str, out_dir: Path) -> list[Path]:
    env = {"LANG": LOCALES[lang], "LANGUAGE": lang, "LC_ALL": LOCALES[lang]}
    data_dir = desktop.new_data_dir()
    saved = []
    with AppProcess(desktop, data_dir, env=env) as app:
        icon = app.wait_for_tray_icon()
        for name in ("tray-menu", "tray-menu-running"):
            if name == "tray-menu-running":
                run_cli(desktop, data_dir, "start", "--for", "1h", env=env)
            menu = app.open_tray_menu()
            whole = desktop.screenshot(desktop.workdir / f"{name}-{lang}-whole.png")
            panel = desktop.tray_panel() or icon
            target = out_dir / f"{name}-{lang}.png"
            crop_around(desktop, whole, target, [panel, menu])
            desktop.key("Escape")
            saved.append(target)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=sorted(LOCALES))
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pausetimer-shots-") as folder:
        desktop = Desktop(Path(folder) / "desktop").start()
        try:
            for lang in args.lang or ["en"]:
                for path in shoot(desktop, lang, args.out):
                    print(path)
        finally:
            desktop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
