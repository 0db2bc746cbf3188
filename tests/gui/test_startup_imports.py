"""What start-up loads: the start-up budget rests on the heavy modules being imported when first
used (a pause scheduled, a window opened), not when the app or the command line starts.

Each check runs in a fresh interpreter, since this test process has long imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Each brings memory and start-up time an idle tray app never needs (the Qt modules and
# libraries megabytes and tens of milliseconds each).
LOADED_WHEN_FIRST_USED = (
    "apscheduler",  # the first scheduled reminder
    "plyer",  # the first notification
    "PySide6.QtNetwork",  # only the Windows single-instance transport
    "PySide6.QtCharts",  # the history window
    "PySide6.QtMultimedia",  # the guidance's sound cue
    "PySide6.QtTextToSpeech",  # the body scan read aloud
    "pausetimer.commands",  # the first request from the command line
)

IMPORT_ONLY = "import pausetimer.gui"

# An idle start of the real app: no pause, nothing opened. Offscreen there is no tray, so the main
# window is shown as well (and the welcome, on this first run): more than a tray start builds.
IDLE_START = """
from PySide6.QtCore import QTimer
from pausetimer.app import PausetimerApp
from pausetimer.gui import application
qapp = application(sys.argv[:1])
app = PausetimerApp(qapp)
assert app.start() is None, "the app did not start"
QTimer.singleShot(500, qapp.quit)
qapp.exec()
app.shutdown()
"""

# A returning user's start on a desktop with a tray (offscreen has none), up to the icon shown.
TRAY_START = """
import PySide6.QtCore as qtcore
from pausetimer import paths
from pausetimer.settings import Settings, save_settings
from pausetimer.ui.tray import Tray
Tray.available = lambda self: True
save_settings(paths.settings_path(), Settings(welcome_done=True))
from pausetimer.app import PausetimerApp
from pausetimer.gui import application
qapp = application(sys.argv[:1])
app = PausetimerApp(qapp)
assert app.start() is None, "the app did not start"
built = "Qt" in vars(qtcore)
app.shutdown()
assert not built, "the Qt namespace was built"
"""

# The same start, then the Qt classes PySide has made by then (it makes each on its first use).
TRAY_START_CLASSES = (
    TRAY_START
    + """
import PySide6.QtGui as qtgui, PySide6.QtWidgets as qtwidgets
made = sorted(name for module in (qtgui, qtwidgets) for name in vars(module))
"""
)

# The console script without arguments, up to the event loop (which would run until quit).
CONSOLE_START = """
from pausetimer.app import PausetimerApp
from pausetimer.console import main
PausetimerApp.run = lambda self: 0
given, sys.argv = sys.argv, sys.argv[:1]
assert main() == 0
sys.argv = given
"""

CLI_STATUS = """
from pausetimer.cli import main
assert main(["status", "--json"]) == 0
assert main(["status"]) == 0
"""


def loaded_modules(tmp_path: Path, code: str, **env_vars: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    report = tmp_path / "modules.json"
    script = (
        f"import json, sys\n{code}\nopen(sys.argv[1], 'w').write(json.dumps(list(sys.modules)))"
    )
    env = {
        **os.environ,
        "PAUSETIMER_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "NO_AT_BRIDGE": "1",
        **env_vars,
    }
    subprocess.run([sys.executable, "-c", script, str(report)], env=env, check=True, timeout=60)
    return set(json.loads(report.read_text()))


def heavy(modules: set[str]) -> list[str]:
    return sorted(
        name
        for name in modules
        if any(name == top or name.startswith(top + ".") for top in LOADED_WHEN_FIRST_USED)
    )


def test_importing_the_app_loads_nothing_heavy(tmp_path: Path) -> None:
    modules = loaded_modules(tmp_path, IMPORT_ONLY)
    assert (
        "pausetimer.app" in modules and "pausetimer.gui" in modules
    )  # the report is of the right process
    assert heavy(modules) == []


def test_an_idle_start_loads_nothing_heavy(tmp_path: Path) -> None:
    modules = loaded_modules(tmp_path, IDLE_START)
    assert {"PySide6.QtWidgets", "pausetimer.ui.tray"} <= modules
    assert heavy(modules) == []


def test_a_tray_start_builds_no_view_of_the_qt_namespace(tmp_path: Path) -> None:
    """The first use of ``Qt.*`` makes PySide build about a hundred Python enums (some 20-35 ms
    on a start of about 200 ms): a window needs them, the tray's start does not."""
    modules = loaded_modules(tmp_path, TRAY_START)
    assert "pausetimer.ui.tray" in modules and "pausetimer.ui.main_window" not in modules


