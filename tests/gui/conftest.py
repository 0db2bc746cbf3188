"""pytest-qt tests run on the offscreen platform: real widgets, no display needed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NO_AT_BRIDGE", "1")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from pausetimer.context import AppContext  # noqa: E402
from pausetimer.core.clock import FakeClock  # noqa: E402
from pausetimer.service import PauseService  # noqa: E402
from pausetimer.settings import Settings  # noqa: E402


@pytest.fixture
def ctx(service: PauseService, tmp_path: Path, qapp: object) -> Iterator[AppContext]:
    """An app context over a real store in a temporary folder and a fake clock."""
    context = AppContext.build(service, Settings(), tmp_path / "settings.json")
    yield context


@pytest.fixture
def fake_clock(clock: FakeClock) -> FakeClock:
    return clock
