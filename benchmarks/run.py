"""Speed and memory of the app against a minimal PySide6 tray app, on one private desktop.

    python benchmarks/run.py [--json] [--runs N] [--window SECONDS] [--only KEY,...]

Prints a table (or, with --json, one JSON object with every figure as a top-level key plus
``results``: rows with the minimal app's figure, the target and pass/fail). Modules
``benchmarks/bench_*.py`` add their own figures (see README.md). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import (  # noqa: E402
    HIGHER,
    Bench,
    Measurement,
    alternating_times,
    median_ratio,
    on_cpu_seconds,
    ratio,
    rss_mb,
    wakeup_rates,
)
from tests.desktop.apps import AppProcess  # noqa: E402
from tests.desktop.harness import Desktop, DesktopUnavailable, wait_until  # noqa: E402

STARTUP_TIMEOUT_S = 30.0
FAST_POLL_S = 0.02
SETTLE_S = 3.0  # let start-up work (fonts, icon themes, first paint) finish before counting


def startup_seconds(process: AppProcess, cpu: list[float] | None = None) -> float:
    """From exec to the tray icon being present in the tray host; appends to ``cpu`` the time
    the process spent on a CPU until then.

    Polled every few milliseconds with one cheap query (the process's first mapped window): the
    full tray-icon check runs several tools per look, and a resolution of a tenth of a second would
    swamp start-ups of a quarter of one. The full check then confirms that this first window was
    the tray icon."""
    desktop = process.desktop
    begin = time.monotonic()
    process.start()
    try:
        first = wait_until(
            lambda: _mapped_windows(process),
            STARTUP_TIMEOUT_S,
            f"a window of {process.name}",
            interval=FAST_POLL_S,
        )
        shown = time.monotonic() - begin
        if cpu is not None:
            cpu.append(on_cpu_seconds(process.pid))
        icon = process.wait_for_tray_icon(STARTUP_TIMEOUT_S)
        if icon not in (desktop.geometry(window) for window in first):
            raise RuntimeError(f"the first window of {process.name} was not its tray icon")
        return shown
    finally:
        process.stop()


def _mapped_windows(process: AppProcess) -> list[int]:
    if not process.alive():
        raise RuntimeError(f"{process.name} exited:\n{process.log_text()}")
    return process.desktop.windows(pid=process.pid)


def measure_core(bench: Bench) -> list[Measurement]:
    notes = bench.notes
    data_dir = bench.data_dir()
    app_start: float | None = None
    start_ratio: float | None = None
    cpu: tuple[list[float], list[float]] = ([], [])
    try:
        minimal_times, app_times = alternating_times(
            bench.runs,
            lambda: startup_seconds(bench.minimal(), cpu[0]),
            lambda: startup_seconds(bench.app(data_dir), cpu[1]),
        )
    except (RuntimeError, TimeoutError) as error:
        notes.append(f"the app did not start: {_last_line(str(error))}")
        minimal_start: float | None = startup_seconds(bench.minimal())
    else:
        minimal_start = statistics.median(minimal_times)
        app_start = statistics.median(app_times)
        start_ratio = median_ratio(app_times, minimal_times)

    minimal = bench.minimal().start()
    app = bench.app(data_dir).start()
    idle_rates: list[float | None] = [None, None]
    status_s: float | None = None
    python_s: float | None = None
    pause_rates: list[float | None] = [None, None]
    rss: list[float | None] = [None, None]
    try:
        minimal.wait_for_tray_icon(STARTUP_TIMEOUT_S)
        app_up = app_start is not None
        if app_up:
            app.wait_for_tray_icon(STARTUP_TIMEOUT_S)
        time.sleep(SETTLE_S)
        pids = [minimal.pid] + ([app.pid] if app_up else [])
        rates = wakeup_rates(pids, bench.window_s)
        idle_rates = [rates[0], rates[1] if app_up else None]
        rss = [rss_mb(minimal.pid), rss_mb(app.pid) if app_up else None]
        status_s, python_s = (
            status_seconds(bench, data_dir) if app_up else (None, python_seconds(bench))
        )
        if app_up and bench.cli(data_dir, "start", "--for", "2h") == 0:
            time.sleep(SETTLE_S)
            pause_rates = list(wakeup_rates(pids, bench.window_s))
        elif app_up:
            notes.append("could not start a pause through the command line")
    finally:
        app.stop()
        minimal.stop()

    return [
        Measurement("startup_s", app_start, "s", minimal=minimal_start),
        Measurement(
            "startup_ratio",
            start_ratio,
            "x",
            target=1.5,
            note="median of the ratios of runs taken in turns",
        ),
        Measurement(
            "startup_cpu_s",
            statistics.median(cpu[1]) if app_start is not None else None,
            "s",
            minimal=statistics.median(cpu[0]) if cpu[0] else None,
            note="time on a CPU, all threads, until the icon is mapped",
        ),
        Measurement(
            "startup_cpu_ratio",
            median_ratio(cpu[1], cpu[0]) if app_start is not None else None,
            "x",
        ),
        Measurement("idle_rss_mb", rss[1], "MB", minimal=rss[0]),
        Measurement("idle_rss_ratio", ratio(rss[1], rss[0]), "x", target=1.2),
        Measurement("idle_wakeups_per_s", idle_rates[1], "/s", target=0.0, minimal=idle_rates[0]),
        Measurement(
            "pause_wakeups_per_s",
            pause_rates[1],
            "/s",
            target=1.0,
            minimal=pause_rates[0],
            note="pause started through the CLI, no window open",
        ),
        Measurement(
            "status_s",
            status_s,
            "s",
            note="`pausetimer status` with the app running (median)",
        ),
        Measurement(
            "status_ratio",
            ratio(status_s, python_s),
            "x",
            target=3.0,
            note='against `python -c "import json, sqlite3"`',
        ),
    ]


# What `pausetimer status` is measured against: Python starting with what a status query needs.
PYTHON_FLOOR = [sys.executable, "-c", "import json, sqlite3"]


def status_seconds(bench: Bench, data_dir: Path) -> tuple[float, float]:
    """Wall time of `pausetimer status` (as installed: the console script) against the running
    app, and of Python's floor, taken in turns so that both see the same load."""
    script = Path(sys.executable).with_name("pausetimer")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "pausetimer"]
    env = bench.desktop.env({"PAUSETIMER_DATA_DIR": str(data_dir)})
    status: list[float] = []
    floor: list[float] = []
    for _ in range(max(bench.runs, 5) * 2):
        status.append(_wall_time([*command, "status"], env))
        floor.append(_wall_time(PYTHON_FLOOR, env))
    return statistics.median(status), statistics.median(floor)


