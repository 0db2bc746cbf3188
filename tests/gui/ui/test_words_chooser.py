"""Words to choose in the partner-sentence dialog: the choices, the name and the time filled in,
the choice remembered, the text editable and copied as edited; Dutch too."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.ui.partner_dialog import PartnerSentenceDialog


def dialog_for(ctx: AppContext, qtbot: QtBot) -> PartnerSentenceDialog:
    pause = ctx.service.current()
    if pause is None:
        pause, _ = ctx.service.start(ReturnSpec(after=timedelta(hours=5)))
    dialog = PartnerSentenceDialog(ctx, pause)
    qtbot.addWidget(dialog)
    return dialog


def choose(dialog: PartnerSentenceDialog, key: str) -> None:
    box = dialog.words.choice_box
    index = box.findData(key)
    box.setCurrentIndex(index)
    box.activated.emit(index)  # as a user's choice does


def test_four_or_more_choices_each_with_name_and_time(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.update(partner_name="Sam")
    dialog = dialog_for(ctx, qtbot)
    box = dialog.words.choice_box
    assert box.count() >= 4
    seen = set()
    for index in range(box.count()):
        choose(dialog, box.itemData(index))
        assert dialog.sentence.startswith("Sam, ")
        assert "at 19:00" in dialog.sentence
        seen.add(dialog.sentence)
    assert len(seen) == box.count()
    choose(dialog, "pattern")
    assert "I pull back when it gets intense" in dialog.sentence
    choose(dialog, "not_about_you")
    assert "not about you" in dialog.sentence


def test_without_a_name_the_sentence_starts_plainly(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = dialog_for(ctx, qtbot)
    choose(dialog, "short")
    assert dialog.sentence == "I'm taking a pause. I'll come to you at 19:00."


def test_the_last_choice_is_remembered(ctx: AppContext, qtbot: QtBot) -> None:
    first = dialog_for(ctx, qtbot)
    choose(first, "tonight")
    assert ctx.settings.get().partner_sentence == "tonight"
    second = dialog_for(ctx, qtbot)
    assert second.words.choice_box.currentData() == "tonight"
    assert "continue tonight" in second.sentence


def test_an_unknown_remembered_choice_gives_the_default(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.update(partner_sentence="from-a-newer-version")
    dialog = dialog_for(ctx, qtbot)
    assert dialog.words.choice_box.currentIndex() == 0


def test_the_text_is_editable_and_copied_as_edited(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = dialog_for(ctx, qtbot)
    editor = dialog.words.text_edit
    assert not editor.isReadOnly()
    editor.setPlainText("")
    qtbot.keyClicks(editor, "Back at seven, love.")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Back at seven, love."
    assert "Copied" in dialog.words.copied_label.text()
    choose(dialog, "short")  # a new choice replaces the edit and the note
    assert dialog.words.copied_label.text() == ""


@pytest.mark.usefixtures("dutch")
def test_the_choices_in_dutch(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.update(partner_name="Sam")
    dialog = dialog_for(ctx, qtbot)
    labels = [dialog.words.choice_box.itemText(i) for i in range(dialog.words.choice_box.count())]
    assert "Het patroon benoemen" in labels and "Tot vanavond" in labels
    choose(dialog, "not_about_you")
    assert dialog.sentence.startswith("Sam, dit ligt niet aan jou")
    assert "om 19:00" in dialog.sentence


def test_the_tab_order_follows_the_reading_order(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = dialog_for(ctx, qtbot)
    words = dialog.words
    expected = [
        words.text_edit,
        dialog.copy_button,
        dialog.phone_button,
        dialog.card_button,
        dialog.announced_box,
        dialog.calm_scale,
        dialog.done_button,
    ]
    widget = words.choice_box
    for following in expected:
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        assert widget is following
