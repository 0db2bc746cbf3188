"""What every benchmark module gets: the private desktop, process helpers and the result type.

A benchmark module is a file ``benchmarks/bench_<name>.py`` with one function::

    def measure(bench: Bench) -> list[Measurement]: ...

``run.py`` finds such modules itself, calls them after the built-in measurements and puts their
results in the same table and JSON object (see README.md).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pausetimer import paths
from pausetimer.settings import Settings, save_settings
from tests.desktop.apps import APP_ARGV, MINIMAL_TRAY_ARGV, AppProcess, run_cli
from tests.desktop.harness import Desktop

LOWER = "lower"
HIGHER = "higher"


@dataclass(frozen=True)
class Measurement:
    """One figure. ``target`` is the bound it must stay on the right side of (``better`` says
    which side); ``minimal`` is the same figure for the minimal tray app, when it has one."""

    key: str
    value: float | None
    unit: str
    target: float | None = None
    better: str = LOWER
    minimal: float | None = None
    note: str = ""

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        if self.value is None:
            return False
        if self.better == LOWER:
            return self.value <= self.target
        return self.value >= self.target


@dataclass
class Bench:
    """The shared state of one benchmark run."""

    desktop: Desktop
    workdir: Path
    runs: int = 5
    window_s: float = 20.0
    notes: list[str] = field(default_factory=list)

    def app(self, data_dir: Path | None = None, name: str = "app") -> AppProcess:
        """The real app; by default with the data folder of a returning user (see below)."""
        return AppProcess(self.desktop, data_dir or self.data_dir(), APP_ARGV, name=name)

    def data_dir(self, *, first_run: bool = False) -> Path:
        """A fresh data folder. Unless ``first_run``, the welcome was already read: a first run
        opens the welcome window, whose blinking cursor alone wakes the app twice a second, and
        the figures are about the app as it runs every other day."""
        folder = self.desktop.new_data_dir()
        if not first_run:
            previous = os.environ.get(paths.DATA_DIR_ENV)
            os.environ[paths.DATA_DIR_ENV] = str(folder)
            try:
                save_settings(paths.settings_path(), Settings(welcome_done=True))
            finally:
                if previous is None:
                    del os.environ[paths.DATA_DIR_ENV]
                else:
                    os.environ[paths.DATA_DIR_ENV] = previous
        return folder

    def process(
        self, argv: Sequence[str], data_dir: Path | None = None, name: str = "helper"
    ) -> AppProcess:
        """Any program on the private desktop (not started), e.g. a child that opens one of the
        app's windows for a measurement."""
        return AppProcess(self.desktop, data_dir or self.desktop.new_data_dir(), argv, name=name)

    def minimal(self) -> AppProcess:
        return AppProcess(
            self.desktop, self.desktop.new_data_dir(), MINIMAL_TRAY_ARGV, name="minimal"
        )

    def cli(self, data_dir: Path, *args: str) -> int:
        return run_cli(self.desktop, data_dir, *args).returncode


def wakeups(pid: int) -> int:
    """Context switches (voluntary + involuntary) summed over all threads of a process: each one
    is the process waking up, or being woken, at least once."""
    total = 0
    for status in Path(f"/proc/{pid}/task").glob("*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue  # the thread ended
        for line in text.splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def on_cpu_seconds(pid: int) -> float:
    """The time all threads of ``pid`` have spent on a CPU so far, to the nanosecond
    (``/proc/<pid>/task/*/schedstat``; ``cpu_seconds`` counts in clock ticks of 10 ms)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, IndexError, ValueError):  # a thread that just ended
            continue
    return total / 1e9


def wakeup_rates(pids: Sequence[int], window_s: float) -> list[float]:
    """Wake-ups per second of each process over the same window (nothing else polls meanwhile)."""
    before = [wakeups(pid) for pid in pids]
    time.sleep(window_s)
    after = [wakeups(pid) for pid in pids]
    return [(end - start) / window_s for start, end in zip(before, after, strict=True)]


def median_time(runs: int, once: Callable[[], float]) -> float:
    return statistics.median(once() for _ in range(runs))


def alternating_times(
    runs: int, first: Callable[[], float], second: Callable[[], float]
) -> tuple[list[float], list[float]]:
    """``runs`` timings of each, taken in turns (first, second, first, ...): a machine that
    speeds up or slows down during the run (caches warming, other work) weighs on both alike,
    where two blocks of runs one after the other would each see a different machine."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        times[0].append(first())
        times[1].append(second())
    return times


def median_ratio(values: Sequence[float], floors: Sequence[float]) -> float:
    """The median of the ratios of runs taken side by side (see :func:`alternating_times`)."""
    return statistics.median(v / f for v, f in zip(values, floors, strict=True))


def ratio(value: float | None, floor: float | None) -> float | None:
    if value is None or not floor:
        return None
    return value / floor
