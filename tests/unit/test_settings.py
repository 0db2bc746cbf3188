import json
import os
import stat
from datetime import UTC, datetime
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
        {"partner_sentence": "x" * 41},
        {"help_country": "y" * 41},
        {"away_after_minutes": 0},
    ],
)
def test_invalid_values_are_refused_with_the_field_named(changes: dict[str, object]) -> None:
    with pytest.raises(InputError) as raised:
        updated(Settings(), **changes)
    assert raised.value.params["field"] == next(iter(changes))


def test_an_unknown_sentence_or_country_from_a_newer_version_is_kept(tmp_path: Path) -> None:
    """Read as the default sentence and the general help lines, not a reason to drop the file."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"partner_sentence": "poem", "help_country": "ZZ"}))
    loaded = load_settings(path)
    assert loaded.moved_aside is None
    assert (loaded.settings.partner_sentence, loaded.settings.help_country) == ("poem", "ZZ")


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


# -- files that cannot be read at all: moved aside, defaults used, never a failed start ----------


def _assert_set_aside(path: Path, expected: bytes | None) -> Path:
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.moved_aside is not None and loaded.moved_aside.parent == path.parent
    assert not path.exists() and not path.is_symlink()
    if expected is not None:
        assert loaded.moved_aside.read_bytes() == expected
    return loaded.moved_aside


def test_invalid_utf8_is_kept_aside_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    latin1 = json.dumps({"partner_name": "Zoë"}, ensure_ascii=False).encode("latin-1")
    path.write_bytes(latin1)
    _assert_set_aside(path, latin1)


def test_json_nested_far_too_deep_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    deep = b"[" * 200_000 + b"]" * 200_000
    path.write_bytes(deep)
    _assert_set_aside(path, deep)


def test_a_folder_in_place_of_the_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()
    (path / "inside").write_text("kept")
    aside = _assert_set_aside(path, None)
    assert (aside / "inside").read_text() == "kept"


def test_a_fifo_does_not_hang_and_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    aside = _assert_set_aside(path, None)  # a blocking open would hang here for ever
    assert stat.S_ISFIFO(os.lstat(aside).st_mode)


def test_two_damaged_files_within_one_second_keep_both_copies(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    now = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)
    path.write_bytes(b"first")
    first = load_settings(path, now=now).moved_aside
    path.write_bytes(b"second")
    second = load_settings(path, now=now).moved_aside
    assert first is not None and second is not None and first != second
    assert first.read_bytes() == b"first" and second.read_bytes() == b"second"


def test_a_file_that_cannot_even_be_moved_still_gives_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff")

    def refuse(*_args: object, **_kwargs: object) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pausetimer.settings.move_aside", refuse)
    loaded = load_settings(path)
    assert loaded.settings == Settings() and loaded.moved_aside is None
    assert loaded.unreadable


def test_saving_goes_through_the_one_atomic_write_helper(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Path] = []
    import pausetimer.files

    real = pausetimer.files.atomic_write

    def spy(path: Path, data: bytes | str, **kwargs: int) -> None:
        written.append(path)
        real(path, data, **kwargs)

    monkeypatch.setattr("pausetimer.settings.atomic_write", spy)
    save_settings(tmp_path / "settings.json", Settings())
    assert written == [tmp_path / "settings.json"]
