"""Start-up when the database cannot be used right now, or was damaged (issue 12)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from pausetimer.app import PausetimerApp
from pausetimer.store import open_store
from tests.gui.test_app import Built, make_app
from tests.helpers.clock import FakeClock


def test_a_database_of_another_account_is_shown_in_a_window_and_left_alone(
    qapp: QApplication, data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "pausetimer.db"
    open_store(path).close()
    try:
        os.chown(path, os.geteuid() + 1 if os.geteuid() else 65534, -1)
    except PermissionError:
        pytest.skip("only root can give a file to another account")
    before = sorted(data_dir.iterdir())
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        PausetimerApp, "show_fatal", lambda self, title, text: told.append((title, text))
    )
    app = make_app(qapp, clock, Built())
    try:
        assert app.start() == 1
    finally:
        app.shutdown()
    assert len(told) == 1
    title, text = told[0]
    assert "cannot open" in title
    assert "another user account" in text and str(path) in text
    assert sorted(p for p in data_dir.iterdir() if p.name != "instance.lock") == [
        p for p in before if p.name != "instance.lock"
    ]


def test_a_salvaged_history_says_how_many_pauses_came_back(
    qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    from tests.unit.test_store_faults import damage_one_page_in_the_middle, fill_history

    data_dir.mkdir(parents=True)
    path = data_dir / "pausetimer.db"
    fill_history(path, clock, 60, note="a note of some length " * 40)
    damage_one_page_in_the_middle(path)
    app = make_app(qapp, clock, Built())
    try:
        assert app.start() is None
        assert app.store is not None and app.store.recovery is not None
        salvaged = app.store.recovery.salvaged
        texts = " ".join(box.text() for box in app.notices)
        assert f"{salvaged} pauses could be read" in texts
        assert str(app.store.recovery.moved_to) in texts
    finally:
        for box in app.notices:
            box.close()
        app.shutdown()