def test_a_tray_start_makes_no_dialog_or_event_classes(tmp_path: Path) -> None:
    """PySide makes a Python class the first time one is used, and each one made stays in memory
    (measured on PySide 6.11: the dialogs, the event classes and every widget class together came
    to about 1.7 MB of a tray app's 9 MB over Qt's own). A tray start uses none of them: an
    event filter on the menu made all of Qt's event classes, and a list of top-level widgets
    with Qt's private tray icon among them made every widget class."""
    report = tmp_path / "classes.json"
    code = TRAY_START_CLASSES + f"\nopen({str(report)!r}, 'w').write(json.dumps(made))"
    loaded_modules(tmp_path, code)
    made = set(json.loads(report.read_text()))
    assert {"QSystemTrayIcon", "QMenu"} <= made  # the report is of a start
    assert sorted(made & {"QDialog", "QMessageBox", "QWizard"}) == []
    assert sorted(name for name in made if name.endswith("Event")) == []


def test_the_class_check_would_see_a_class_made(tmp_path: Path) -> None:
    code = "import PySide6.QtWidgets as widgets\nwidgets.QDialog\nassert 'QDialog' in vars(widgets)"
    loaded_modules(tmp_path, code)  # check=True: the assertion holds in that interpreter


def test_the_namespace_check_would_see_it_built(tmp_path: Path) -> None:
    code = "import PySide6.QtCore as qtcore\nqtcore.Qt.AlignmentFlag\nassert 'Qt' in vars(qtcore)"
    loaded_modules(tmp_path, code)  # check=True: the assertion holds in that interpreter


def test_the_tray_app_starts_without_the_command_lines_parser_and_words(tmp_path: Path) -> None:
    modules = loaded_modules(tmp_path, CONSOLE_START)
    assert "pausetimer.ui.tray" in modules  # the app did start
    # (argparse itself comes with PySide's signature support: not ours to spare.)
    assert sorted(m for m in modules if m.startswith("pausetimer.cli")) == []


# The console script's order: its Qt-free modules, then Qt and the app (with a tray, as above).
QT_FREE_THEN_TRAY_START = (
    """
from pausetimer import console
console._qt_free_first()
assert "PySide6" not in sys.modules, "the modules imported before Qt brought Qt"
"""
    + TRAY_START
)


def test_the_tray_start_imports_its_qt_free_modules_before_qt(tmp_path: Path) -> None:
    """PySide's import hook reads the source of every module imported after Qt: the core and
    the data modules the start needs come before it (``console.QT_FREE_FIRST``)."""
    report = tmp_path / "order.json"
    code = (
        QT_FREE_THEN_TRAY_START
        + f"\nopen({str(report)!r}, 'w').write(json.dumps(list(sys.modules)))"
    )
    loaded_modules(tmp_path, code)
    order = json.loads(report.read_text())
    late = [name for name in order[order.index("PySide6") :] if name.startswith("pausetimer.")]
    assert "pausetimer.ui.tray" in late  # the report is of a start
    package = Path(__file__).resolve().parents[2]

    def qt_free(name: str) -> bool:
        path = package.joinpath(*name.split(".")).with_suffix(".py")
        if not path.is_file() or "PySide6" in path.read_text(encoding="utf-8"):
            return False
        # No Qt of its own: does it bring Qt through what it imports?
        check = f"import sys, {name}\nsys.exit('PySide6' in sys.modules)"
        return subprocess.run([sys.executable, "-c", check], timeout=60).returncode == 0

    core_or_data = [n for n in late if n.startswith("pausetimer.core.") or n.count(".") == 1]
    assert [name for name in core_or_data if qt_free(name)] == []


def test_the_status_command_loads_no_qt_at_all(tmp_path: Path) -> None:
    # Status bars run it every few seconds: QtCore alone would make it several times slower.
    # In Dutch too, where the sentence comes from the translations.
    modules = loaded_modules(tmp_path, CLI_STATUS, LANGUAGE="nl")
    assert {"pausetimer.cli", "pausetimer.cli_i18n"} <= modules
    assert sorted(m for m in modules if m.startswith(("PySide6", "shiboken6"))) == []


def test_the_check_would_see_a_heavy_import(tmp_path: Path) -> None:
    modules = loaded_modules(tmp_path, "import plyer\nimport PySide6.QtCharts")
    assert {"PySide6.QtCharts", "plyer"} <= set(heavy(modules))
