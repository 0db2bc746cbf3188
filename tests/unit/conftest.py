"""The unit tests run without a desktop: `pausetimer start` must not start a real tray app here."""

from __future__ import annotations

from pathlib import Path

import pytest

from pausetimer.cli import main
from tests.helpers.cli import Cli, Result
from tests.helpers.clock import FakeClock


@pytest.fixture(autouse=True)
def no_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("LANGUAGE", "en")  # the sentences most tests compare are the English ones


@pytest.fixture
def cli(data_dir: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> Cli:
    """``pausetimer`` with the test's clock and data folder, in this process."""

    def run(*argv: str) -> Result:
        code = main(list(argv), clock=clock)
        out, err = capsys.readouterr()
        return code, out, err

    return run
