"""Deleting a moment together from the main window's list: by button or the Delete key, after a
question that names the moment by its day and time; past moments too, when shown."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.ui.together_list import TogetherList
from tests.helpers.clock import FakeClock


@pytest.fixture
def together(ctx: AppContext, qtbot: QtBot) -> TogetherList:
    made = TogetherList(ctx)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def answer_the_question(qtbot: QtBot, seen: list[str], choice: str) -> None:
    """Soon, in the question box: note its words, then choose ``choice`` ("Keep" by Escape,
    "Delete" by clicking the button)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}")
        if choice == "Keep":
            qtbot.keyClick(box, Qt.Key.Key_Escape)
            return
        [delete] = [b for b in box.findChildren(QPushButton) if b.text() == "Delete"]
        delete.click()

    QTimer.singleShot(50, answer)


def test_the_delete_key_asks_naming_the_moment_and_keep_keeps_it(
    together: TogetherList, ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    changes: list[Change] = []
    ctx.service.listeners.append(changes.append)
    soon = ctx.service.together.plan(clock.now() + timedelta(hours=5), "walk by the river")
    later = ctx.service.together.plan(clock.now() + timedelta(days=40), "")
    together.list.setFocus()
    qtbot.keyClick(together.list, Qt.Key.Key_Home)
    seen: list[str] = []
    answer_the_question(qtbot, seen, "Keep")
    qtbot.keyClick(together.list, Qt.Key.Key_Delete)
    assert seen == [
        "Delete this moment together?|"
        "Delete the moment together on Saturday 21 November 2026 at 19:00?|"
        "“walk by the river”\n\nIt is deleted for good, with its words. This cannot be undone."
        " Its reminder will not come."
    ]
    assert ctx.service.together.all() == [soon, later]  # Escape kept it

    answer_the_question(qtbot, seen, "Delete")
    qtbot.keyClick(together.list, Qt.Key.Key_Delete)
    assert "on Saturday 21 November 2026 at 19:00?" in seen[1]
    assert ctx.service.together.all() == [later]
    assert [(c.kinds, c.source) for c in changes[-1:]] == [
        (frozenset({ChangeKind.TOGETHER}), Source.WINDOW)
    ]
    # The list followed; the next moment is chosen, with the year, as it is months away.
    assert together.list.count() == 1 and together.selected() == later
    assert together.focusWidget() is together.list  # the keyboard stays on the list
    answer_the_question(qtbot, seen, "Delete")
    together.delete_button.click()
    assert "on Thursday 31 December 2026 at 14:00?" in seen[2]
    assert ctx.service.together.all() == []
    assert not together.delete_button.isEnabled()


def test_past_moments_can_be_shown_and_deleted_one_by_one(
    together: TogetherList, ctx: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(together, "ask", lambda question, detail: not asked.append(detail))
    past = ctx.service.together.plan(clock.now() + timedelta(hours=1), "dinner")
    ahead = ctx.service.together.plan(clock.now() + timedelta(days=2), "cinema")
    clock.advance(timedelta(hours=2))
    together.reload()
    assert together.list.count() == 1  # only what is ahead, at first
    together.past_box.setChecked(True)
    assert together.list.count() == 2
    together.list.setCurrentRow(0)
    assert together.selected() == past
    assert together.delete_button.isEnabled() and not together.phone_button.isEnabled()
    together.delete_button.click()
    assert "reminder" not in asked[0]  # it came already: no reminder to speak of
    assert ctx.service.together.all() == [ahead]
    assert together.list.count() == 1


def test_every_control_has_a_name_and_a_key_in_the_order_they_stand(
    together: TogetherList, ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    ctx.service.together.plan(clock.now() + timedelta(hours=5), "tea")
    for control in (together.delete_button, together.phone_button, together.past_box):
        assert control.accessibleName()
        assert "&" in control.text()
    assert together.list.accessibleName() == "Planned moments together"
    together.activateWindow()
    qtbot.waitUntil(together.isActiveWindow)
    together.list.setFocus()
    order = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        together.plan_button,
        together.past_box,
        together.phone_button,
        together.delete_button,
        together.list,
    ]


def test_the_question_speaks_dutch(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pausetimer.services.i18n import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.apply("nl")
    try:
        together = TogetherList(ctx)
        qtbot.addWidget(together)
        asked: list[tuple[str, str]] = []
        monkeypatch.setattr(together, "ask", lambda *words: asked.append(words))
        ctx.service.together.plan(clock.now() + timedelta(hours=5), "")
        together.delete_selected()
        assert asked == [
            (
                "Het moment samen op zaterdag 21 november 2026 om 19:00 verwijderen?",
                "Het wordt voorgoed verwijderd, met de woorden erbij. Dit kan niet ongedaan"
                " worden gemaakt. De herinnering komt dan niet.",
            )
        ]
        assert together.past_box.text() == "Ook voo&rbije tonen"
        assert len(ctx.service.together.all()) == 1  # not answered yes: kept
    finally:
        translations.apply("en")
        qtbot.wait(1)
