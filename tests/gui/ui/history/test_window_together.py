"""The history window's "Delete all…" wipes the whole history, the moments together that have
passed too, and says so before; the moments still ahead are plans and stay."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pausetimer.context import AppContext
from pausetimer.store import Store
from pausetimer.ui.history import HistoryWindow
from tests.gui.ui.history.test_window import listed
from tests.helpers.clock import FakeClock


def raw_bytes(store: Store) -> bytes:
    wal = store.path.with_name(store.path.name + "-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_delete_all_takes_the_past_moments_and_names_them(
    window: HistoryWindow,
    ids: dict[str, int],
    ctx: AppContext,
    clock: FakeClock,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    together = ctx.service.together
    together.plan(clock.now() + timedelta(hours=1), "SECRET-river-walk-heron")
    together.plan(clock.now() + timedelta(hours=2), "dinner")
    ahead = together.plan(clock.now() + timedelta(days=5), "cinema")
    clock.advance(timedelta(hours=3))  # two of them have come
    store.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert b"SECRET-river-walk-heron" in raw_bytes(store)
    questions: list[str] = []
    answer = False

    def ask(title: str, text: str, action: str) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(window, "ask", ask)
    window.delete_all_button.click()
    assert "2 moment" in questions[0]
    assert "moments still ahead stay" in questions[0]
    assert len(together.all()) == 3  # asked, not yet answered yes: nothing went
    answer = True
    window.delete_all_button.click()
    assert listed(window) == []
    assert together.all() == [ahead]
    assert ctx.service.wait_scrubbed(5.0)
    assert b"SECRET-river-walk-heron" not in raw_bytes(store)


def test_without_past_moments_the_question_speaks_of_pauses_only(
    window: HistoryWindow, ids: dict[str, int], ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []
    monkeypatch.setattr(window, "ask", lambda title, text, action: questions.append(text))
    window.delete_all_button.click()
    assert "All 4 pause" in questions[0] and "moment" not in questions[0]
