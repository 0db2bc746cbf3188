"""The folders the app uses: found without Qt on Linux, and exactly where QStandardPaths finds
them (the GUI and the command line must agree on the socket, or commands miss the app)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pausetimer import paths

QT_ANSWER = """
import json, pathlib
from PySide6.QtCore import QCoreApplication, QStandardPaths as S
QCoreApplication.setApplicationName("pausetimer")
QCoreApplication.setOrganizationName("")
data = S.writableLocation(S.StandardLocation.AppDataLocation)
state = S.writableLocation(S.StandardLocation.StateLocation)
runtime = S.writableLocation(S.StandardLocation.RuntimeLocation)
print(json.dumps([str(pathlib.Path(data)), runtime, str(pathlib.Path(state))]))
"""
OUR_ANSWER = """
import json, sys
from pausetimer import paths
print(json.dumps([str(paths.data_dir(create=False)), paths._xdg_runtime_dir(),
                  str(paths.log_dir(create=False)),
                  any(name.startswith("PySide6") for name in sys.modules)]))
"""


def answer(code: str, root: Path, env: dict[str, str]) -> list[object]:
    """Run ``code`` in a fresh process with a home and temporary folder of its own."""
    (root / "home").mkdir(parents=True)
    (root / "tmp").mkdir()
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PAUSETIMER_"))}
    clean.update(HOME=str(root / "home"), TMPDIR=str(root / "tmp"))
    clean.update({key: value.replace("ROOT", str(root)) for key, value in env.items()})
    done = subprocess.run(
        [sys.executable, "-c", code], env=clean, capture_output=True, text=True, check=True
    )
    return [
        item.replace(str(root), "ROOT") if isinstance(item, str) else item
        for item in json.loads(done.stdout)
    ]


def private(folder: str, mode: int) -> dict[str, str]:
    return {"XDG_RUNTIME_DIR": f"ROOT/{folder}", "MAKE": f"{folder}:{mode:o}"}


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG rules are for Linux")
@pytest.mark.parametrize(
    "env",
    [
        {},
        {"XDG_DATA_HOME": "ROOT/xdg//data/"},
        {"XDG_DATA_HOME": "relative/data"},  # invalid by the XDG rules: ignored
        {"XDG_STATE_HOME": "ROOT/state"},
        {"XDG_STATE_HOME": "relative/state"},
        {"XDG_RUNTIME_DIR": "ROOT/run"},  # missing: created
        {"XDG_RUNTIME_DIR": "/proc/cannot-be-created"},
        private("mine", 0o700),
        private("shared", 0o755),  # not private: Qt falls back to its own folder
    ],
)
def test_folders_are_where_qt_finds_them(tmp_path: Path, env: dict[str, str]) -> None:
    answers = []
    for side, code in (("qt", QT_ANSWER), ("ours", OUR_ANSWER)):
        root = tmp_path / side
        root.mkdir()
        if "MAKE" in env:
            name, mode = env["MAKE"].split(":")
            (root / name).mkdir(mode=int(mode, 8))
            os.chmod(root / name, int(mode, 8))
        answers.append(answer(code, root, {k: v for k, v in env.items() if k != "MAKE"}))
    qt, ours = answers
    assert ours[:3] == qt
    assert ours[3] is False  # and no Qt was loaded to find them


def test_data_dir_override_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAUSETIMER_DATA_DIR", str(tmp_path / "mine"))
    assert paths.data_dir() == tmp_path / "mine"
    assert (tmp_path / "mine").stat().st_mode & 0o777 == 0o700


def test_runtime_folder_rules_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    mine = tmp_path / "mine"
    mine.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(mine))
    assert paths._xdg_runtime_dir() == str(mine)
    os.chmod(mine, 0o755)  # not private: the fallback under TMPDIR, created private
    fallback = paths._xdg_runtime_dir()
    assert fallback.startswith(str(tmp_path / "tmp" / "runtime-"))
    assert Path(fallback).stat().st_mode & 0o777 == 0o700
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "file"))  # not a folder
    assert paths._xdg_runtime_dir() == fallback
    monkeypatch.setenv("TMPDIR", str(tmp_path / "file"))  # nothing usable at all
    assert paths._xdg_runtime_dir() == ""
    monkeypatch.setenv("PAUSETIMER_DATA_DIR", str(tmp_path / "data"))
    assert paths.instance_socket_path().parent == tmp_path / "data"


def test_data_home_rules_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAUSETIMER_DATA_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative")
    assert paths.data_dir(create=False) == tmp_path / ".local" / "share" / "pausetimer"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir(create=False) == tmp_path / "xdg" / "pausetimer"
