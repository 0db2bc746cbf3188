"""``pausetimer autostart on|off|status`` writes and removes the real XDG autostart entry."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pausetimer import DESKTOP_ID
from pausetimer.cli import main


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG entry is Linux's")
def test_autostart_round_trip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / f"{DESKTOP_ID}.desktop"
    assert main(["autostart", "status"]) == 0 and capsys.readouterr().out.startswith("off:")
    assert main(["autostart", "on"]) == 0
    assert entry.is_file() and "Exec=" in entry.read_text()
    capsys.readouterr()
    assert main(["autostart", "status"]) == 0 and capsys.readouterr().out.startswith("on:")
    assert main(["autostart", "off"]) == 0 and not entry.exists()
    assert main(["autostart", "maybe"]) == 2
