from datetime import timedelta
from pathlib import Path

import pytest

from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.errors import InputError, StateError
from pausetimer.core.pause import PauseState, ReturnSpec
from pausetimer.nudge_seen import seen_at
from pausetimer.service import PauseService
from pausetimer.store import Store, open_store
from tests.helpers.clock import FakeClock


def test_start_extend_end_through_the_service(service: PauseService, clock: FakeClock) -> None:
    seen: list[Change] = []
    service.listeners.append(seen.append)
    pause, _ = service.start(ReturnSpec(after=timedelta(minutes=45)), announced=True)
    assert service.status().state is PauseState.RUNNING
    clock.advance(timedelta(minutes=50))
    assert service.status().state is PauseState.DUE
    service.extend(timedelta(minutes=10))
    ended = service.end(note="back", return_note="hugged")
    assert ended.ended_at == clock.now() and ended.return_note == "hugged"
    assert service.status().state is PauseState.IDLE
    assert [c.active.id if c.active else None for c in seen] == [pause.id, pause.id, None]
    assert all(c.kinds == {ChangeKind.ACTIVE_PAUSE, ChangeKind.HISTORY} for c in seen)
    assert {c.pause_id for c in seen} == {pause.id}
    assert {c.source for c in seen} == {Source.WINDOW}


def test_a_refused_request_changes_nothing(service: PauseService) -> None:
    service.start(ReturnSpec(after=timedelta(hours=1)))
    before = service.history()
    with pytest.raises(StateError):
        service.start(ReturnSpec(after=timedelta(hours=1)))
    with pytest.raises(InputError):
        service.extend(timedelta(days=8))
    assert service.history() == before


def test_end_without_a_pause_is_refused(service: PauseService) -> None:
    with pytest.raises(StateError):
        service.end()


def test_announced_can_be_marked_after_the_start(service: PauseService) -> None:
    assert service.set_announced(True) is None
    service.start(ReturnSpec(after=timedelta(hours=1)))
    updated = service.set_announced(True)
    assert updated is not None and updated.announced


def _ended_pause(service: PauseService, clock: FakeClock) -> int:
    pause, _ = service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=30))
    service.end()
    assert pause.id is not None
    return pause.id


def test_every_write_says_what_changed_and_who_asked(
    service: PauseService, clock: FakeClock
) -> None:
    pause_id = _ended_pause(service, clock)
    seen: list[Change] = []
    service.listeners.append(seen.append)

    service.set_return_note(pause_id, "we hugged", source=Source.REMINDER)
    service.update_note(pause_id, "tired after work")
    service.save_reflections(pause_id, {"before": "the dishes"})
    service.save_reflections(pause_id, {})  # nothing to save: nothing to tell
    service.delete_pause(pause_id, source=Source.COMMAND_LINE)
    service.delete_all(source=Source.COMMAND_LINE)

    assert [(c.kinds, c.source, c.pause_id) for c in seen] == [
        ({ChangeKind.HISTORY}, Source.REMINDER, pause_id),
        ({ChangeKind.HISTORY}, Source.WINDOW, pause_id),
        ({ChangeKind.REFLECTION}, Source.WINDOW, pause_id),
        ({ChangeKind.HISTORY, ChangeKind.REFLECTION}, Source.COMMAND_LINE, pause_id),
        # The whole history: the moments together that have passed go too.
        (
            {ChangeKind.HISTORY, ChangeKind.REFLECTION, ChangeKind.TOGETHER},
            Source.COMMAND_LINE,
            None,
        ),
    ]
    assert not any(ChangeKind.ACTIVE_PAUSE in c for c in seen)


def test_writes_of_a_pause_record_are_stored(service: PauseService, clock: FakeClock) -> None:
    pause_id = _ended_pause(service, clock)
    service.set_return_note(pause_id, "we hugged")
    service.update_note(pause_id, "tired after work")
    service.save_reflections(pause_id, {"before": "the dishes", "need": "a walk"})
    stored = service.get_pause(pause_id)
    assert stored is not None
    assert (stored.note, stored.return_note) == ("tired after work", "we hugged")
    assert service.reflections(pause_id) == {"before": "the dishes", "need": "a walk"}
    service.delete_pause(pause_id)
    assert service.get_pause(pause_id) is None and service.reflections(pause_id) == {}


def test_a_refused_write_tells_no_one(service: PauseService) -> None:
    seen: list[Change] = []
    service.listeners.append(seen.append)
    with pytest.raises(InputError):
        service.update_note(999, "no such pause")
    with pytest.raises(StateError):
        service.end()
    assert seen == []


def test_the_latest_pause_is_the_running_one_else_the_last_started(
    service: PauseService, clock: FakeClock
) -> None:
    assert service.latest_pause() is None
    first = _ended_pause(service, clock)
    latest = service.latest_pause()
    assert latest is not None and latest.id == first
    running, _ = service.start(ReturnSpec(after=timedelta(minutes=30)))
    latest = service.latest_pause()
    assert latest is not None and latest.id == running.id


def test_the_store_is_private(service: PauseService) -> None:
    assert not hasattr(service, "store")


def test_the_first_sighting_of_the_nudge_is_recorded_once(
    service: PauseService, store: Store, clock: FakeClock
) -> None:
    seen: list[Change] = []
    service.listeners.append(seen.append)
    service.mark_nudge_seen()  # no pause: nothing to record, nothing announced
    assert seen == []
    pause, _ = service.start(ReturnSpec(after=timedelta(minutes=30)))
    assert pause.id is not None and seen_at(store.connection, pause.id) is None
    clock.advance(timedelta(minutes=42))
    first = clock.now()
    service.mark_nudge_seen()
    clock.advance(timedelta(minutes=10))
    service.mark_nudge_seen()  # a repeat: the first sighting stays
    assert seen_at(store.connection, pause.id) == first
    assert seen[1:] == [Change.of(ChangeKind.HISTORY, source=Source.REMINDER, pause_id=pause.id)]
    service.end()
    assert seen_at(store.connection, pause.id) == first


def test_salvage_keeps_the_first_sighting(tmp_path: Path, clock: FakeClock) -> None:
    from pausetimer.salvage import salvage

    damaged = open_store(tmp_path / "damaged.db")
    service = PauseService(damaged, clock)
    pause, _ = service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=31))
    first = clock.now()
    service.mark_nudge_seen()
    clock.advance(timedelta(minutes=2))
    service.end()
    damaged.close()
    fresh = open_store(tmp_path / "fresh.db")
    try:
        assert salvage(tmp_path / "damaged.db", fresh.connection) == 1
        assert pause.id is not None
        assert seen_at(fresh.connection, pause.id) == first
    finally:
        fresh.close()
