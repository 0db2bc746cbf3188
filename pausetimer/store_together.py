"""The ``together`` table: moments planned with the partner (see :mod:`pausetimer.core.together`).

The migration step is here so the schema of one feature sits beside its queries; the store's
list of steps names it. Only :class:`pausetimer.together_service.TogetherService` calls the rest.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from pausetimer.core.together import Moment


def migrate_add_together(conn: sqlite3.Connection) -> None:
    """Schema step: the moments together. Existing pauses are not touched."""
    conn.executescript(
        """
        CREATE TABLE together (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,          -- UTC, seconds since the Unix epoch
            note TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL
        );
        CREATE INDEX together_by_time ON together (at);
        """
    )


def _instant(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _moment(row: tuple[int, int, str, int]) -> Moment:
    return Moment(id=row[0], at=_instant(row[1]), note=row[2], created_at=_instant(row[3]))


def insert(conn: sqlite3.Connection, moment: Moment) -> Moment:
    cursor = conn.execute(
        "INSERT INTO together (at, note, created_at) VALUES (?, ?, ?)",
        (int(moment.at.timestamp()), moment.note, int(moment.created_at.timestamp())),
    )
    assert cursor.lastrowid is not None
    return Moment(at=moment.at, note=moment.note, created_at=moment.created_at, id=cursor.lastrowid)


def moments(
    conn: sqlite3.Connection, *, after: datetime | None = None, until: datetime | None = None
) -> list[Moment]:
    """The stored moments (after ``after`` and up to ``until`` only, when given), earliest
    first."""
    rows = conn.execute(
        "SELECT id, at, note, created_at FROM together WHERE at > ? AND at <= ? ORDER BY at, id",
        (
            int(after.timestamp()) if after is not None else -(2**62),
            int(until.timestamp()) if until is not None else 2**62,
        ),
    ).fetchall()
    return [_moment(row) for row in rows]


def delete(conn: sqlite3.Connection, moment_id: int) -> bool:
    return conn.execute("DELETE FROM together WHERE id = ?", (moment_id,)).rowcount == 1


def delete_all(conn: sqlite3.Connection) -> int:
    return conn.execute("DELETE FROM together").rowcount


def delete_until(conn: sqlite3.Connection, until: datetime) -> int:
    """Delete the moments that have come by ``until``; returns how many went."""
    return conn.execute("DELETE FROM together WHERE at <= ?", (int(until.timestamp()),)).rowcount
