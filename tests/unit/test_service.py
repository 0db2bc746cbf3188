from datetime import timedelta

import pytest

from pausetimer.core.errors import InputError, StateError
from pausetimer.core.pause import Pause, PauseState, ReturnSpec
from pausetimer.service import PauseService
from tests.helpers.clock import FakeClock


def test_start_extend_end_through_the_service(service: PauseService, clock: FakeClock) -> None:
    seen: list[Pause | None] = []
    service.listeners.append(seen.append)
    pause, _ = service.start(ReturnSpec(after=timedelta(minutes=45)), announced=True)
    assert service.status().state is PauseState.RUNNING
    clock.advance(timedelta(minutes=50))
    assert service.status().state is PauseState.DUE
    service.extend(timedelta(minutes=10))
    ended = service.end(note="back", return_note="hugged")
    assert ended.ended_at == clock.now() and ended.return_note == "hugged"
    assert service.status().state is PauseState.IDLE
    assert [p.id if p else None for p in seen] == [pause.id, pause.id, None]


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
