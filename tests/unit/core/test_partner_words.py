"""The words for the partner: enough sentences, each with the return time, the name where given."""

from __future__ import annotations

from pausetimer.core import partner_words
from pausetimer.core.partner_words import SENTENCES, fill, sentence


def test_at_least_four_sentences_with_the_asked_for_kinds() -> None:
    keys = [item.key for item in SENTENCES]
    assert len(keys) == len(set(keys)) >= 4
    assert {"short", "pattern", "not_about_you", "tonight"} <= set(keys)


def test_every_sentence_holds_the_return_and_the_named_one_the_name() -> None:
    for item in SENTENCES:
        assert "%1" in item.plain and "%2" not in item.plain
        assert "%1" in item.named and item.named.startswith("%2, ")
        assert fill(item.named, "at 19:00", " Sam ").startswith("Sam, ")
        assert "at 19:00" in fill(item.plain, "at 19:00")


def test_a_name_with_a_placeholder_stays_as_typed() -> None:
    assert fill("%2, back %1.", "at 19:00", "%1 Sam") == "%1 Sam, back at 19:00."


def test_an_unknown_key_gives_the_default_sentence() -> None:
    assert sentence("from-a-newer-version") is SENTENCES[0]
    assert sentence("pattern").key == "pattern"
    assert SENTENCES[0].key == partner_words.DEFAULT_SENTENCE


def test_the_card_part_for_the_one_who_waits_says_the_four_things() -> None:
    waiting = " ".join(partner_words.CARD_WAITING)
    for needle in ("not about you", "wait at the door", "write it down", "past a day"):
        assert needle in waiting
