"""``back_to_window_s``: how soon the held reminder window comes once the user is back, and
``held_wakeups_per_s``: what holding it costs.

The real app on the private desktop gets short pauses whose return time passes while dunst is
paused (do-not-disturb: held exactly as when the user is away, without waiting out a minute of
no input). While it is held the app's wake-ups are counted; then dunst resumes and we time how
long until the reminder window is seen (through the app's inspect request, polled every 0.1 s).
Targets: median <= 1 s from the return to the window; <= 1 wake-up/s while held.

``locked_wakeups_per_s`` and ``locked_back_to_window_s``: the same for a locked screen (the X
screen saver forced on, as a locker does), ended as unlocking does.

``away_wakeups_per_s`` and ``away_back_to_window_s``: the same once, for a user really away (one
minute without input, the shortest "Away after"; the run waits it out), brought back by xdotool.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from benchmarks.common import Bench, Measurement, wakeup_rates
from tests.desktop.apps import AppProcess, run_cli
from tests.desktop.harness import wait_until

REMINDER_WINDOW_CLASS = "ReminderWindow"
PAUSES = 3
LEAD_S = 4
HELD_WINDOW_S = 5.0  # wake-ups counted over this long while the window is held


def measure(bench: Bench) -> list[Measurement]:
    app = bench.app().start()
    delays: list[float] = []
    rates: list[float] = []
    desktop = bench.desktop
    try:
        app.wait_for_tray_icon(30)
        for _ in range(PAUSES):
            one = _one_pause(bench, app, "back_to_window_s", lambda on: _dnd(bench, on))
            if one is not None:
                delays.append(one[0])
                rates.append(one[1])
        locked = _one_pause(bench, app, "locked_back_to_window_s", desktop.screen_saver)
    finally:
        desktop.run_tool("dunstctl", "set-paused", "false")
        desktop.screen_saver(on=False)
        app.stop()
    away = _away_once(bench)
    return [
        Measurement(
            "back_to_window_s",
            statistics.median(delays) if len(delays) == PAUSES else None,
            "s",
            target=1.0,
            note=f"median over {PAUSES} held nudges, from do-not-disturb ending to the window",
        ),
        Measurement(
            "held_wakeups_per_s",
            statistics.median(rates) if rates else None,
            "/s",
            note=f"the app while a nudge is held, over {HELD_WINDOW_S:g} s (target <= 1 plus "
            "the idle app's own)",
        ),
        Measurement(
            "locked_back_to_window_s",
            locked[0] if locked else None,
            "s",
            target=1.0,
            note="one held nudge, from the screen saver's end to the window",
        ),
        Measurement(
            "locked_wakeups_per_s",
            locked[1] if locked else None,
            "/s",
            note=f"the app while locked with a nudge held, over {HELD_WINDOW_S:g} s",
        ),
        Measurement(
            "away_back_to_window_s",
            away[0] if away else None,
            "s",
            target=1.0,
            note="one held nudge, from the first input after a minute away to the window",
        ),
        Measurement(
            "away_wakeups_per_s",
            away[1] if away else None,
            "/s",
            note=f"the app while away with a nudge held, over {HELD_WINDOW_S:g} s",
        ),
    ]


def _away_once(bench: Bench) -> tuple[float, float] | None:
    data_dir = bench.data_dir()
    settings = data_dir / "settings.json"
    settings.write_text(json.dumps({**json.loads(settings.read_text()), "away_after_minutes": 1}))
    app = bench.app(data_dir, name="away").start()
    try:
        app.wait_for_tray_icon(30)
        # No input from here on: the return comes after a minute and a few seconds of it.
        return_at = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=66)
        if run_cli(bench.desktop, data_dir, "start", "--until", return_at.isoformat()).returncode:
            bench.notes.append("away_back_to_window_s: could not start a pause")
            return None
        time.sleep(max(0.0, return_at.timestamp() + 1.5 - time.time()))
        if _window_seen(app):
            bench.notes.append("away_back_to_window_s: the window was not held")
            return None
        [rate] = wakeup_rates([app.pid], HELD_WINDOW_S)
        back = time.monotonic()
        bench.desktop.run_tool("xdotool", "mousemove_relative", "1", "0", check=True)
        wait_until(lambda: _window_seen(app), 10, "the held reminder window", interval=0.1)
        return time.monotonic() - back, rate
    except TimeoutError:
        bench.notes.append("away_back_to_window_s: the held window did not come")
        return None
    finally:
        app.stop()


def _dnd(bench: Bench, on: bool) -> None:
    bench.desktop.run_tool("dunstctl", "set-paused", "true" if on else "false", check=True)


def _one_pause(
    bench: Bench, app: AppProcess, key: str, hold: Callable[[bool], None]
) -> tuple[float, float] | None:
    """One nudge held by ``hold(True)`` and let go by ``hold(False)``: the delay to the window
    after that, and the app's wake-ups/s while it was held."""
    desktop = bench.desktop
    hold(True)
    return_at = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=LEAD_S)
    if run_cli(desktop, app.data_dir, "start", "--until", return_at.isoformat()).returncode != 0:
        bench.notes.append(f"{key}: could not start a pause")
        return None
    try:
        time.sleep(max(0.0, return_at.timestamp() + 1.5 - time.time()))
        if _window_seen(app):
            bench.notes.append(f"{key}: the window was not held")
            return None
        [rate] = wakeup_rates([app.pid], HELD_WINDOW_S)
        resumed = time.monotonic()
        hold(False)
        wait_until(lambda: _window_seen(app), 10, "the held reminder window", interval=0.1)
        return time.monotonic() - resumed, rate
    except TimeoutError:
        bench.notes.append(f"{key}: the held window did not come")
        return None
    finally:
        run_cli(desktop, app.data_dir, "end")
        wait_until(lambda: not _window_seen(app), 10, "the window to close")


def _window_seen(app: AppProcess) -> bool:
    return any(w["class"] == REMINDER_WINDOW_CLASS for w in app.inspect()["windows"])
