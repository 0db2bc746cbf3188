"""A live language switch reaches every open window, including texts that come from the guidance
content rather than Qt's translations (the breathing pattern names)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.services.i18n import Translations
from pausetimer.ui.windows import Windows


@pytest.fixture
def switching(ctx: AppContext, qapp: QApplication) -> Iterator[Windows]:
    """Windows wired as the app wires them: the translators switch first, then the windows hear
    the change."""
    translations = Translations(qapp)

    def apply(change: Change) -> None:
        if ChangeKind.SETTINGS in change:
            translations.apply(ctx.settings.get().language)

    ctx.settings.update(language="nl")
    translations.apply("nl")
    ctx.events.changed.connect(apply)
    windows = Windows(ctx)
    yield windows
    ctx.events.changed.disconnect(apply)
    translations.apply("en")


def _switch(ctx: AppContext, qtbot: QtBot, language: str) -> None:
    ctx.settings.update(language=language)
    qtbot.wait(10)  # the LanguageChange events are posted
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_settings_pattern_names_follow_the_switch(
    switching: Windows, ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = switching.settings()
    qtbot.addWidget(dialog)
    names = lambda: [dialog.pattern.itemText(i) for i in range(dialog.pattern.count())]  # noqa: E731
    assert "Zuchtend ademen" in names()
    _switch(ctx, qtbot, "en")
    assert dialog.windowTitle() == "Settings"
    assert "Zuchtend ademen" not in names()
    assert "Cyclic sighing" in names()


def test_open_guidance_and_history_follow_the_switch_in_place(
    switching: Windows, ctx: AppContext, qtbot: QtBot
) -> None:
    guidance = switching.guidance("body_scan")
    history = switching.history()
    assert guidance.tabs.tabText(1) == "Ademen"  # 0: the page for the one who waits
    assert guidance.tabs.tabText(4) == "Vroege signalen"
    dutch_history_title = history.windowTitle()
    guidance.move(40, 50)
    _switch(ctx, qtbot, "en")
    new_guidance = switching.guidance()
    new_history = switching.history()
    qtbot.addWidget(new_guidance)
    qtbot.addWidget(new_history)
    assert new_guidance.isVisible() and new_history.isVisible()
    assert new_guidance.tabs.tabText(1) == "Breathe"
    assert new_guidance.tabs.tabText(new_guidance.tabs.count() - 1) == "Safety"
    assert new_guidance.tabs.tabText(4) == "Early signals"
    assert new_guidance.current_section() == "body_scan"  # the user's place is kept
    assert new_history.windowTitle() != dutch_history_title


def test_the_moments_together_follow_the_switch(
    ctx: AppContext, switching: Windows, qtbot: QtBot
) -> None:
    from datetime import timedelta

    from pausetimer.ui.together_list import TogetherList

    ctx.service.together.plan(ctx.clock.now() + timedelta(days=1), "")
    together = TogetherList(ctx)
    qtbot.addWidget(together)
    together.show()
    assert together.title() == "Samen tijd"
    assert together.list.item(0).text().startswith("morgen om")
    _switch(ctx, qtbot, "en")
    qtbot.waitUntil(lambda: together.title() == "Time together")
    assert together.delete_button.text() == "&Delete"
    assert together.list.item(0).text().startswith("tomorrow at")


def test_the_waiting_side_speaks_dutch_and_follows_the_switch(
    switching: Windows, ctx: AppContext, qtbot: QtBot
) -> None:
    from datetime import timedelta

    from pausetimer.core.pause import ReturnSpec, Side

    ctx.service.start(ReturnSpec(after=timedelta(hours=1)), side=Side.WAITING)
    guidance = switching.guidance()
    assert guidance.current_section() == "waiting"
    assert guidance.tabs.tabText(0) == "Terwijl je wacht"
    switching.show_reminder(False)
    note = switching.waiting_reminder()
    assert note.sentence.text() == "“Ik mis je. Zullen we even samen gaan zitten?”"
    assert note.back_button.text() == "Mijn partner is &terug"
    assert note.more_button.text() == "10 minuten &meer"
    _switch(ctx, qtbot, "en")
    assert note.sentence.text() == "“I miss you. Shall we sit together for a bit?”"
    assert note.more_button.text() == "10 more &minutes"
    assert switching.guidance().tabs.tabText(0) == "While you wait"
    note.hide()
