"""Getting back what a damaged database still holds, and noticing a damaged write-ahead log.

Two situations, both after a crash, a power loss or a failing disk:

- The database file itself is damaged. :func:`salvage` copies every row SQLite can still read,
  table by table, into the fresh database, stepping over damaged pages (the idea of the
  ``sqlite3`` shell's ``.recover``, which Python cannot call).
- The ``-wal`` is damaged. SQLite then silently uses only the part before the damage and deletes
  the file at the next clean close, so committed changes after it (an ended pause, a new one)
  vanish without a word. :func:`wal_is_damaged` notices that before SQLite opens the database, so
  the bytes can be kept and the user told.

Plain Python, no Qt.
"""

from __future__ import annotations

import sqlite3
import struct
import time
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

# The tables with the user's data, and their columns, parents first (foreign keys).
_TABLES = (
    (
        "pauses",
        (
            "id",
            "started_at",
            "planned_return_at",
            "return_at",
            "ended_at",
            "announced",
            "note",
            "return_note",
        ),
    ),
    ("extensions", ("id", "pause_id", "at", "added_seconds", "return_at")),
    ("reflections", ("pause_id", "prompt", "answer", "updated_at")),
    ("pause_signals", ("pause_id", "signal", "words")),
    ("together", ("id", "at", "note", "created_at")),
)
# Columns later schema versions added: copied when the damaged file has them (an older file
# gets their defaults; a wait stays a wait).
_LATER_COLUMNS = {"pauses": ("calm_start", "calm_end", "side", "nudge_seen_at")}
_SIDES = ("pausing", "waiting")
_BATCH = 200
_MAX_ROWID = 2**62


