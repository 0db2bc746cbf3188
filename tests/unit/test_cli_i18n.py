"""The command line's translations: the same catalogue as the windows, read without Qt, in the
language the windows would choose, and sentences in Dutch and English."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from pausetimer import cli_i18n, paths
from pausetimer.cli import main
from pausetimer.cli_i18n import Catalog, system_language
from tests.helpers.clock import FakeClock

QM = {code: paths.translations_dir() / f"pausetimer_{code}.qm" for code in ("en", "nl")}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_reader_answers_as_qtranslator_does(language: str) -> None:
    assert QM[language].exists(), "compile the translations first (make qm)"
    ours = Catalog.load(QM[language])
    qt = QTranslator()
    assert qt.load(str(QM[language]))
    assert len(ours._messages) > (200 if language == "nl" else 5)
    for (context, text, disambiguation), _forms in ours._messages.items():
        for n in (-1, 0, 1, 2, 7, 21, 101):
            expected = qt.translate(context, text, disambiguation or None, n) or text
            if n >= 0:
                expected = expected.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")
            assert ours.translate(context, text, disambiguation, n) == expected


def test_a_missing_or_foreign_file_gives_the_english_source(tmp_path: Path) -> None:
    (tmp_path / "junk.qm").write_bytes(b"not a catalogue")
    for path in (tmp_path / "absent.qm", tmp_path / "junk.qm"):
        assert Catalog.load(path).translate("CommandLine", "No pause running.") == (
            "No pause running."
        )


LOCALES = [
    {"LANG": "nl_NL.UTF-8"},
    {"LANG": "en_US.UTF-8"},
    {"LANG": "de_DE.UTF-8", "LANGUAGE": "de:nl"},  # the case: Dutch, like the windows
    {"LANG": "nl_NL.UTF-8", "LANGUAGE": "fr"},
    {"LANG": "C", "LANGUAGE": "nl"},
    {"LC_ALL": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"},
    {"LC_MESSAGES": "nl_BE.UTF-8", "LANG": "en_GB.UTF-8"},
    {"LANG": "C.UTF-8"},
    {},
]


@pytest.mark.parametrize("locale", LOCALES, ids=lambda env: " ".join(env.values()) or "none")
def test_the_language_is_the_one_the_windows_choose(locale: dict[str, str]) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    code = "from pausetimer.services.i18n import system_language; print(system_language())"
    qt = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, **locale},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert system_language(locale) == qt


Words = Callable[..., tuple[int, str, str]]


@pytest.fixture
def words(data_dir: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> Words:
    def run(language: str, *argv: str) -> tuple[int, str, str]:
        os.environ["LANGUAGE"] = language  # the unit conftest restores it
        code = main(list(argv), clock=clock)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_same_commands_in_dutch_and_english(words: Words) -> None:
    assert words("nl", "status") == (0, "Er loopt geen pauze.\n", "")
    assert words("en", "status") == (0, "No pause running.\n", "")
    code, out, err = words("nl", "start", "--for", "10m", "--no-app")
    assert code == 0 and out == "Pauze begonnen: terug om 14:10 (over 10m).\n"
    assert err.startswith("Let op: Een pauze korter dan 20 minuten")
    assert words("en", "status")[1] == "Pause running: back at 14:10 (in 10m).\n"
    assert (
        words("nl", "extend", "--for", "2h")[1] == "Pauze verlengd: terug om 16:10 (over 2u 10m).\n"
    )
    # Refusals and bad input, translated by their kind (core's own message is English).
    assert words("nl", "start", "--for", "1h", "--no-app")[2] == (
        "Er loopt al een pauze; beëindig of verleng die.\n"
    )
    assert words("nl", "extend", "--for", "soon")[2] == (
        "'soon' is niet te lezen; verwacht: een getal met een eenheid, zoals 20m, 1h, 1h30m of 2d"
        " (d = dagen, h = uren, m = minuten).\n"
    )
    assert words("en", "extend", "--for", "soon")[2].startswith("Cannot read 'soon'; expected a")
    assert words("nl", "end")[1] == "Pauze beëindigd na 0m. Welkom terug.\n"
    assert words("nl", "history")[1].split()[:2] == ["Begonnen", "Afspraak"]
    assert words("nl", "history", "--delete", "1")[1].startswith("1 pauze verwijderd.")
    assert words("en", "end")[2] == "No pause is running.\n"


def test_json_is_the_same_in_every_language(words: Words) -> None:
    words("nl", "start", "--for", "45m", "--no-app")
    dutch, english = words("nl", "status", "--json")[1], words("en", "status", "--json")[1]
    assert dutch == english and json.loads(dutch)["state"] == "running"


def test_help_follows_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    os.environ["LANGUAGE"] = "nl"
    assert main(["--help"]) == 0
    assert "loopt er een pauze, en tot wanneer" in capsys.readouterr().out
    assert main(["status", "--help"]) == 0
    assert "tot je stopt (voor statusbalken)" in " ".join(capsys.readouterr().out.split())
    cli_i18n.use_language("en")


# Qt's compiled plural rules as lrelease writes them (qtranslator.cpp's opcodes), for languages
# with more forms than Dutch and English: the reader must follow them too.
EQ, LT, LEQ, BETWEEN, NOT, MOD_10, MOD_100, LEAD_1000, AND, OR, NEW = (
    1,
    2,
    3,
    4,
    8,
    16,
    32,
    64,
    0xFD,
    0xFE,
    0xFF,
)
POLISH = bytes([EQ, 1, NEW, MOD_10 | BETWEEN, 2, 4, AND, MOD_100 | NOT | BETWEEN, 10, 20])
FRENCH = bytes([LEQ, 1])
ODD = bytes([LT, 2, OR, LEAD_1000 | EQ, 5, NEW, MOD_10 | EQ, 3])


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (POLISH, {1: 0, 2: 1, 4: 1, 5: 2, 12: 2, 22: 1, 25: 2, 112: 2}),
        (FRENCH, {0: 0, 1: 0, 2: 1}),
        (ODD, {0: 0, 1: 0, 5: 0, 5000: 0, 13: 1, 7: 2}),
        (b"", {0: 0, 7: 0}),
    ],
)
def test_plural_rules_of_other_languages(rules: bytes, expected: dict[int, int]) -> None:
    assert {n: cli_i18n._plural_form(n, rules) for n in expected} == expected
