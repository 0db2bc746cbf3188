"""The private letter of the partner who waits: written during a waiting-side pause, kept with
that pause like a reflection answer (the same table, under its own key), so it is exported,
salvaged and deleted with its pause. Deleting it alone overwrites it and wipes the log file too.

Qt-free; only :class:`pausetimer.service.PauseService` calls it.
"""

from __future__ import annotations

from datetime import datetime

from pausetimer.core.waiting_guidance import LETTER_KEY
from pausetimer.store import Store


def letter(store: Store, pause_id: int) -> str:
    return store.reflections(pause_id).get(LETTER_KEY, "")


def save_letter(store: Store, pause_id: int, text: str, at: datetime) -> None:
    store.save_reflection(pause_id, LETTER_KEY, text, at)


def delete_letter(store: Store, pause_id: int) -> bool:
    """Delete the letter of one pause; True when there was one."""
    with store.transaction():
        cursor = store.connection.execute(
            "DELETE FROM reflections WHERE pause_id = ? AND prompt = ?", (pause_id, LETTER_KEY)
        )
    store.request_scrub()  # the text must not linger in the -wal either
    return cursor.rowcount == 1
