"""The summary for a therapist: a real PDF of one or two pages, read back with pdftotext, from
the history window and from the command line; notes only when ticked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from pausetimer.cli import main
from pausetimer.context import AppContext
from pausetimer.core.statistics import Period
from pausetimer.service import PauseService
from pausetimer.store import Store
from pausetimer.ui.history import HistoryWindow
from pausetimer.ui.history.summary_flow import save_summary
from pausetimer.ui.history.summary_pdf import MAX_ROWS, SummaryPeriod, write_summary
from tests.conftest import T0
from tests.gui.ui.history.conftest import D, M, add
from tests.gui.ui.history.test_calm_history import rated
from tests.helpers.clock import FakeClock

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdf_text(path: Path) -> str:
    return (
        subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        )
        .stdout.replace("\ufb01", "fi")
        .replace("\ufb02", "fl")
    )  # the font's ligatures


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])


@pytest.fixture
def month(store: Store) -> None:
    add(store, T0 - 2 * D, 30 * M, 30 * M, "the dishes again")
    add(store, T0 - 5 * D, 20 * 60 * M, 26 * 60 * M)
    rated(store, T0 - 8 * D, 40, (8, 2))
    rated(store, T0 - 40 * D, 90, (9, 3))  # before the month: left out


def test_the_summary_holds_the_figures_and_no_notes_unless_asked(
    service: PauseService, month: None, tmp_path: Path, qapp: object
) -> None:
    path = tmp_path / "summary.pdf"
    span = SummaryPeriod(T0 - 30 * D, None)
    assert write_summary(service, path, span) == 3
    text = pdf_text(path)
    assert "Pausetimer: a summary of agreed pauses" in text
    assert "Back on time (within 5 minutes)" in text and "67 %" in text
    assert "Pauses past a day" in text
    assert "Calm change from start to return (median drop on 0-10, 1 pause)" in text
    assert "8→2" in text.replace(" ", "")
    assert "the dishes" not in text and "left out" in text
    assert pages(path) <= 2
    assert path.stat().st_mode & 0o077 == 0  # private, like an export
    write_summary(service, path, SummaryPeriod(T0 - 30 * D, None, include_notes=True))
    assert "the dishes again" in pdf_text(path)


def test_the_common_signals_by_their_words_and_never_the_own_words(
    service: PauseService, store: Store, tmp_path: Path, qapp: object
) -> None:
    from pausetimer import paths
    from pausetimer.core.signals import PauseSignals, load_signals

    first = add(store, T0 - 2 * D, 30 * M, 30 * M)
    second = add(store, T0 - 3 * D, 30 * M, 30 * M)
    service.save_signals(first, PauseSignals(frozenset({"jaw", "chest"}), "her tone of voice"))
    service.save_signals(second, PauseSignals(frozenset({"jaw"})))
    path = tmp_path / "signals.pdf"
    card = load_signals("en", paths.guidance_dir())
    write_summary(service, path, SummaryPeriod(T0 - 30 * D, None), card)
    text = pdf_text(path)
    assert "Common early signals and triggers" in text
    jaw = next(line for line in text.splitlines() if "A tight jaw or clenched teeth" in line)
    assert jaw.split()[-2:] == ["2", "pauses"]
    assert "Something else, in my own words" in text and "her tone of voice" not in text
    write_summary(service, path, SummaryPeriod(T0 - 30 * D, None))
    assert "Common early signals" not in pdf_text(path)  # no card, no names to give


@pytest.mark.parametrize(("region", "paper"), [("en_US", "(letter)"), ("nl_NL", "(A4)")])
def test_a_long_history_stays_within_two_pages_of_the_regions_paper(
    service: PauseService,
    store: Store,
    tmp_path: Path,
    qapp: object,
    monkeypatch: pytest.MonkeyPatch,
    region: str,
    paper: str,
) -> None:
    from PySide6.QtCore import QLocale

    from pausetimer import card

    monkeypatch.setattr(card, "region", lambda: QLocale(region))
    for day in range(MAX_ROWS + 25):
        add(store, T0 - (day + 1) * D, 30 * M, 30 * M)
    path = tmp_path / "long.pdf"
    write_summary(service, path, SummaryPeriod(None, None))
    assert pages(path) <= 2
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert paper in info.stdout
    assert "And 25 earlier pauses, counted in the figures above." in pdf_text(path)


def test_from_the_history_window(
    ctx: AppContext, month: None, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        "pausetimer.ui.history.summary_flow.QMessageBox.warning",
        lambda parent, title, text: warnings.append(text),
    )
    window = HistoryWindow(ctx)
    qtbot.addWidget(window)
    assert window.summary_button.isEnabled()
    said = QLabel()
    path = tmp_path / "from-window.pdf"
    save_summary(window, ctx.service, Period.MONTH, path, False, said)
    assert said.text() == f"Summary of 3 pauses saved as from-window.pdf in {tmp_path}."
    assert "Pauses past a day" in pdf_text(path)
    save_summary(QWidget(), ctx.service, Period.MONTH, tmp_path / "no" / "x.pdf", False, said)
    assert said.isHidden()  # refused in a message box; nothing claimed
    assert warnings and warnings[0].startswith("The file could not be written")


def test_from_the_command_line(
    data_dir: Path,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    qapp: object,
) -> None:
    assert (
        main(["start", "--for", "40m", "--calm", "9", "--no-app", "--note", "mine"], clock=clock)
        == 0
    )
    clock.advance(timedelta(minutes=40))
    assert main(["end", "--calm", "3"], clock=clock) == 0
    capsys.readouterr()
    path = tmp_path / "report.pdf"
    assert main(["report", "--pdf", str(path)], clock=clock) == 0
    assert capsys.readouterr().out == f"Summary of 1 pause saved to {path}.\n"
    text = pdf_text(path)
    assert "Time to calm: 3 or lower at the return (median, 1 pause)" in text
    assert "40 min" in text and "mine" not in text
    assert main(["report", "--pdf", str(path), "--notes"], clock=clock) == 0
    assert "mine" in pdf_text(path)
    code = main(
        ["report", "--pdf", str(path), "--since", "2026-12-01", "--until", "2026-11-01"],
        clock=clock,
    )
    assert code == 2 and "--until must lie after --since." in capsys.readouterr().err


def test_a_dutch_summary_from_a_real_process(tmp_path: Path) -> None:
    """As a user runs it: its own process, no desktop, Dutch from the locale."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY") and not key.startswith(("LC_", "LANG"))
    }
    env.update(PAUSETIMER_DATA_DIR=str(tmp_path / "data"), LANGUAGE="nl", LANG="nl_NL.UTF-8")

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pausetimer", *argv],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    assert run("start", "--for", "30m", "--calm", "8", "--no-app").returncode == 0
    assert run("end", "--calm", "2").returncode == 0
    path = tmp_path / "samenvatting.pdf"
    done = run("report", "--pdf", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Samenvatting van 1 pauze opgeslagen in {path}.\n"
    text = pdf_text(path)
    assert "Pausetimer: een samenvatting van afgesproken" in text
    assert "Op tijd terug (binnen 5 minuten)" in text and "8→2" in text.replace(" ", "")


def test_the_moments_together_are_counted_and_their_words_kept_out(
    data_dir: Path,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    qapp: object,
) -> None:
    for at in ("2026-11-22T20:00", "2026-12-20T20:00"):
        assert main(["together", "--at", at, "--note", "SECRET-cinema-words"], clock=clock) == 0
    path = tmp_path / "report.pdf"
    assert main(["report", "--pdf", str(path), "--notes"], clock=clock) == 0
    text = " ".join(pdf_text(path).split())
    assert "Moments together planned 2" in text
    assert "SECRET-cinema-words" not in text  # counted only, even with the notes ticked in
    until_december = ["--since", "2026-11-01", "--until", "2026-11-30"]
    assert main(["report", "--pdf", str(path), *until_december], clock=clock) == 0
    assert "Moments together planned 1" in " ".join(pdf_text(path).split())
