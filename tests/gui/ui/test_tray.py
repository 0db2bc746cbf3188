from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
import shiboken6
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.ui.partner_dialog import PartnerSentenceDialog
from pausetimer.ui.pause_view import ViewState
from pausetimer.ui.tray import Tray
from tests.conftest import AMSTERDAM
from tests.helpers.clock import FakeClock


@pytest.fixture
def make_tray(ctx: AppContext, qtbot: QtBot) -> Iterator[Callable[[], Tray]]:
    """Trays that are deleted with their test: a tray kept alive by its connections would go on
    refreshing from the closed test database when its minute timer fires in a later test."""
    made: list[Tray] = []

    def make() -> Tray:
        made.append(Tray(ctx))
        return made[-1]

    yield make
    for created in made:
        shiboken6.delete(created)


@pytest.fixture
def tray(make_tray: Callable[[], Tray]) -> Tray:
    created = make_tray()
    created.pause_actions.show_messages = False
    return created


def quick(tray: Tray, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in tray.quick_actions if text in a.text().replace("&", ""))


@pytest.mark.parametrize(
    ("label", "length"),
    [
        ("20 minutes", timedelta(minutes=20)),
        ("1 hour", timedelta(hours=1)),
        ("2 hours", timedelta(hours=2)),
    ],
)
def test_quick_choice_starts_pause_with_its_length(
    tray: Tray, ctx: AppContext, clock: FakeClock, label: str, length: timedelta
) -> None:
    quick(tray, label).trigger()
    pause = ctx.service.current()
    assert pause is not None
    assert pause.return_at - pause.started_at == length
    assert isinstance(tray.pause_actions.dialog, PartnerSentenceDialog)


def test_tonight_before_seven_is_today(tray: Tray, ctx: AppContext) -> None:
    action = quick(tray, "Until tonight")
    assert "19:00" in action.text()
    action.trigger()
    pause = ctx.service.current()
    assert pause is not None
    assert pause.return_at == datetime(2026, 11, 21, 19, 0, tzinfo=AMSTERDAM)


def test_tonight_after_seven_is_tomorrow(
    ctx: AppContext, clock: FakeClock, make_tray: Callable[[], Tray]
) -> None:
    clock.set(datetime(2026, 11, 21, 21, 30, tzinfo=AMSTERDAM))
    tray = make_tray()
    action = quick(tray, "Until tomorrow")
    assert "19:00" in action.text()
    action.trigger()
    pause = ctx.service.current()
    assert pause is not None
    assert pause.return_at == datetime(2026, 11, 22, 19, 0, tzinfo=AMSTERDAM)


def test_tonight_follows_the_setting(tray: Tray, ctx: AppContext) -> None:
    ctx.settings.update(tonight_time="20:30")
    quick(tray, "Until tonight (20:30)").trigger()
    pause = ctx.service.current()
    assert pause is not None
    assert pause.return_at == datetime(2026, 11, 21, 20, 30, tzinfo=AMSTERDAM)


def test_menu_while_running_offers_back_and_extend_not_start(tray: Tray, ctx: AppContext) -> None:
    assert not tray.back_action.isVisible() and not tray.info_action.isVisible()
    assert tray.start_menu.isEnabled()
    ctx.service.start(ReturnSpec(after=timedelta(minutes=45)))
    assert tray.back_action.isVisible() and tray.extend_action.isVisible()
    assert not tray.start_menu.isEnabled()
    assert all(not action.isEnabled() for action in tray.quick_actions)
    assert "45 minutes left" in tray.info_action.text()
    assert "14:45" in tray.tray_icon.toolTip()


def test_im_back_ends_the_pause(tray: Tray, ctx: AppContext) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(hours=1)))
    tray.back_action.trigger()
    assert ctx.service.current() is None
    assert ctx.service.history()[0].ended_at is not None
    assert not tray.back_action.isVisible()


