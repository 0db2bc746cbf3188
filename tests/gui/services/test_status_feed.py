"""The status feed behind ``pausetimer status --follow``: a line now, one per change, one per
minute step (the return time among them), and nothing while no one follows or no pause runs."""

from __future__ import annotations

import json
from datetime import timedelta

from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.services.status_feed import StatusFeed
from tests.helpers.clock import FakeClock


def states(lines: list[bytes]) -> list[tuple[str, int | None]]:
    results = [json.loads(line)["result"] for line in lines]
    return [(r["state"], r["remaining_seconds"]) for r in results]


def test_a_line_now_and_one_per_change(ctx: AppContext, qtbot: QtBot) -> None:
    feed = StatusFeed(ctx)
    lines: list[bytes] = []
    detach = feed.attach(lines.append)
    assert states(lines) == [("idle", None)]
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    ctx.service.extend(timedelta(minutes=10))
    ctx.service.end()
    assert states(lines) == [("idle", None), ("running", 1800), ("running", 2400), ("idle", None)]
    detach()
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    assert len(lines) == 4  # a follower that left hears nothing more
    assert len(feed._sinks) == 0


def test_minute_steps_lead_to_due(ctx: AppContext, clock: FakeClock) -> None:
    feed = StatusFeed(ctx)
    lines: list[bytes] = []
    assert feed.next_step_ms() is None  # no pause: no timer at all
    ctx.service.start(ReturnSpec(after=timedelta(minutes=20, seconds=30)))
    feed.attach(lines.append)
    # The minutes shown change 30 s from now, then every 60 s; the return time is one step.
    assert feed.next_step_ms() == 30_050
    clock.advance(timedelta(seconds=30, milliseconds=50))
    assert feed.next_step_ms() == 60_000
    clock.advance(timedelta(minutes=19, seconds=59, milliseconds=900))
    assert feed.next_step_ms() == 100  # the return time, 50 ms away
    clock.advance(timedelta(milliseconds=100))
    feed.push()  # what the timer does then
    assert states(lines)[-1] == ("due", 0)
    assert feed.next_step_ms() == 60_000  # late minutes count on


def test_the_timer_runs_only_for_followers_of_a_pause(ctx: AppContext) -> None:
    feed = StatusFeed(ctx)
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    assert not feed._timer.isActive()  # nobody follows: no wake-ups
    detach = feed.attach(lambda _line: None)
    assert feed._timer.isActive()
    detach()
    assert not feed._timer.isActive()
