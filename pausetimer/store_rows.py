"""How a pause is kept in its SQLite rows: instants as whole seconds since the Unix epoch (UTC,
unambiguous across time-zone and DST changes), a pause row with its extension rows."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from pausetimer.core.clock import utc_from_timestamp
from pausetimer.core.pause import Extension, Pause, Side

PAUSE_COLUMNS = (
    "id, started_at, planned_return_at, return_at, ended_at, announced, note, return_note,"
    " calm_start, calm_end, side, nudge_seen_at"
)


def to_db(instant: datetime) -> int:
    if instant.tzinfo is None:
        raise ValueError("refusing to store a naive datetime")
    return int(instant.timestamp())


def from_db(value: object) -> datetime:
    assert isinstance(value, int)
    return utc_from_timestamp(value)


def extensions_by_pause(
    conn: sqlite3.Connection, pause_ids: list[int]
) -> dict[int, tuple[Extension, ...]]:
    if not pause_ids:
        return {}
    found: dict[int, list[Extension]] = {}
    # Chunked to stay under SQLite's limit on bound parameters.
    for start in range(0, len(pause_ids), 500):
        chunk = pause_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for pause_id, at, added, return_at in conn.execute(
            "SELECT pause_id, at, added_seconds, return_at FROM extensions"
            f" WHERE pause_id IN ({marks}) ORDER BY pause_id, at, id",
            chunk,
        ):
            found.setdefault(pause_id, []).append(
                Extension(from_db(at), timedelta(seconds=added), from_db(return_at))
            )
    return {key: tuple(value) for key, value in found.items()}


def pause_from_row(
    conn: sqlite3.Connection,
    row: tuple[object, ...],
    extensions: tuple[Extension, ...] | None = None,
) -> Pause:
    """The pause of a row of :data:`PAUSE_COLUMNS`; its extensions are read when not given."""
    pause_id, started, planned, return_at, ended, announced, note, return_note = row[:8]
    calm_start, calm_end, side, seen = row[8:12]
    assert isinstance(pause_id, int)
    if extensions is None:
        extensions = extensions_by_pause(conn, [pause_id]).get(pause_id, ())
    return Pause(
        id=pause_id,
        started_at=from_db(started),
        planned_return_at=from_db(planned),
        return_at=from_db(return_at),
        ended_at=from_db(ended) if ended is not None else None,
        announced=bool(announced),
        note=str(note),
        return_note=str(return_note),
        extensions=extensions,
        calm_start=calm_start if isinstance(calm_start, int) else None,
        calm_end=calm_end if isinstance(calm_end, int) else None,
        side=Side(side),
        nudge_seen_at=from_db(seen) if seen is not None else None,
    )
