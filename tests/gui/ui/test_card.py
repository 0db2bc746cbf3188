"""The card for the partner: rendered to PDF in a temporary folder, read back with pdftotext (one
page, the return time, the part for the one who waits), in English and Dutch; from the partner
dialog and the main window; and ``pausetimer card --pdf`` on the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pausetimer import card
from pausetimer.cli import main
from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec, Side
from pausetimer.ui.card_dialog import CardDialog
from pausetimer.ui.main_window import MainWindow
from pausetimer.ui.partner_dialog import PartnerSentenceDialog
from tests.helpers.clock import FakeClock

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def pdf_text(path: Path) -> str:
    """The PDF's text on one line (pdftotext breaks lines where the card wraps them)."""
    pages = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "Pages:           1" in pages
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


def open_card(ctx: AppContext, qtbot: QtBot, hours: int = 5) -> CardDialog:
    ctx.settings.update(partner_name="Sam")
    pause, _ = ctx.service.start(ReturnSpec(after=timedelta(hours=hours)))
    dialog = CardDialog(ctx, pause)
    qtbot.addWidget(dialog)
    return dialog


@needs_pdftotext
def test_the_card_as_pdf_in_english(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_card(ctx, qtbot)
    dialog.where_edit.setText("On a walk   in the park")
    assert dialog.save_pdf(tmp_path / "card.pdf")
    assert "Saved as" in dialog.result_label.text()
    text = pdf_text(tmp_path / "card.pdf")
    assert "Sam, I'm taking a pause. I'll come to you at 19:00." in text
    assert "Where I'll be: On a walk in the park" in text
    assert "For you, while you wait" in text
    assert "It is not about you." in text
    assert "If this runs past a day, we talk." in text


@needs_pdftotext
@pytest.mark.usefixtures("dutch")
def test_the_card_as_pdf_in_dutch(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_card(ctx, qtbot)
    assert dialog.save_pdf(tmp_path / "kaart.pdf")
    text = pdf_text(tmp_path / "kaart.pdf")
    assert "Sam, ik neem even pauze. Ik kom om 19:00 naar je toe." in text
    assert "Waar ik ben" not in text  # no place given: no line
    assert "Voor jou, terwijl je wacht" in text
    assert "Het ligt niet aan jou." in text
    assert "Duurt dit langer dan een dag, dan praten we." in text


def test_a_bad_path_is_said_and_nothing_written(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_card(ctx, qtbot)
    assert not dialog.save_pdf(tmp_path / "missing" / "card.pdf")
    assert "does not exist" in dialog.result_label.text()
    assert not dialog.save_pdf(tmp_path)
    assert "folder" in dialog.result_label.text()


def test_the_screen_shows_what_the_page_shows(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = open_card(ctx, qtbot)
    dialog.where_edit.setText("Garden")
    assert dialog.canvas.content.where.endswith("Garden")
    described = dialog.canvas.accessibleDescription()
    assert "I'll come to you at 19:00." in described and described.endswith("we talk.")
    image = dialog.canvas.grab().toImage()
    assert image.pixelColor(2, 2).name() == card.PAPER  # drawn, white paper
    dialog.show()
    dialog.toggle_full_screen()
    assert dialog.full_screen and dialog.full_button.text() == "&Smaller"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc leaves full screen first
    assert not dialog.full_screen and dialog.full_button.text() == "&Full screen"
    assert dialog.isVisible()


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(name: str) -> float:
        colour = QColor(name)
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_colours_keep_wcag_aa_contrast() -> None:
    for ink in (card.INK, card.ACCENT, card.MUTED):
        assert contrast_ratio(ink, card.PAPER) >= 4.5
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)


def test_the_card_opens_from_the_partner_dialog_and_the_main_window(
    ctx: AppContext, qtbot: QtBot
) -> None:
    pause, _ = ctx.service.start(ReturnSpec(after=timedelta(hours=1)))
    partner = PartnerSentenceDialog(ctx, pause)
    qtbot.addWidget(partner)
    opened = partner.show_card(pause)
    assert isinstance(opened, CardDialog)
    opened.close_button.click()
    window = MainWindow(ctx)
    window.present()
    assert window.card_button.isVisible()
    window.card_button.click()
    assert any(isinstance(w, CardDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_the_partners_pause_has_no_card(ctx: AppContext) -> None:
    """The card says "I'm taking a pause": while the user waits for the partner, none is offered."""
    ctx.service.start(ReturnSpec(after=timedelta(hours=1)), side=Side.WAITING)
    window = MainWindow(ctx)
    window.present()
    assert window.phone_button.isVisible() and not window.card_button.isVisible()


# -- pausetimer card ---------------------------------------------------------------------------


def cli(*argv: str, clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(list(argv), clock=clock)
    out, err = capsys.readouterr()
    return code, out + err


@needs_pdftotext
@pytest.mark.usefixtures("data_dir")
def test_card_on_the_command_line(
    clock: FakeClock, capsys: pytest.CaptureFixture[str], tmp_path: Path, qapp: QApplication
) -> None:
    target = tmp_path / "card.pdf"
    code, said = cli("card", "--pdf", str(target), clock=clock, capsys=capsys)
    assert code == 1 and "No pause is running" in said and not target.exists()
    assert cli("wait", "--for", "2h", "--no-app", clock=clock, capsys=capsys)[0] == 0
    code, said = cli("card", "--pdf", str(target), clock=clock, capsys=capsys)
    assert code == 1 and "while you wait for your partner" in said and not target.exists()
    assert cli("end", clock=clock, capsys=capsys)[0] == 0
    assert cli("start", "--for", "2h", "--no-app", clock=clock, capsys=capsys)[0] == 0
    assert cli("card", clock=clock, capsys=capsys)[0] == 2  # no file named
    assert cli("card", "--pdf", str(tmp_path / "no" / "c.pdf"), clock=clock, capsys=capsys)[0] == 2
    assert cli("card", "--pdf", str(tmp_path), clock=clock, capsys=capsys)[0] == 2
    code, said = cli(
        "card", "--pdf", str(target), "--where", "Upstairs", clock=clock, capsys=capsys
    )
    assert code == 0 and "Nothing was sent" in said
    text = pdf_text(target)
    assert "I'll come to you at 16:00." in text and "Where I'll be: Upstairs" in text
    assert "It is not about you." in text
    # The command line took its translators out again.
    assert QCoreApplication.translate("PartnerWords", "Short") == "Short"


@needs_pdftotext
def test_card_on_the_command_line_in_dutch(tmp_path: Path) -> None:
    """The real command, in a process of its own with a Dutch locale and no display."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "LC_ALL", "LC_MESSAGES")
    }
    env.update(
        PAUSETIMER_DATA_DIR=str(tmp_path / "data"), LANG="nl_NL.UTF-8", LANGUAGE="nl", TZ="UTC"
    )
    command = [sys.executable, "-m", "pausetimer"]
    run = {"env": env, "capture_output": True, "text": True, "timeout": 120}
    missing = subprocess.run([*command, "card", "--pdf", str(tmp_path / "k.pdf")], **run)
    assert missing.returncode == 1 and "Er loopt geen pauze" in missing.stderr
    started = subprocess.run([*command, "start", "--until", "23:59", "--no-app"], **run)
    assert started.returncode == 0, started.stderr
    made = subprocess.run([*command, "card", "--pdf", str(tmp_path / "k.pdf")], **run)
    assert made.returncode == 0, made.stderr
    assert "Er is niets verstuurd" in made.stdout
    text = pdf_text(tmp_path / "k.pdf")
    assert "Ik neem even pauze. Ik kom om 23:59 naar je toe." in text
    assert "Je hoeft niet bij de deur te wachten." in text


@needs_pdftotext
def test_letter_paper_where_the_region_uses_it_and_the_printer_path(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtPrintSupport import QPrinter

    dialog = open_card(ctx, qtbot)
    monkeypatch.setattr(card, "region", lambda: QLocale("en_US"))  # a US system
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    card.print_card(printer, dialog.canvas.content)
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "(letter)" in info
    assert "I'll come to you at 19:00." in pdf_text(tmp_path / "printed.pdf")


@needs_pdftotext
def test_a_very_long_name_and_place_still_fit_one_page(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    long_name = "W" * 40 + " " + "W" * 39
    ctx.settings.update(partner_name=long_name)
    pause, _ = ctx.service.start(ReturnSpec(after=timedelta(hours=30)), allow_long=True)
    content = card.card_content(
        pause.return_at, "on Sunday 22 November at 20:00", long_name, "M" * 200
    )
    assert len(content.where) < 100  # the place is cut to one line's worth
    card.write_pdf(tmp_path / "long.pdf", content)
    text = pdf_text(tmp_path / "long.pdf")  # one page, checked there
    assert "If this runs past a day, we talk." in text
    assert "Made with Pausetimer." in text


@needs_pdftotext
def test_save_and_print_through_their_dialogs(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file and print dialogs answered as a user would: a name; a printer that writes PDF."""
    from PySide6 import QtPrintSupport
    from PySide6.QtWidgets import QDialog, QFileDialog

    dialog = open_card(ctx, qtbot)
    chosen = tmp_path / "chosen.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(chosen), ""))
    )
    dialog.pdf_button.click()
    assert "at 19:00" in pdf_text(chosen)

    printed = tmp_path / "printed.pdf"

    class PrintToFile:
        def __init__(self, printer: QtPrintSupport.QPrinter, _parent: object) -> None:
            printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", PrintToFile)
    dialog.print_button.click()
    assert dialog.result_label.text() == "Sent to the printer."
    assert "For you, while you wait" in pdf_text(printed)


def test_the_cards_qr_code_holds_the_return_time(ctx: AppContext, qtbot: QtBot) -> None:
    from datetime import UTC

    import icalendar
    import zxingcpp
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    dialog = open_card(ctx, qtbot)
    image = QImage(1000, 1400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    card.paint_card(painter, QRectF(image.rect()), dialog.canvas.content)
    painter.end()
    [code] = zxingcpp.read_barcodes(image.convertToFormat(QImage.Format.Format_Grayscale8))
    event = icalendar.Event.from_ical(bytes(code.bytes).decode())
    pause = ctx.service.current()
    assert pause is not None
    assert event.decoded("dtstart") == pause.return_at.astimezone(UTC)
