from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pausetimer import context
from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.errors import InputError
from pausetimer.core.pause import ReturnSpec
from pausetimer.settings import Settings, load_settings


def test_pause_changes_reach_qt_listeners(ctx: AppContext, qtbot: QtBot) -> None:
    with qtbot.waitSignal(ctx.events.changed) as blocker:
        ctx.service.start(ReturnSpec(after=timedelta(hours=1)), source=Source.COMMAND_LINE)
    assert blocker.args is not None
    change = blocker.args[0]
    assert isinstance(change, Change) and ChangeKind.ACTIVE_PAUSE in change
    assert change.source is Source.COMMAND_LINE
    assert change.active is not None and change.active.return_at is not None


def test_settings_update_signals_at_once_and_saves(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    with qtbot.waitSignal(ctx.events.changed) as blocker:
        ctx.settings.update(partner_name="Sam")
    assert blocker.args is not None
    assert blocker.args[0] == Change.of(ChangeKind.SETTINGS, source=Source.WINDOW)
    assert ctx.settings.get().partner_name == "Sam"
    saved = tmp_path / "settings.json"
    assert not saved.exists()  # written a moment later
    qtbot.waitUntil(lambda: load_settings(saved).settings.partner_name == "Sam")
    with pytest.raises(InputError):
        ctx.settings.update(repeat_minutes=0)
    assert ctx.settings.get().repeat_minutes == 10


def test_a_burst_of_settings_changes_is_one_write(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Settings] = []
    real_save = context.save_settings

    def counting_save(path: Path, settings: Settings) -> None:
        written.append(settings)
        real_save(path, settings)

    monkeypatch.setattr(context, "save_settings", counting_save)
    seen: list[Change] = []
    ctx.events.changed.connect(seen.append)
    for typed in ("S", "Sa", "Sam"):  # typing a name, one keystroke at a time
        ctx.settings.update(partner_name=typed)
    ctx.settings.update(partner_name="Sam")  # no change: nothing to announce
    assert len(seen) == 3 and written == []
    qtbot.waitUntil(lambda: written != [])
    qtbot.wait(2 * context.SETTINGS_SAVE_DELAY_MS)  # and no second write follows
    assert [settings.partner_name for settings in written] == ["Sam"]
    assert load_settings(tmp_path / "settings.json").settings.partner_name == "Sam"


def test_flush_writes_a_waiting_change_now(ctx: AppContext, tmp_path: Path) -> None:
    ctx.settings.update(heads_up_minutes=0, source=Source.SYSTEM)
    assert not (tmp_path / "settings.json").exists()
    ctx.settings.flush()
    assert load_settings(tmp_path / "settings.json").settings.heads_up_minutes == 0


def test_a_settings_file_that_cannot_be_written_keeps_the_change_waiting(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(path: Path, settings: Settings) -> None:
        raise OSError(28, "No space left on device")

    real_save = context.save_settings
    monkeypatch.setattr(context, "save_settings", full_disk)
    ctx.settings.update(sound=True)
    ctx.settings.flush()
    assert ctx.settings.get().sound  # in force for this session
    monkeypatch.setattr(context, "save_settings", real_save)  # space again
    ctx.settings.flush()
    assert load_settings(tmp_path / "settings.json").settings.sound