def salvage(damaged: Path, target: sqlite3.Connection) -> int:
    """Copy every readable row of the database file ``damaged`` (with its ``-wal``, if one lies
    beside it) into ``target`` (an empty database of the current schema); returns how many
    pauses came back. ``damaged`` is never written to: SQLite reads a private copy of it."""
    # Imported here: every opening of the database passes this module, a salvage is rare.
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(dir=damaged.parent, prefix=".salvage-") as folder:
        copy = Path(folder) / "copy.db"
        shutil.copyfile(damaged, copy)
        wal = damaged.with_name(damaged.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        try:
            source = sqlite3.connect(copy, isolation_level=None)
        except sqlite3.Error:
            return 0
        try:
            return _copy_rows(source, target)
        finally:
            source.close()


def _copy_rows(source: sqlite3.Connection, target: sqlite3.Connection) -> int:
    target.execute("BEGIN IMMEDIATE")
    try:
        for table, first_columns in _TABLES:
            columns = _columns(source, table, first_columns)
            marks = ", ".join("?" * len(columns))
            insert = f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            for row in readable_rows(source, table, columns):
                if not _plausible(table, row):
                    continue
                # e.g. an extension whose pause was on a lost page
                with suppress(sqlite3.IntegrityError):
                    target.execute(insert, _tidy(row, columns, len(first_columns)))
        count = int(target.execute("SELECT COUNT(*) FROM pauses").fetchone()[0])
    except BaseException:
        target.rollback()
        raise
    target.commit()
    return count


def _columns(source: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    """``columns`` and those of :data:`_LATER_COLUMNS` the damaged file's table has."""
    try:
        present = {info[1] for info in source.execute(f"PRAGMA table_info({table})")}
    except sqlite3.Error:  # its schema unreadable: the columns every version has
        return columns
    return (*columns, *(name for name in _LATER_COLUMNS.get(table, ()) if name in present))


def _tidy(row: tuple[object, ...], columns: tuple[str, ...], first: int) -> tuple[object, ...]:
    """A calm rating that reads back as anything but 0-10 (a damaged page) is dropped, a first
    sighting that is no instant too, and a side that is neither becomes the usual one, rather
    than losing the pause with it."""
    later = tuple(
        _tidy_value(name, value) for name, value in zip(columns[first:], row[first:], strict=True)
    )
    return (*row[:first], *later)


def _tidy_value(name: str, value: object) -> object:
    if name == "side":
        return value if value in _SIDES else _SIDES[0]
    if name == "nudge_seen_at":
        return value if type(value) is int else None
    return value if type(value) is int and 0 <= value <= 10 else None


def _plausible(table: str, row: tuple[object, ...]) -> bool:
    """A damaged page can read back as rows of the wrong types; the app could not show them."""
    if table == "pauses":
        times, ended, texts = row[1:4], row[4], row[6:8]
        return (
            all(type(value) is int for value in (row[0], *times))
            and (ended is None or type(ended) is int)
            and all(isinstance(text, str) for text in texts)
        )
    if table == "extensions":
        return all(type(value) is int for value in row)
    if table == "together":
        moment_id, at, note, created_at = row
        return all(type(value) is int for value in (moment_id, at, created_at)) and isinstance(
            note, str
        )
    return type(row[0]) is int and all(isinstance(text, str) for text in row[1:3])


def readable_rows(
    conn: sqlite3.Connection, table: str, columns: tuple[str, ...]
) -> Iterator[tuple[object, ...]]:
    """Every row of ``table`` SQLite can read, in rowid order. Where reading fails (a damaged
    page), the scan resumes at the smallest rowid after it that can be reached again."""
    query = (
        f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE rowid >= ? ORDER BY rowid LIMIT ?"
    )
    start = 1
    while start <= _MAX_ROWID:
        try:
            rows = conn.execute(query, (start, _BATCH)).fetchall()
        except sqlite3.DatabaseError:
            rows = None
        if rows is None:
            # Somewhere in this batch a page is damaged: read one row at a time up to it.
            try:
                rows = conn.execute(query, (start, 1)).fetchall()
            except sqlite3.DatabaseError:
                resumed = _next_reachable(conn, table, start)
                if resumed is None:
                    return
                start = resumed
                continue
        if not rows:
            return
        for row in rows:
            yield tuple(row[1:])
        start = int(rows[-1][0]) + 1


def _seek_works(conn: sqlite3.Connection, table: str, rowid: int) -> bool:
    try:
        conn.execute(f"SELECT rowid FROM {table} WHERE rowid >= ? LIMIT 1", (rowid,)).fetchall()
    except sqlite3.DatabaseError:
        return False
    return True


def _next_reachable(conn: sqlite3.Connection, table: str, failed: int) -> int | None:
    """The smallest rowid above ``failed`` from which a seek succeeds again: doubling steps
    until one works, then halving back towards the damage so few good rows are skipped."""
    step = 1
    while not _seek_works(conn, table, failed + step):
        step *= 2
        if failed + step > _MAX_ROWID:
            return None
    low, high = failed + step // 2, failed + step  # low failed (or is ``failed``), high works
    while high - low > 1:
        middle = (low + high) // 2
        if _seek_works(conn, table, middle):
            high = middle
        else:
            low = middle
    return high


# -- the write-ahead log --------------------------------------------------------------------------

_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER = 32
_FRAME_HEADER = 24


def wal_is_damaged(wal: Path) -> bool:
    """True when ``wal`` holds committed changes SQLite will not use: its header is unreadable
    while frames follow, or a frame of its current generation fails its checksum and a commit
    of that generation lies at or after it. (Frames left from an earlier generation carry
    other salts and are normal.) A log still being written by another process can look
    damaged for an instant, so a damaged verdict only counts if the file did not change."""
    try:
        first = wal.read_bytes()
    except OSError:
        return False
    if not _damaged(first):
        return False
    time.sleep(0.05)
    try:
        return wal.read_bytes() == first
    except OSError:
        return False


def _damaged(data: bytes) -> bool:
    if len(data) < _WAL_HEADER:
        return any(data)
    header = struct.unpack(">8I", data[:_WAL_HEADER])
    magic, _version, page_size, _sequence, salt1, salt2, check1, check2 = header
    frames = data[_WAL_HEADER:]
    if magic not in _WAL_MAGIC or page_size < 512 or page_size & (page_size - 1):
        return any(frames)
    big_endian = magic & 1 == 1
    sums = _checksum(data[:24], (0, 0), big_endian)
    if sums != (check1, check2):
        return any(frames)
    size = _FRAME_HEADER + page_size
    broken = False
    for offset in range(_WAL_HEADER, len(data) - size + 1, size):
        frame = data[offset : offset + size]
        _page, commit, frame_salt1, frame_salt2, sum1, sum2 = struct.unpack(">6I", frame[:24])
        ours = (frame_salt1, frame_salt2) == (salt1, salt2)
        if not broken:
            sums = _checksum(frame[:8], sums, big_endian)
            sums = _checksum(frame[_FRAME_HEADER:], sums, big_endian)
            if ours and sums == (sum1, sum2):
                continue
            broken = True
        if ours and commit:
            return True
    return False


def _checksum(data: bytes, sums: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes), continuing from ``sums``."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s1, s2 = sums
    for index in range(0, len(words), 2):
        s1 = (s1 + words[index] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[index + 1] + s1) & 0xFFFFFFFF
    return s1, s2
