"""A long run of the real app: a pause running, the breathing pacer animating, nothing leaking.

    python benchmarks/soak.py --duration 10m [--interval 30] [--warm-up 60]
    make soak DURATION=10m

On the benchmarks' private desktop (Xvfb, tray host, D-Bus, dunst) the real app starts as a
returning user. Warm-up: one short pause runs to its reminder (so the notification path has
opened what it keeps open), the guidance window is opened from the real tray menu and its Start
button clicked, then the long pause starts, with its return ``--duration`` ahead. Every
``--interval`` seconds a line: resident memory, threads and open file descriptors (from /proc),
the reference counts of ``None`` and ``True`` (from inside the app, through its read-only
``inspect`` request), how long ``pausetimer status`` took, and whether the pacer animates (when
its pattern ends, Start is clicked again, as a user breathing on would).

At the end the issue's conditions are checked, and the exit code is 1 when one fails: the app is
alive, ``status`` answers within 1 s (the app's answer on its socket; the time of the whole command
line, Python's start-up included, is printed too), RSS grew at most 5 MB after the warm-up, threads
and file descriptors did not grow, the return nudge arrived (the Notify call and the reminder
window), and on CPython < 3.12 (where they are not immortal) ``None``'s and ``True``'s counts did
not fall.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import Bench, rss_mb  # noqa: E402
from tests.desktop.apps import AppProcess, run_cli  # noqa: E402
from tests.desktop.harness import Desktop, DesktopUnavailable, wait_until  # noqa: E402

REMINDER_SUMMARY = "Time to go back"  # the English text; the desktop runs with LANG=C.UTF-8
REMINDER_WINDOW_CLASS = "ReminderWindow"
GUIDANCE_WINDOW_CLASS = "GuidanceWindow"
GUIDANCE_MENU_ITEM = "Guidance…"
START_TEXTS = ("Start", "Start again", "Resume")  # the pacer's button while it does not run
RUNNING_TEXT = "Pause"
STARTUP_TIMEOUT_S = 30.0
NUDGE_TIMEOUT_S = 30.0  # after the agreed return
SHORT_PAUSE_S = 6
MAX_RSS_GROWTH_MB = 5.0
MAX_STATUS_S = 1.0
# A leaking binding loses thousands a minute; a few either way are the collector's timing.
REFCOUNT_TOLERANCE = 100
TIMED_STATUS = """
import json, time
from pausetimer.services.single_instance import send_request
started = time.monotonic()
response = send_request({"cmd": "status"})
seconds = time.monotonic() - started
print(json.dumps({"seconds": seconds, "ok": bool(response) and response["exit_code"] == 0}))
"""


@dataclass(frozen=True)
class Sample:
    at_s: float
    rss_mb: float
    threads: int
    fds: int
    none_refs: int
    true_refs: int
    status_s: float  # the app's answer to a status request on its socket
    status_ok: bool
    cli_s: float  # the whole `pausetimer status` process, Python's start-up included
    pacer: str

    def line(self) -> str:
        return (
            f"{self.at_s:7.0f} s  rss {self.rss_mb:6.1f} MB  threads {self.threads:3d}  "
            f"fds {self.fds:3d}  None {self.none_refs:>10d}  True {self.true_refs:>10d}  "
            f"status {self.status_s:4.2f} s{'' if self.status_ok else ' FAILED'} "
            f"(cli {self.cli_s:4.2f} s)  "
            f"pacer {self.pacer}"
        )


def parse_duration(text: str) -> float:
    """Seconds from "600", "600s", "10m" or "2h"."""
    units = {"s": 1, "m": 60, "h": 3600}
    text = text.strip().lower()
    factor = units.get(text[-1:])
    number = float(text[:-1] if factor else text)
    if number <= 0:
        raise argparse.ArgumentTypeError("the duration must be positive")
    return number * (factor or 1)


def count_entries(folder: str) -> int:
    return len(os.listdir(folder))


class Soak:
    def __init__(self, bench: Bench, app: AppProcess) -> None:
        self.bench = bench
        self.app = app
        self.begin = time.monotonic()
        self.pacer_restarts = 0

    def status(self) -> tuple[float, bool, float]:
        """(seconds the app took to answer a status request, answered well, seconds of the
        whole command line). The first is timed inside a client process, after its imports: a
        busy machine stretches Python's start-up to seconds, and that is not the app's answer."""
        started = time.monotonic()
        result = run_cli(self.bench.desktop, self.app.data_dir, "status", "--json", timeout=10)
        cli_s = time.monotonic() - started
        timed = subprocess.run(
            [sys.executable, "-c", TIMED_STATUS],
            env=self.app.env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        try:
            answer = json.loads(timed.stdout)
        except ValueError:
            return float("inf"), False, cli_s
        ok = bool(answer["ok"]) and result.returncode == 0
        return float(answer["seconds"]), ok, cli_s

    def guidance(self, shown: dict[str, Any]) -> dict[str, Any] | None:
        found = [w for w in shown["windows"] if w["class"] == GUIDANCE_WINDOW_CLASS]
        return found[0] if found else None

    def keep_breathing(self, shown: dict[str, Any]) -> str:
        """Whether the pacer runs; clicks Start (again) when its pattern came to an end."""
        window = self.guidance(shown)
        if window is None:
            return "NO WINDOW"
        texts = {button["text"]: button for button in window["buttons"]}
        if RUNNING_TEXT in texts:
            return "animating"
        for text in START_TEXTS:
            if text in texts:
                x, y, width, height = texts[text]["geometry"]
                self.bench.desktop.click(x + width // 2, y + height // 2)
                self.pacer_restarts += 1
                return f"restarted ({text!r} clicked)"
        return "NO START BUTTON"

    def sample(self) -> Sample:
        pid = self.app.pid
        status_s, status_ok, cli_s = self.status()
        shown = self.app.inspect()
        process = shown["process"]
        return Sample(
            at_s=time.monotonic() - self.begin,
            rss_mb=rss_mb(pid),
            threads=count_entries(f"/proc/{pid}/task"),
            fds=count_entries(f"/proc/{pid}/fd"),
            none_refs=process["none_refcount"],
            true_refs=process["true_refcount"],
            status_s=status_s,
            status_ok=status_ok,
            cli_s=cli_s,
            pacer=self.keep_breathing(shown),
        )

    def open_guidance(self) -> None:
        self.app.click_menu_path(GUIDANCE_MENU_ITEM)
        window = wait_until(lambda: self.guidance(self.app.inspect()), 15, "the guidance window")
        assert window is not None
        wait_until(lambda: self.keep_breathing(self.app.inspect()) == "animating", 15, "the pacer")

    def pause(self, until: datetime) -> datetime:
        result = run_cli(
            self.bench.desktop, self.app.data_dir, "start", "--until", until.isoformat(), "--json"
        )
        if result.returncode != 0:
            raise RuntimeError(f"could not start a pause: {result.stderr.strip()}")
        return datetime.fromisoformat(json.loads(result.stdout)["return_at"])

    def nudge(self, agreed: datetime, seen_before: int) -> tuple[float | None, bool]:
        """Seconds from the agreed return to the Notify call (None: none came), and whether the
        reminder window showed."""
        deadline = agreed.timestamp() + NUDGE_TIMEOUT_S
        # The soak has no one at the desk; the window would wait for them. This is their return.
        self.bench.desktop.run_tool("xdotool", "mousemove_relative", "1", "0")
        sent: float | None = None
        window = False
        while time.time() < deadline and (sent is None or not window):
            for at, notification in self.bench.desktop.timed_notifications()[seen_before:]:
                if notification.summary == REMINDER_SUMMARY:
                    sent = at
            window = window or any(
                w["class"] == REMINDER_WINDOW_CLASS for w in self.app.inspect()["windows"]
            )
            time.sleep(0.2)
        return (None if sent is None else sent - agreed.timestamp()), window


def run(bench: Bench, duration_s: float, interval_s: float, warm_up_s: float) -> int:
    app = bench.app().start()
    soak = Soak(bench, app)
    failures: list[str] = []
    try:
        app.wait_for_tray_icon(STARTUP_TIMEOUT_S)
        print(f"warm-up ({warm_up_s:.0f} s): a short pause to its reminder, then the pacer")
        seen = len(bench.desktop.timed_notifications())
        agreed = soak.pause(datetime.now(UTC) + timedelta(seconds=SHORT_PAUSE_S))
        late, window = soak.nudge(agreed, seen)
        print(f"  short pause: Notify {_late(late)}, reminder window {'seen' if window else 'NOT'}")
        run_cli(bench.desktop, app.data_dir, "end")
        soak.open_guidance()
        wait_end = soak.begin + warm_up_s
        while time.monotonic() < wait_end:
            time.sleep(min(interval_s, max(0.0, wait_end - time.monotonic())))
            print(soak.sample().line(), flush=True)

        agreed = soak.pause(datetime.now(UTC) + timedelta(seconds=duration_s))
        print(f"soak: a pause until {agreed:%H:%M:%S} UTC ({duration_s:.0f} s), pacer animating")
        first = soak.sample()
        print(first.line(), flush=True)
        samples = [first]
        while time.time() < agreed.timestamp() - interval_s:
            time.sleep(interval_s)
            samples.append(soak.sample())
            print(samples[-1].line(), flush=True)
        seen = len(bench.desktop.timed_notifications())
        late, window = soak.nudge(agreed, seen)
        print(f"the return: Notify {_late(late)}, reminder window {'seen' if window else 'NOT'}")
        last = soak.sample()
        print(last.line(), flush=True)
        for _ in range(2):  # one slow answer on a busy machine is not yet a stuck app
            if last.status_ok and last.status_s <= MAX_STATUS_S:
                break
            last = soak.sample()
            print(last.line() + "  (again)", flush=True)
        samples.append(last)
        failures = check(first, samples, late, window, soak.pacer_restarts, app)
    except (RuntimeError, TimeoutError, AssertionError) as error:
        failures.append(f"the soak could not go on: {error}")
    finally:
        alive = app.alive()
        app.stop()
    if not alive:
        failures.append(f"the app is not alive at the end:\n{app.log_text()[-3000:]}")
    for failure in failures:
        print(f"FAIL: {failure}")
    print("soak: " + ("FAILED" if failures else "passed"))
    return 1 if failures else 0


def check(
    first: Sample,
    samples: list[Sample],
    late: float | None,
    window: bool,
    restarts: int,
    app: AppProcess,
) -> list[str]:
    last = samples[-1]
    failures = []
    if not last.status_ok or last.status_s > MAX_STATUS_S:
        failures.append(f"status at the end: {last.status_s:.2f} s, ok={last.status_ok}")
    unanswered = [s for s in samples if not s.status_ok]
    if unanswered:
        failures.append(f"status failed at {len(unanswered)} samples")
    growth = last.rss_mb - first.rss_mb
    print(
        f"after warm-up: RSS {first.rss_mb:.1f} -> {last.rss_mb:.1f} MB ({growth:+.1f}), "
        f"threads {first.threads} -> {last.threads}, fds {first.fds} -> {last.fds}, "
        f"None {first.none_refs} -> {last.none_refs}, True {first.true_refs} -> "
        f"{last.true_refs}, Start clicked {restarts} times, slowest status "
        f"{max(s.status_s for s in samples):.2f} s (cli {max(s.cli_s for s in samples):.2f} s)"
    )
    if growth > MAX_RSS_GROWTH_MB:
        failures.append(f"RSS grew {growth:.1f} MB (at most {MAX_RSS_GROWTH_MB})")
    if last.threads > first.threads:
        failures.append(f"threads grew from {first.threads} to {last.threads}")
    if last.fds > first.fds:
        failures.append(f"file descriptors grew from {first.fds} to {last.fds}")
    if late is None:
        failures.append("the return nudge (Notify call) did not come")
    if not window:
        failures.append("the reminder window did not show at the return")
    if sys.version_info < (3, 12):  # this interpreter runs the app too
        for name, before, after in (
            ("None", first.none_refs, last.none_refs),
            ("True", first.true_refs, last.true_refs),
        ):
            if after < before - REFCOUNT_TOLERANCE:
                failures.append(f"{name}'s reference count fell from {before} to {after}")
    if any(s.pacer.startswith("NO") for s in samples[:-1]):
        failures.append("the pacer was not running at every sample")
    return failures


def _late(late: float | None) -> str:
    return "did NOT come" if late is None else f"{late:+.2f} s after the agreed return"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=parse_duration, default=600.0, help="e.g. 600, 10m")
    parser.add_argument("--interval", type=parse_duration, default=30.0, help="between samples")
    parser.add_argument("--warm-up", type=parse_duration, default=60.0, help="before the soak")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, PySide6 {_pyside_version()}")
    with tempfile.TemporaryDirectory(prefix="pausetimer-soak-") as folder:
        try:
            desktop = Desktop(Path(folder) / "desktop").start()
        except DesktopUnavailable as error:
            print(f"cannot run the soak: {error}", file=sys.stderr)
            return 1
        try:
            bench = Bench(desktop, Path(folder))
            return run(bench, args.duration, args.interval, args.warm_up)
        finally:
            desktop.close()


def _pyside_version() -> str:
    import PySide6

    return str(PySide6.__version__)


if __name__ == "__main__":
    sys.exit(main())
