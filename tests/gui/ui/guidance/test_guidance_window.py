"""The guidance window with real widgets: the pacer and body scan are driven by a fake time source
(no waiting), and reflection answers are checked in a fresh connection to the database file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.store import Store, open_store
from pausetimer.ui.guidance import SECTIONS, GuidanceWindow
from tests.helpers.clock import FakeClock


@dataclass
class FakeTime:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class NoVoice:
    def __init__(self) -> None:
        self.said: list[str] = []

    def available(self) -> bool:
        return True

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        pass


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def voice() -> NoVoice:
    return NoVoice()


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot, fake_time: FakeTime, voice: NoVoice) -> GuidanceWindow:
    opened = GuidanceWindow(ctx, time_source=fake_time, speaker=voice)
    qtbot.addWidget(opened)
    return opened


def test_present_opens_the_requested_section(window: GuidanceWindow, qtbot: QtBot) -> None:
    for section in SECTIONS:
        window.present(section)
        assert window.isVisible()
        assert window.current_section() == section
    window.present()
    assert window.current_section() == "safety"
    with pytest.raises(ValueError):
        window.present("nowhere")


def test_pacer_follows_the_pattern_timings(window: GuidanceWindow, fake_time: FakeTime) -> None:
    window.present("breathe")
    pacer = window.breathing
    pacer.pattern_box.setCurrentIndex(
        [p.key for p in window.breathing._breathing.patterns].index("box")
    )
    phases = pacer.pattern.phases
    kinds: list[str] = []
    pacer.phaseChanged.connect(kinds.append)
    pacer.toggle()
    assert pacer.animating
    assert pacer.phase_label.text() == phases[0].label
    assert pacer.countdown.text() == str(int(phases[0].seconds))
    fake_time.advance(phases[0].seconds - 1)
    pacer.tick()
    assert pacer.countdown.text() == "1"
    assert 0.8 < pacer.view.level < 1  # eased, nearly full
    for phase in phases[1:]:
        fake_time.advance(phase.seconds)
        pacer.tick()
    assert kinds == [p.kind for p in phases]
    assert pacer.cycle_label.text() == f"Breath 1 of {pacer.pattern.cycles}"
    fake_time.advance(1)
    pacer.tick()
    assert pacer.cycle_label.text() == f"Breath 2 of {pacer.pattern.cycles}"


def test_pacer_pause_stop_and_finish(
    window: GuidanceWindow, fake_time: FakeTime, qtbot: QtBot
) -> None:
    window.present("breathe")
    pacer = window.breathing
    pacer.toggle()
    fake_time.advance(1)
    pacer.toggle()  # pause
    assert not pacer.running and not pacer.animating
    label = pacer.phase_label.text()
    fake_time.advance(600)  # time while paused does not count
    pacer.tick()
    assert pacer.phase_label.text() == label
    pacer.toggle()  # resume
    with qtbot.waitSignal(pacer.finished, timeout=1000):
        fake_time.advance(pacer.pattern.total_seconds)
        pacer.tick()
    assert not pacer.animating
    assert pacer.start_button.text() == "Start again"
    pacer.toggle()
    pacer.stop()
    assert not pacer.running and pacer.countdown.text() == ""


def test_pacer_only_animates_while_visible(window: GuidanceWindow, qtbot: QtBot) -> None:
    window.present("breathe")
    window.breathing.toggle()
    assert window.breathing.animating
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.breathing.animating, timeout=2000)
    window.present("breathe")
    qtbot.waitUntil(lambda: window.breathing.animating, timeout=2000)
    window.present("reflect")  # the pacer tab is hidden
    assert not window.breathing.animating
    window.present("breathe")
    assert window.breathing.animating
    window.close()
    assert not window.breathing.animating


def test_motion_free_mode_follows_the_setting(window: GuidanceWindow, ctx: AppContext) -> None:
    window.present("breathe")
    assert window.breathing.stage.currentIndex() == 0
    ctx.settings.update(reduced_motion=True)
    assert window.breathing.stage.currentWidget() is window.breathing.bar.parentWidget()
    window.breathing.toggle()
    assert window.breathing.phase_label.text() == window.breathing.pattern.phases[0].label


def test_body_scan_advances_and_can_pause_skip_and_go_back(
    window: GuidanceWindow, fake_time: FakeTime, voice: NoVoice
) -> None:
    window.present("body_scan")
    scan_panel = window.body_scan
    scan = scan_panel.scan
    assert scan.minutes == 5  # the default setting
    scan_panel.read_aloud.setChecked(True)
    scan_panel.toggle()
    assert scan_panel.step_title.text() == scan.steps[0].title
    fake_time.advance(scan.steps[0].seconds + 0.1)
    scan_panel.tick()
    assert scan_panel.step_index == 1
    assert scan_panel.step_title.text() == scan.steps[1].title
    assert voice.said[-1].startswith(scan.steps[1].title)
    scan_panel.toggle()  # pause
    fake_time.advance(10 * 60)
    scan_panel.tick()
    assert scan_panel.step_index == 1
    scan_panel.skip()
    assert scan_panel.step_index == 2
    scan_panel.back()
    scan_panel.back()
    assert scan_panel.step_index == 0
    assert scan_panel.step_info.text().startswith(f"Step 1 of {len(scan.steps)}")
    scan_panel.toggle()  # resume from the start of step one
    fake_time.advance(scan.steps[0].seconds - 1)
    scan_panel.tick()
    assert scan_panel.step_index == 0


def test_body_scan_length_choice(window: GuidanceWindow, fake_time: FakeTime) -> None:
    panel = window.body_scan
    panel.length_box.setCurrentIndex(0)
    assert panel.scan.minutes == 3
    finished: list[bool] = []
    panel.finished.connect(lambda: finished.append(True))
    panel.toggle()
    fake_time.advance(3 * 60)
    panel.tick()
    assert finished == [True]
    assert panel.start_button.text() == "Start again"


def _start_pause(ctx: AppContext) -> int:
    pause, _ = ctx.service.start(ReturnSpec(after=timedelta(minutes=30)), announced=True)
    assert pause.id is not None
    return pause.id


def test_reflection_autosaves_and_comes_back(
    ctx: AppContext, store: Store, qtbot: QtBot, fake_time: FakeTime, voice: NoVoice
) -> None:
    pause_id = _start_pause(ctx)
    window = GuidanceWindow(ctx, time_source=fake_time, speaker=voice)
    qtbot.addWidget(window)
    window.present("reflect")
    editor = window.reflection.editors["need"]
    qtbot.keyClicks(editor, "A walk, then a hug")
    # Written after a short quiet moment, without closing anything: a crash now loses nothing.
    fresh = open_store(store.path)
    try:
        qtbot.waitUntil(lambda: fresh.reflections(pause_id).get("need") == "A walk, then a hug")
    finally:
        fresh.close()
    qtbot.keyClicks(window.reflection.editors["before"], "We talked about money")
    window.close()  # saves at once, no waiting for the autosave delay
    fresh = open_store(store.path)
    try:
        assert fresh.reflections(pause_id)["before"] == "We talked about money"
    finally:
        fresh.close()
    reopened = GuidanceWindow(ctx, time_source=fake_time, speaker=voice)
    qtbot.addWidget(reopened)
    assert reopened.reflection.editors["need"].toPlainText() == "A walk, then a hug"


def test_reflection_goes_to_the_latest_pause_and_waits_for_one(
    window: GuidanceWindow, ctx: AppContext
) -> None:
    panel = window.reflection
    assert panel.pause_id is None
    assert not panel.editors["before"].isEnabled()
    pause_id = _start_pause(ctx)
    assert panel.pause_id == pause_id
    assert panel.editors["before"].isEnabled()
    ctx.service.end()
    assert panel.pause_id == pause_id  # after returning, the answers still belong to it


def test_three_slow_breaths_lead_on_to_the_body_scan(
    window: GuidanceWindow, fake_time: FakeTime, qtbot: QtBot
) -> None:
    window.breathe_now()
    pacer = window.breathing
    assert pacer.pattern.key == "three_breaths" and pacer.running
    assert pacer.next_button.isHidden()
    fake_time.advance(pacer.pattern.total_seconds - 1)
    pacer.tick()
    assert pacer.next_button.isHidden()  # not before the last breath is done
    fake_time.advance(2)
    pacer.tick()
    assert not pacer.running
    assert pacer.next_button.isVisible()
    pacer.next_button.click()
    assert window.current_section() == "body_scan"
    assert window.body_scan.running
    # A pattern that does not lead on offers nothing when it ends.
    pacer.pattern_box.setCurrentIndex(0)
    assert pacer.pattern.then == ""
    pacer.toggle()
    fake_time.advance(pacer.pattern.total_seconds + 1)
    pacer.tick()
    assert not pacer.running and pacer.next_button.isHidden()


def test_reflection_says_which_pause_the_answers_belong_to(
    window: GuidanceWindow, ctx: AppContext, clock: FakeClock
) -> None:
    panel = window.reflection
    assert panel.target.isHidden()  # no pause at all: the "start a pause" line says it
    _start_pause(ctx)
    assert "the pause you are taking now" in panel.target.text()
    clock.advance(timedelta(minutes=40))
    ctx.service.end()
    assert not panel.target.isHidden()
    assert "No pause is running" in panel.target.text()
    assert "ended at 14:40" in panel.target.text()
