"""When the reminder window first met the user, per pause: its column and its SQL.

The nudge may wait (away, locked, in a meeting) and is shown when the user is back; the history
keeps the instant it was first shown, next to the agreed return, so that "came back 10 minutes
late" can be told from "was not there to see it". Private to the service, like the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from pausetimer.core.clock import utc_from_timestamp
from pausetimer.core.pause import Pause

if TYPE_CHECKING:
    from pausetimer.store import Store


def migrate_add_nudge_seen(conn: sqlite3.Connection) -> None:
    # NULL: not seen yet (or a pause from before this column; or one ended before its return).
    conn.execute("ALTER TABLE pauses ADD COLUMN nudge_seen_at INTEGER")


def mark_active_seen(store: Store, now_for: Callable[[Pause], datetime]) -> int | None:
    """Record the running pause's first sighting at ``now_for(pause)``, in one transaction; its
    id when this was the first, else None (no pause runs, or it was seen before)."""
    with store.transaction():
        pause = store.active_pause()
        if pause is None or pause.id is None:
            return None
        return pause.id if mark_seen(store.connection, pause.id, now_for(pause)) else None


def mark_seen(conn: sqlite3.Connection, pause_id: int, at: datetime) -> bool:
    """Record ``at`` unless an earlier sighting is recorded; whether anything changed."""
    cursor = conn.execute(
        "UPDATE pauses SET nudge_seen_at = ? WHERE id = ? AND nudge_seen_at IS NULL",
        (int(at.timestamp()), pause_id),
    )
    return cursor.rowcount > 0


def seen_at(conn: sqlite3.Connection, pause_id: int) -> datetime | None:
    row = conn.execute("SELECT nudge_seen_at FROM pauses WHERE id = ?", (pause_id,)).fetchone()
    return utc_from_timestamp(row[0]) if row is not None and row[0] is not None else None
