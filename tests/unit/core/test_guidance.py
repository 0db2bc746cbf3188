"""The guidance content model: the shipped files load, agree between languages, and a malformed
file is refused with an error that names the file and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pausetimer import paths
from pausetimer.core.guidance import (
    CONTENT_FILES,
    GuidanceContentError,
    available_languages,
    load_guidance,
    load_raw,
    structure,
)

CONTENT = paths.guidance_dir()
ISSUE_PATTERNS = {
    "cyclic_sighing",
    "three_breaths",
    "extended_exhale",
    "resonance",
    "box",
    "four_seven_eight",
}
BODY_PARTS = {"feet", "legs", "back", "belly", "chest", "hands", "arms", "shoulders", "neck"}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_shipped_content_loads(language: str) -> None:
    guidance = load_guidance(language, CONTENT)
    assert guidance.language == language
    assert {p.key for p in guidance.breathing.patterns} == ISSUE_PATTERNS
    assert guidance.breathing.default_pattern == "cyclic_sighing"
    assert guidance.body_scan.versions == (3, 5, 10)
    assert {step.key for step in guidance.body_scan.version(5).steps} >= BODY_PARTS
    assert len(guidance.reflection.prompts) == 7
    assert guidance.safety.items and guidance.during.items


def test_every_english_entry_has_a_dutch_counterpart() -> None:
    assert available_languages(CONTENT) == ["en", "nl"]
    for name in CONTENT_FILES:
        english = load_raw(CONTENT / "en" / name)
        dutch = load_raw(CONTENT / "nl" / name)
        assert structure(dutch) == structure(english), name
        assert dutch != english, f"{name} is not translated"


def test_unknown_language_falls_back_to_english() -> None:
    assert load_guidance("fr", CONTENT).language == "en"


def test_default_pattern_matches_the_issue() -> None:
    breathing = load_guidance("en", CONTENT).breathing
    sighing = breathing.pattern("cyclic_sighing")
    assert [phase.kind for phase in sighing.phases] == ["in", "in", "out"]
    # About five minutes, never cut short.
    assert 5 * 60 <= sighing.total_seconds < 5 * 60 + sighing.cycle_seconds
    assert breathing.pattern("four_seven_eight").cycles == 4
    assert [p.seconds for p in breathing.pattern("box").phases] == [4, 4, 4, 4]
    resonance = breathing.pattern("resonance")
    assert 5.5 <= 60 / resonance.cycle_seconds <= 6.5
    assert breathing.pattern("no_such_pattern") is sighing


def test_position_walks_through_phases_and_cycles() -> None:
    box = load_guidance("en", CONTENT).breathing.pattern("box")
    start = box.position(0)
    assert (start.cycle, start.phase_index, start.phase.kind) == (1, 0, "in")
    assert start.level == 0.0
    middle_of_inhale = box.position(2)
    assert middle_of_inhale.level == pytest.approx(0.5)
    assert middle_of_inhale.phase_seconds_left == pytest.approx(2)
    hold = box.position(5)
    assert (hold.phase_index, hold.phase.kind, hold.level) == (1, "hold", 1.0)
    second_cycle = box.position(box.cycle_seconds + 9)
    assert (second_cycle.cycle, second_cycle.phase_index) == (2, 2)
    assert not second_cycle.finished
    assert box.position(box.total_seconds).finished


def test_body_scan_versions_add_up_and_pick_the_closest() -> None:
    scans = load_guidance("en", CONTENT).body_scan
    for minutes in scans.versions:
        assert scans.version(minutes).total_seconds == minutes * 60
    assert scans.version(4).minutes == 3  # ties go to the shorter one
    assert scans.version(60).minutes == 10
    scan = scans.version(3)
    first = scan.steps[0].seconds
    assert scan.position(first - 1).step_index == 0
    assert scan.position(first).step_index == 1
    assert scan.step_start(1) == first
    assert scan.position(scan.total_seconds).finished


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "guidance"
    shutil.copytree(CONTENT, copy)
    return copy


@pytest.mark.parametrize(
    ("file", "old", "new", "field"),
    [
        (
            "breathing.toml",
            'seconds = 7, label = "Hold"',
            'seconds = "7", label = "Hold"',
            "patterns[5].phases[1].seconds",
        ),
        (
            "breathing.toml",
            'kind = "hold", seconds = 7',
            'kind = "pause", seconds = 7',
            "patterns[5].phases[1].kind",
        ),
        ("breathing.toml", 'default = "cyclic_sighing"', 'default = "humming"', "default"),
        ("breathing.toml", "cycles = 4\n", "", "patterns[5].cycles"),
        ("body_scan.toml", "seconds = [25, 30, 55]", "seconds = [25, 30, 56]", "steps"),
        ("body_scan.toml", "seconds = [10, 20, 40]", "seconds = [10, 20]", "steps[6].seconds"),
        ("reflection.toml", 'key = "need"', 'key = "before"', "prompts[5].key"),
        ("reflection.toml", 'text = "What did I think?"', 'text = "  "', "prompts[2].text"),
        ("cards.toml", "[safety]\ntitle", "[safety]\nheading", "safety.title"),
    ],
)
def test_malformed_content_names_file_and_field(
    content_copy: Path, file: str, old: str, new: str, field: str
) -> None:
    path = content_copy / "en" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(GuidanceContentError) as raised:
        load_guidance("en", content_copy)
    assert raised.value.params == {"file": f"en/{file}", "field": field}
    assert f"en/{file}: {field}:" in raised.value.message


def test_broken_syntax_and_missing_file_are_named(content_copy: Path) -> None:
    (content_copy / "nl" / "reflection.toml").write_text("title = \n", encoding="utf-8")
    with pytest.raises(GuidanceContentError, match=r"nl/reflection\.toml: \(syntax\)"):
        load_guidance("nl", content_copy)
    (content_copy / "nl" / "body_scan.toml").unlink()
    with pytest.raises(GuidanceContentError, match=r"nl/body_scan\.toml: \(file\)"):
        load_guidance("nl", content_copy)
