"""Fixtures shared by every layer of the suite: a fake clock, a data folder, a real store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pausetimer.service import PauseService
from pausetimer.store import Store, open_store
from tests.helpers.clock import FakeClock

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# A Saturday afternoon in Amsterdam: 14:00 local, 13:00 UTC.
T0 = datetime(2026, 11, 21, 14, 0, tzinfo=AMSTERDAM)


@pytest.fixture(autouse=True)
def _never_the_users_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test reads or writes the real user's data: a test that runs the command line without
    asking for ``data_dir`` once opened the home folder's database, which a later schema step
    then met as a stranger. Tests that need the folder take ``data_dir``, which overrides this."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PAUSETIMER_DATA_DIR", str(tmp_path_factory.mktemp("no-user-data")))
        yield


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0, zone=AMSTERDAM)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder that the app's path module points at."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PAUSETIMER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "pausetimer.db")
    yield opened
    opened.close()


@pytest.fixture
def service(store: Store, clock: FakeClock) -> PauseService:
    return PauseService(store, clock)
