"""Whose pause a row is: the one who steps away ("pausing") or the partner who waits for the
return ("waiting"), a column of its own added by a migration (see pausetimer.store)."""

from __future__ import annotations

import sqlite3


def migrate_add_side(conn: sqlite3.Connection) -> None:
    # Every pause stored before this step was taken by the one who steps away.
    conn.execute(
        "ALTER TABLE pauses ADD COLUMN side TEXT NOT NULL DEFAULT 'pausing'"
        " CHECK (side IN ('pausing', 'waiting'))"
    )
