"""The command line in Dutch down to argparse's own words, the problems that name something (a
date, an id, the data folder) and the calendar command; ``--json`` output stays language-free."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pausetimer import cli_argparse, cli_i18n, data_folder
from pausetimer.cli import main
from pausetimer.cli_dispatch import data_folder_failure
from pausetimer.cli_text import problem
from pausetimer.phone import calendar_command


@pytest.fixture
def dutch() -> Iterator[None]:
    cli_i18n.use_language("nl")
    before = cli_argparse.speak_the_language()
    yield
    argparse._, argparse.ngettext = before  # type: ignore[attr-defined]
    cli_i18n.use_language("en")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pausetimer")
    parser.add_argument("window", choices=("window", "history"))
    parser.add_argument("--two", nargs=2)
    parser.add_argument("--count", type=int)
    return parser


def test_help_speaks_dutch(dutch: None, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: pausetimer")
    assert "\nargumenten:\n" in out and "\nopties:\n" in out
    assert "deze hulp tonen en stoppen" in out
    assert "usage" not in out and "show this help" not in out


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["nowhere"], "argument window: ongeldige keuze: 'nowhere' (kies uit "),
        (["window", "--two", "1"], "argument --two: verwacht 2 waarden"),
        (["window", "--count", "many"], "argument --count: ongeldige waarde voor int: 'many'"),
        (["window", "--count"], "argument --count: verwacht één waarde"),
        (["window", "extra"], "onbekende argumenten: extra"),
        ([], "deze argumenten zijn verplicht: window"),
    ],
)
def test_usage_errors_speak_dutch(
    dutch: None, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    with pytest.raises(SystemExit) as leaving:
        _parser().parse_args(argv)
    assert leaving.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("gebruik: pausetimer")
    assert f"pausetimer: fout: {said}" in err


def test_english_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    cli_i18n.use_language("en")
    before = cli_argparse.speak_the_language()
    try:
        with pytest.raises(SystemExit):
            _parser().parse_args(["window", "--two", "1"])
        with pytest.raises(SystemExit):
            _parser().parse_args(["window", "--two", "1", "2", "3"])
    finally:
        argparse._, argparse.ngettext = before  # type: ignore[attr-defined]
    err = capsys.readouterr().err
    assert "pausetimer: error: argument --two: expected 2 arguments\n" in err
    assert "pausetimer: error: unrecognized arguments: 3\n" in err


def test_an_unknown_sentence_stays_english_and_keeps_its_placeholders(dutch: None) -> None:
    assert cli_argparse.gettext("conflicting subparser: %s") == "conflicting subparser: %s"
    assert cli_argparse.ngettext("a %s", "some %s", 2) == "some %s"


def test_named_problems_in_dutch(dutch: None) -> None:
    assert problem("date_out_of_range", "english", {"text": "0001-01-01"}) == (
        "'0001-01-01' valt buiten het bereik; gebruik een datum van 1970-01-01 tot 9998-12-31."
    )
    assert problem("id_out_of_range", "english", {"id": 0, "highest": 9}) == (
        "0 is geen pauzenummer; pauzenummers zijn hele getallen van 1 tot 9."
    )
    assert problem("no_such_pause", "english", {"id": 12}) == "Er is geen pauze met nummer 12."
    assert problem("something_new", "The English.") == "The English."


def test_the_data_folder_problem_in_dutch(dutch: None, tmp_path: Path) -> None:
    error = data_folder.DataFolderError(data_folder.CANNOT_WRITE, tmp_path, "Disk full")
    response = data_folder_failure(error)
    assert "cannot write" in response["error"]["message"]  # English stays for logs and JSON
    params = response["error"]["params"]
    assert problem("data_folder_unusable", response["error"]["message"], params) == (
        f"Pausetimer kan niet schrijven in zijn gegevensmap {tmp_path}: Disk full. Maak wat "
        "ruimte vrij of controleer de rechten van de map."
    )


def test_the_calendar_command_in_dutch(dutch: None, tmp_path: Path) -> None:
    def idle() -> dict[str, object]:
        return {"exit_code": 0, "result": {"state": "idle"}}

    now = datetime.now(UTC)
    assert calendar_command(None, None, idle, now)[1].startswith("Zeg wat er geschreven")
    assert calendar_command(tmp_path, None, idle, now) == (
        2,
        f"{tmp_path} is een map; geef een bestandsnaam.",
    )
    assert calendar_command(tmp_path / "x" / "a.png", None, idle, now) == (
        2,
        f"De map {tmp_path / 'x'} bestaat niet.",
    )
    assert calendar_command(tmp_path / "a.png", None, idle, now) == (
        1,
        "Er loopt geen pauze, dus er is geen terugkomtijd voor je telefoon.",
    )


@pytest.fixture
def dutch_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    monkeypatch.setenv("LANGUAGE", "nl")
    before = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    yield
    argparse._, argparse.ngettext = before  # type: ignore[attr-defined]
    cli_i18n.use_language("en")


def test_the_command_lines_help_is_dutch_throughout(
    dutch_locale: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: pausetimer")
    assert "het versienummer tonen en stoppen" in out
    assert "deze hulp tonen en stoppen" in out
    for english in ("usage:", "show this help", "version number", "options:"):
        assert english not in out


def test_a_usage_error_is_dutch(dutch_locale: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["start", "--for"]) == 2
    assert "pausetimer start: fout: argument --for: verwacht één waarde" in capsys.readouterr().err
    assert main(["show", "nowhere"]) == 2
    assert "ongeldige keuze: 'nowhere'" in capsys.readouterr().err


def test_a_missing_pause_is_named_in_dutch(
    dutch_locale: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "--delete", "41"]) == 2
    assert capsys.readouterr().err.strip() == "Er is geen pauze met nummer 41."
    assert main(["history", "--delete", "41", "--json"]) == 2  # not together
    assert "niet toegestaan samen met argument --delete" in capsys.readouterr().err
    assert main(["history", "--delete", "0"]) == 2
    assert capsys.readouterr().err.startswith("0 is geen pauzenummer; pauzenummers zijn hele")
