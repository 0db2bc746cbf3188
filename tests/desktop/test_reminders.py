"""The nudge to return on a real desktop: the real app, its command line, a real D-Bus session with
``dunst`` (or without it, or with it hung) and ``dbus-monitor`` recording every Notify call.

The pauses are agreed with ``--until`` and an instant seconds away, so no test waits out a minute.
The three daemon scenarios run side by side, each on its own private desktop with its own app;
their return times lie a few seconds apart, so that each scenario can still be looked at just
before its own return time.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.desktop.apps import AppProcess, cli_json, run_cli
from tests.desktop.conftest import unavailable
from tests.desktop.harness import (
    NOTIFICATIONS,
    XEMBED,
    Desktop,
    DesktopUnavailable,
    Notification,
    missing_tools,
    wait_until,
)

# What the app shows at the return time (English: the test desktop runs with LANG=C.UTF-8).
REMINDER_SUMMARY = "Time to go back"
REMINDER_WINDOW_CLASS = "ReminderWindow"

FIRST_RETURN_S = 10.0  # from the first start: room for three starts and a look before the return
STAGGER_S = 6.0  # between the scenarios' pause starts (and so between their return times)
EARLY_LOOK_S = 2.0  # this long before the return nothing may show yet
ON_TIME_S = 4.0  # the notification and the window come within this long after the return
STATUS_BOUND_S = 2.0  # `pausetimer status` must answer this fast, whatever the daemon does


class Daemon(enum.Enum):
    RUNNING = "dunst running"
    STOPPED = "no notification daemon"
    FROZEN = "dunst stopped with SIGSTOP"


@dataclass
class Scenario:
    daemon: Daemon
    desktop: Desktop
    app: AppProcess
    return_at: float = 0.0  # Unix seconds of the agreed return

    def reminders(self) -> list[tuple[float, Notification]]:
        return [
            (at, notification)
            for at, notification in self.desktop.timed_notifications()
            if notification.summary == REMINDER_SUMMARY
        ]

    def reminder_windows(self) -> list[dict[str, Any]]:
        return [
            window
            for window in self.app.inspect()["windows"]
            if window["class"] == REMINDER_WINDOW_CLASS
        ]


def _start_desktop(workdir: Path) -> Desktop:
    missing = missing_tools(XEMBED)
    if missing:
        unavailable("missing programs: " + ", ".join(missing))
    try:
        # Without D-Bus activation: a stopped dunst must stay stopped, not be started again by
        # the bus on the app's next Notify call.
        return Desktop(workdir, tray_host=XEMBED, service_activation=False).start()
    except (DesktopUnavailable, TimeoutError, OSError) as error:
        unavailable(str(error))
        raise  # unreachable: unavailable() always raises


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Daemon, Scenario]]:
    """One desktop and app per daemon scenario, each with a pause started through the command line
    and seconds long; the return times lie STAGGER_S apart, in the order of ``Daemon``."""
    started: dict[Daemon, Scenario] = {}
    try:
        for daemon in Daemon:
            desktop = _start_desktop(tmp_path_factory.mktemp(daemon.name.lower()))
            app = AppProcess(desktop, desktop.new_data_dir())
            started[daemon] = Scenario(daemon, desktop, app)
            app.start()
        for scenario in started.values():
            scenario.app.wait_for_tray_icon(30)
        started[Daemon.STOPPED].desktop.stop_notification_daemon()
        started[Daemon.FROZEN].desktop.freeze_notification_daemon()
        first_return = int(time.time() + FIRST_RETURN_S)  # whole seconds, as the app stores them
        for index, scenario in enumerate(started.values()):
            until = datetime.fromtimestamp(first_return + index * STAGGER_S, UTC).isoformat()
            status = cli_json(scenario.desktop, scenario.app.data_dir, "start", "--until", until)
            assert status["state"] == "running"
            scenario.return_at = datetime.fromisoformat(status["return_at"]).timestamp()
            assert scenario.return_at == first_return + index * STAGGER_S
        yield started
    finally:
        for scenario in started.values():
            scenario.app.stop()
            scenario.desktop.close()


def _sleep_until(instant: float) -> None:
    """Real time is what these tests are about: wait for a wall-clock instant."""
    time.sleep(max(0.0, instant - time.time()))


def _assert_nothing_before_the_return(scenario: Scenario) -> None:
    ahead = scenario.return_at - time.time()
    assert ahead > EARLY_LOOK_S / 2, f"too late to look before the return ({ahead:.1f} s left)"
    _sleep_until(scenario.return_at - EARLY_LOOK_S)
    assert scenario.reminders() == []
    assert scenario.reminder_windows() == []


def _wait_for_the_window(scenario: Scenario) -> float:
    """Wait for the reminder window; return how long after the agreed return it was seen."""
    wait_until(
        scenario.reminder_windows,
        scenario.return_at + ON_TIME_S - time.time(),
        "the reminder window",
        interval=0.1,
    )
    return time.time() - scenario.return_at


def _assert_status_answers_quickly(scenario: Scenario) -> None:
    begin = time.monotonic()
    result = run_cli(scenario.desktop, scenario.app.data_dir, "status", "--json")
    took = time.monotonic() - begin
    assert result.returncode == 0, result.stderr
    assert '"state": "due"' in result.stdout
    assert took < STATUS_BOUND_S, f"status took {took:.2f} s"
    assert scenario.app.alive()


def test_the_notification_and_the_window_come_at_the_return_time_not_before(
    scenarios: dict[Daemon, Scenario],
) -> None:
    scenario = scenarios[Daemon.RUNNING]
    _assert_nothing_before_the_return(scenario)

    [(sent_at, notification)] = wait_until(
        scenario.reminders, scenario.return_at + ON_TIME_S - time.time(), "the Notify call"
    )
    assert notification.app_name == "Pausetimer"
    assert scenario.return_at <= sent_at < scenario.return_at + ON_TIME_S
    assert _wait_for_the_window(scenario) < ON_TIME_S
    _assert_status_answers_quickly(scenario)


def test_without_a_notification_daemon_the_window_still_comes(
    scenarios: dict[Daemon, Scenario],
) -> None:
    scenario = scenarios[Daemon.STOPPED]
    _assert_nothing_before_the_return(scenario)

    assert _wait_for_the_window(scenario) < ON_TIME_S
    _assert_status_answers_quickly(scenario)
    assert not scenario.desktop.bus_name_has_owner(NOTIFICATIONS), "a daemon came back"


def test_a_hung_notification_daemon_freezes_nothing(scenarios: dict[Daemon, Scenario]) -> None:
    scenario = scenarios[Daemon.FROZEN]
    _assert_nothing_before_the_return(scenario)

    assert _wait_for_the_window(scenario) < ON_TIME_S
    _assert_status_answers_quickly(scenario)
    # And it keeps answering while the call to the daemon still hangs (a D-Bus call waits 25 s
    # for its reply; notify-send first asks the hung daemon for its version, so even the Notify
    # call itself only goes out after that).
    _sleep_until(scenario.return_at + 8)
    _assert_status_answers_quickly(scenario)
    assert scenario.reminder_windows()
