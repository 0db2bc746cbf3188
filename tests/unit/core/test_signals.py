"""The early signals: the shipped card loads in both languages with the same keys, malformed
content is refused, and the summary of what comes before the pauses adds up."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pausetimer import paths
from pausetimer.core.guidance import GuidanceContentError, load_raw, structure
from pausetimer.core.signal_summary import summarize
from pausetimer.core.signals import GROUPS, OWN_WORDS, SIGNALS_FILE, PauseSignals, load_signals

CONTENT = paths.guidance_dir()
M = 60


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_card_has_body_behaviour_and_triggers(language: str) -> None:
    card = load_signals(language, CONTENT)
    assert [group.key for group in card.groups] == list(GROUPS)
    body, behaviour, triggers = card.groups
    assert {"jaw", "shoulders", "chest", "wall"} <= {s.key for s in body.signals}
    assert {"silent", "leave", "numb"} <= {s.key for s in behaviour.signals}
    assert {"pressure", "too_close", "expectations", "no_control"} <= {
        s.key for s in triggers.signals
    }
    assert len(set(card.keys())) == len(card.keys())
    assert card.text_of("no_such_key") is None


def test_dutch_has_every_english_signal_translated() -> None:
    english = load_raw(CONTENT / "en" / SIGNALS_FILE)
    dutch = load_raw(CONTENT / "nl" / SIGNALS_FILE)
    assert structure(dutch) == structure(english)
    assert load_signals("nl", CONTENT).keys() == load_signals("en", CONTENT).keys()
    nl = load_signals("nl", CONTENT)
    assert nl.text_of("jaw") != load_signals("en", CONTENT).text_of("jaw")
    assert nl.title == "Vroege signalen"


def test_an_unknown_language_falls_back_to_english() -> None:
    assert load_signals("fr", CONTENT).title == "Early signals"


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('key = "jaw"', 'key = "chest"', "body.items[2].key"),
        ('key = "silent"', 'key = "jaw"', "behaviour.items[0].key"),
        ('key = "pressure"', f'key = "{OWN_WORDS}"', "triggers.items[0].key"),
        ('[triggers]\ntitle = "What happened just before"', "[triggers]", "triggers.title"),
    ],
)
def test_malformed_content_names_the_field(tmp_path: Path, old: str, new: str, field: str) -> None:
    copy = tmp_path / "guidance"
    shutil.copytree(CONTENT, copy)
    file = copy / "en" / SIGNALS_FILE
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(GuidanceContentError) as raised:
        load_signals("en", copy)
    assert raised.value.params == {"file": "en/signals.toml", "field": field}


def test_a_pause_with_nothing_ticked_is_empty() -> None:
    assert not PauseSignals()
    assert not PauseSignals(own_words="  ")
    assert PauseSignals(frozenset({"jaw"})) and PauseSignals(own_words="the dishes again")


def test_summary_counts_pauses_and_takes_the_median_length() -> None:
    # Pause 1: 20 min, jaw + pressure. Pause 2: 40 min, jaw. Pause 3: 90 min, jaw + pressure.
    # Pause 4: 30 min, own words only.
    rows = [
        (1, "jaw", 20 * M),
        (1, "pressure", 20 * M),
        (2, "jaw", 40 * M),
        (3, "jaw", 90 * M),
        (3, "pressure", 90 * M),
        (4, OWN_WORDS, 30 * M),
    ]
    summary = summarize(rows, order=["pressure", "jaw"])
    assert summary.pauses_with_signals == 4
    assert [(c.key, c.pauses, c.median_seconds) for c in summary.counts] == [
        ("jaw", 3, 40 * M),
        ("pressure", 2, 55 * M),  # the median of two is their mean
        (OWN_WORDS, 1, 30 * M),
    ]


def test_ties_follow_the_card_then_the_name() -> None:
    rows = [(1, "zebra", 60), (1, "chest", 60), (1, "jaw", 60), (2, "neg", -5), (3, "odd", None)]
    summary = summarize(rows, order=["jaw", "chest"])
    assert [c.key for c in summary.counts] == ["jaw", "chest", "neg", "odd", "zebra"]
    assert summary.counts[2].median_seconds == 0  # a negative length counts as none
    assert summary.counts[3].pauses == 1 and summary.counts[3].median_seconds is None
    both = summarize([(1, "jaw", None), (2, "jaw", 600)])
    assert (both.counts[0].pauses, both.counts[0].median_seconds) == (2, 600)
    assert summarize([]).counts == () and summarize([]).pauses_with_signals == 0
