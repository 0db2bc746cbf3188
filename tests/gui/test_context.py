from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.errors import InputError
from pausetimer.core.pause import ReturnSpec
from pausetimer.settings import load_settings


def test_pause_changes_reach_qt_listeners(ctx: AppContext, qtbot: QtBot) -> None:
    with qtbot.waitSignal(ctx.events.changed) as blocker:
        ctx.service.start(ReturnSpec(after=timedelta(hours=1)))
    assert blocker.args is not None and blocker.args[0].return_at is not None


def test_settings_update_saves_and_signals(ctx: AppContext, qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(ctx.settings.changed):
        ctx.settings.update(partner_name="Sam")
    assert load_settings(tmp_path / "settings.json").settings.partner_name == "Sam"
    with pytest.raises(InputError):
        ctx.settings.update(repeat_minutes=0)
    assert ctx.settings.get().repeat_minutes == 10
