"""Help lines by country: the data file, the country from the locale, the user's choice."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pausetimer import paths
from pausetimer.core.helplines import (
    ELSEWHERE,
    HelpLinesError,
    country_from_locale,
    load_helplines,
)


@pytest.mark.parametrize(
    ("locale_name", "country"),
    [
        ("nl_NL.UTF-8", "NL"),
        ("nl_BE", "BE"),
        ("fr_BE.UTF-8@euro", "BE"),
        ("en_GB.UTF-8", "GB"),
        ("en_UK", "GB"),
        ("en_US", "US"),
        ("en-US", "US"),
        ("C", ELSEWHERE),
        ("", ELSEWHERE),
        ("nl", ELSEWHERE),
    ],
)
def test_the_country_comes_from_the_locales_territory(locale_name: str, country: str) -> None:
    assert country_from_locale(locale_name) == country


def numbers(language: str, setting: str, locale_name: str) -> list[str]:
    book = load_helplines(paths.help_lines_path(), language)
    return [line.number for line in book.choose(setting, locale_name).lines]


def test_each_country_has_the_numbers_of_the_issue() -> None:
    assert numbers("en", "", "nl_NL") == ["0800-2000", "113 / 0800-0113", "112"]
    assert numbers("en", "", "nl_BE") == ["1712", "1813", "112"]
    assert numbers("en", "", "en_GB") == ["0808 2000 247", "0808 802 4040", "116 123", "999"]
    assert numbers("en", "", "en_US") == ["1-800-799-7233", "988", "911"]
    assert "112 / 911" in numbers("en", "", "de_DE")  # elsewhere: the general lines


def test_the_users_choice_beats_the_locale() -> None:
    assert numbers("en", "US", "nl_NL")[0] == "1-800-799-7233"
    assert numbers("en", "*", "nl_NL") == numbers("en", "", "C")  # "another country"
    assert numbers("en", "gb", "C")[-1] == "999"


def test_the_file_says_when_it_was_checked_and_speaks_dutch() -> None:
    book = load_helplines(paths.help_lines_path(), "nl")
    assert book.checked == date(2026, 12, 2)
    assert book.country("NL").name == "Nederland"
    assert "dag en nacht" in book.country("NL").lines[0].what
    assert book.elsewhere.lines[1].name == "Je huisarts"
    english = load_helplines(paths.help_lines_path(), "de")  # not there: English
    assert english.country("BE").name == "Belgium"
    data = json.loads(paths.help_lines_path().read_text(encoding="utf-8"))
    assert "re-checked" in data["about"] or "checked again" in data["about"]


def test_every_text_has_dutch_and_english() -> None:
    data = json.loads(paths.help_lines_path().read_text(encoding="utf-8"))
    for country in [*data["countries"], data["elsewhere"]]:
        texts = [country["name"]] + [line["what"] for line in country["lines"]]
        for text in texts:
            assert set(text) == {"en", "nl"}, text


@pytest.mark.parametrize(
    "content",
    [
        "{",
        '{"checked": "soon", "countries": [], "elsewhere": {}}',
        '{"checked": "2026-12-02"}',
        '{"checked": "2026-12-02", "countries": [], "elsewhere": {"name": "x", "lines": []}}',
    ],
)
def test_a_broken_file_is_reported(tmp_path: Path, content: str) -> None:
    path = tmp_path / "helplines.json"
    path.write_text(content)
    with pytest.raises(HelpLinesError):
        load_helplines(path, "en")
    with pytest.raises(HelpLinesError, match="cannot be read"):
        load_helplines(tmp_path / "missing.json", "en")