def test_text_and_icon_follow_the_clock(tray: Tray, ctx: AppContext, clock: FakeClock) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(hours=30)), allow_long=True)
    running_icon = tray.tray_icon.icon().pixmap(22, 22).toImage()
    assert tray.view.state is ViewState.RUNNING
    assert "1 day 6 hours left" in tray.tray_icon.toolTip()

    clock.advance(timedelta(minutes=10))
    tray.refresh()
    assert "1 day 5 hours 50 minutes left" not in tray.tray_icon.toolTip()  # days hide minutes
    assert "1 day 5 hours left" in tray.tray_icon.toolTip()
    ring_icon = tray.tray_icon.icon().pixmap(22, 22).toImage()

    clock.advance(timedelta(hours=24))
    tray.refresh()
    assert tray.view.state is ViewState.LONG
    assert "more than a day" in tray.info_action.text()
    long_icon = tray.tray_icon.icon().pixmap(22, 22).toImage()

    clock.advance(timedelta(hours=6, minutes=3))
    tray.refresh()
    assert tray.view.state is ViewState.DUE
    assert "Time to go back" in tray.tray_icon.toolTip()
    assert "3 minutes ago" in tray.tray_icon.toolTip()
    due_icon = tray.tray_icon.icon().pixmap(22, 22).toImage()

    assert len({bytes(img.constBits()) for img in (running_icon, long_icon, due_icon)}) == 3
    assert ring_icon.size() == running_icon.size()


def test_timer_only_while_a_pause_is_active(tray: Tray, ctx: AppContext, clock: FakeClock) -> None:
    assert not tray.timer_active
    clock.advance(timedelta(seconds=20))
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    assert tray.timer_active
    ctx.service.end()
    assert not tray.timer_active


def test_signal_actions(tray: Tray, qtbot: QtBot) -> None:
    pairs = [
        (tray.guidance_action, tray.guidanceRequested),
        (tray.history_action, tray.historyRequested),
        (tray.settings_action, tray.settingsRequested),
        (tray.open_action, tray.showWindowRequested),
        (tray.quit_action, tray.quitRequested),
    ]
    for action, signal in pairs:
        with qtbot.waitSignal(signal, timeout=1000):
            action.trigger()


def test_offscreen_reports_no_tray(tray: Tray) -> None:
    assert tray.available() is False


def test_a_renewed_icon_keeps_menu_tooltip_picture_and_clicks(
    tray: Tray, ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=45)))
    old = tray.tray_icon
    tray.show()

    with qtbot.waitSignal(old.destroyed, timeout=1000):
        tray.renew_icon()  # a tray came after the icon was made (see TrayWatcher)

    new = tray.tray_icon
    assert new.contextMenu() is tray.menu
    assert "45 min" in new.toolTip()
    assert not new.icon().isNull()
    assert new.isVisible()  # it was shown, so the new one is too
    with qtbot.waitSignal(tray.showWindowRequested, timeout=1000):
        new.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    # It follows pause changes like the first one did.
    ctx.service.end()
    assert "45 min" not in new.toolTip()


def _menu_letters(menu) -> list[str]:  # type: ignore[no-untyped-def]
    """The letter of each visible item of a menu (``&&`` is a plain ampersand)."""
    letters = []
    for action in menu.actions():
        text = action.text().replace("&&", "")
        if action.isVisible() and "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    return letters


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_two_items_of_a_menu_share_a_letter(
    language: str, make_tray: Callable[[], Tray], ctx: AppContext, request: pytest.FixtureRequest
) -> None:
    if language == "nl":
        request.getfixturevalue("dutch")
    tray = make_tray()
    menus = [tray.menu, tray.start_menu, tray.waiting_menu.menu]
    for state in ("idle", "pausing"):
        if state == "pausing":
            ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
        for menu in menus:
            letters = _menu_letters(menu)
            assert len(letters) >= 3, (state, menu.title())  # the check sees the items
            assert sorted(letters) == sorted(set(letters)), (state, menu.title(), letters)
