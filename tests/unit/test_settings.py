import json
import os
import stat
from pathlib import Path

import pytest

from pausetimer.core.errors import InputError
from pausetimer.settings import Settings, load_settings, save_settings, updated


def test_defaults_when_no_file(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "settings.json")
    assert loaded.settings == Settings() and loaded.moved_aside is None


def test_round_trip_is_private_and_atomic(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = updated(Settings(), partner_name="Sam", tonight_time="20:30")
    save_settings(path, settings)
    assert load_settings(path).settings == settings
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


@pytest.mark.parametrize(
    "changes",
    [
        {"tonight_time": "25:00"},
        {"repeat_minutes": 0},
        {"language": "fr"},
        {"heads_up_minutes": -1},
    ],
)
def test_invalid_values_are_refused_with_the_field_named(changes: dict[str, object]) -> None:
    with pytest.raises(InputError) as raised:
        updated(Settings(), **changes)
    assert raised.value.params["field"] == next(iter(changes))


def test_a_corrupt_file_is_kept_aside_and_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.moved_aside is not None and loaded.moved_aside.read_text() == "{not json"


def test_wrong_types_count_as_corrupt_and_unknown_keys_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"repeat_minutes": "10"}))
    assert load_settings(path).moved_aside is not None
    path.write_text(json.dumps({"repeat_minutes": 15, "from_the_future": 1}))
    assert load_settings(path).settings.repeat_minutes == 15