def python_seconds(bench: Bench) -> float:
    env = bench.desktop.env({})
    return statistics.median(_wall_time(PYTHON_FLOOR, env) for _ in range(max(bench.runs, 5)))


def _wall_time(argv: list[str], env: dict[str, str]) -> float:
    begin = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - begin


def plugin_modules() -> list[str]:
    return sorted(f"benchmarks.{path.stem}" for path in Path(__file__).parent.glob("bench_*.py"))


def run_all(bench: Bench, only: set[str]) -> list[Measurement]:
    results: list[Measurement] = []
    if not only or only & {"startup", "rss", "wakeups", "core"}:
        results += measure_core(bench)
    for name in plugin_modules():
        if only and name.removeprefix("benchmarks.bench_") not in only:
            continue
        try:
            results += importlib.import_module(name).measure(bench)
        except Exception as error:  # one broken benchmark must not hide the others' figures
            bench.notes.append(f"{name} failed: {type(error).__name__}: {error}")
    return results


def as_json(results: list[Measurement], notes: list[str]) -> dict[str, object]:
    report: dict[str, object] = {m.key: _round(m.value) for m in results}
    report["results"] = [
        {
            "key": m.key,
            "value": _round(m.value),
            "unit": m.unit,
            "minimal": _round(m.minimal),
            "target": m.target,
            "better": m.better,
            "pass": m.passed,
            "note": m.note,
        }
        for m in results
    ]
    report["notes"] = notes
    return report


def as_table(results: list[Measurement], notes: list[str]) -> str:
    rows = [("figure", "app", "minimal", "target", "result")]
    for m in results:
        sign = ">=" if m.better == HIGHER else "<="
        target = "" if m.target is None else f"{sign} {m.target:g}"
        verdict = {True: "pass", False: "FAIL", None: ""}[m.passed]
        rows.append((m.key, _fmt(m.value, m.unit), _fmt(m.minimal, m.unit), target, verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines + [f"note: {note}" for note in notes])


def _last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _fmt(value: float | None, unit: str) -> str:
    return "" if value is None else f"{value:.3g} {unit}"


def compile_bytecode() -> None:
    """Measure the app as installed: pip (and the bundle) compile its modules to bytecode at
    install time. A source checkout may have none (PYTHONDONTWRITEBYTECODE), and compiling about
    forty modules at every start is not what a user waits for."""
    compileall.compile_dir(ROOT / "pausetimer", quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--runs", type=int, default=5, help="start-ups per app (median taken)")
    parser.add_argument("--window", type=float, default=20.0, help="seconds per wake-up count")
    parser.add_argument("--only", default="", help="comma list: core and/or plugin names")
    args = parser.parse_args(argv)
    if args.window < 20:
        parser.error("--window must be at least 20 seconds")
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    compile_bytecode()

    with tempfile.TemporaryDirectory(prefix="pausetimer-bench-") as folder:
        try:
            desktop = Desktop(Path(folder) / "desktop").start()
        except DesktopUnavailable as error:
            print(f"cannot run the benchmarks: {error}", file=sys.stderr)
            return 1
        try:
            bench = Bench(desktop, Path(folder), runs=args.runs, window_s=args.window)
            results = run_all(bench, only)
        finally:
            desktop.close()
    if args.json:
        print(json.dumps(as_json(results, bench.notes), indent=2))
    else:
        print(as_table(results, bench.notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
