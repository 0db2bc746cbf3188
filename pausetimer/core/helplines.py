"""Help lines by country, for the safety card: read from a data file, picked by locale or setting.

The numbers are data, not code (``resources/help/helplines.json``), with the date they were last
checked, so that checking them before a release is one file and its date. Each line's texts are
given per language; the source language's is the fallback. The country follows the locale's
territory (``nl_BE`` is Belgium) unless the user chose one; a country the file does not know gets
the general lines ("elsewhere").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pausetimer.core.errors import PausetimerError
from pausetimer.core.languages import SOURCE_LANGUAGE

ELSEWHERE = ""  # the code of the general lines
# Locale territories that name a country of the file differently.
_ALIASES = {"UK": "GB"}
_LOCALE = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?:[.@]|$)")


class HelpLinesError(PausetimerError):
    """The data file is missing or malformed."""

    def __init__(self, problem: str) -> None:
        super().__init__("helplines_malformed", f"helplines.json: {problem}")


@dataclass(frozen=True)
class HelpLine:
    name: str
    number: str  # "" for help without a number (the doctor)
    what: str


@dataclass(frozen=True)
class CountryHelp:
    code: str  # ISO 3166 alpha-2; ELSEWHERE for the general lines
    name: str
    lines: tuple[HelpLine, ...]


@dataclass(frozen=True)
class HelpBook:
    checked: date
    countries: tuple[CountryHelp, ...]
    elsewhere: CountryHelp

    def country(self, code: str) -> CountryHelp:
        """The lines for ``code``, or the general ones."""
        code = _ALIASES.get(code.upper(), code.upper())
        for country in self.countries:
            if country.code == code:
                return country
        return self.elsewhere

    def choose(self, setting: str, locale_name: str) -> CountryHelp:
        """The user's choice (``setting``), else the locale's country."""
        return self.country(setting or country_from_locale(locale_name))


def country_from_locale(locale_name: str) -> str:
    """``"nl_BE.UTF-8"`` -> ``"BE"``; ``""`` when the locale names no territory (``C``)."""
    match = _LOCALE.match(locale_name.strip())
    if match is None:
        return ELSEWHERE
    code = match.group(1).upper()
    return _ALIASES.get(code, code)


def load_helplines(path: Path, language: str) -> HelpBook:
    """The file's lines with their texts in ``language``. Raises :class:`HelpLinesError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        checked = date.fromisoformat(data["checked"])
        countries = tuple(_country(item, language) for item in data["countries"])
        elsewhere = _country({"code": ELSEWHERE, **data["elsewhere"]}, language)
    except OSError as error:
        raise HelpLinesError(f"cannot be read ({error.strerror or error})") from None
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise HelpLinesError(f"malformed ({error!r})") from None
    return HelpBook(checked, countries, elsewhere)


def _country(item: dict[str, Any], language: str) -> CountryHelp:
    lines = tuple(
        HelpLine(_text(line["name"], language), str(line["number"]), _text(line["what"], language))
        for line in item["lines"]
    )
    if not lines:
        raise ValueError(f"no lines for {item['code'] or 'elsewhere'}")
    return CountryHelp(str(item["code"]).upper(), _text(item["name"], language), lines)


def _text(value: str | dict[str, str], language: str) -> str:
    """A text the same in every language, or the one in ``language`` (English if missing)."""
    if isinstance(value, str):
        return value
    return str(value.get(language) or value[SOURCE_LANGUAGE])
