"""SQLite storage: the schema, its versioned migrations, and every query the app makes.

The row of the active pause is the single source of truth; timers and the tray are derived from it.
Instants are stored as whole seconds since the Unix epoch (UTC instants, unambiguous across
time-zone and DST changes).

Opening is defensive, and tells passing trouble from damage by SQLite's extended error codes:
a full disk, a read-only or foreign file, a lock or an I/O error raise
:class:`StorageUnavailableError` and change nothing on disk; only a file that is not a database
or is malformed (or fails the integrity check) is moved aside, with its ``-wal`` and ``-shm``,
and a fresh one created with every row that could still be read (:mod:`pausetimer.salvage`). A
damaged ``-wal`` is copied aside before SQLite may drop it. A file written by a newer Pausetimer
is refused, never overwritten.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pausetimer.core.errors import PausetimerError
from pausetimer.core.pause import Pause
from pausetimer.nudge_seen import migrate_add_nudge_seen
from pausetimer.scrubber import Scrubber
from pausetimer.storage_errors import (
    UNAVAILABLE_KINDS,
    DatabaseLockedError,
    StorageUnavailableError,
    unavailable,
    unavailable_kind,
)
from pausetimer.store_rows import PAUSE_COLUMNS, extensions_by_pause, pause_from_row, to_db
from pausetimer.store_sides import migrate_add_side
from pausetimer.store_signals import migrate_add_signals
from pausetimer.store_together import migrate_add_together

__all__ = [
    "UNAVAILABLE_KINDS",
    "DatabaseLockedError",
    "Recovery",
    "SchemaTooNewError",
    "StorageUnavailableError",
    "Store",
    "open_store",
]


class SchemaTooNewError(PausetimerError):
    """The database was written by a newer version of Pausetimer."""


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        CREATE TABLE pauses (
            id INTEGER PRIMARY KEY,
            started_at INTEGER NOT NULL,          -- UTC, seconds since the Unix epoch
            planned_return_at INTEGER NOT NULL,   -- the return first agreed
            return_at INTEGER NOT NULL,           -- the return agreed now (after extensions)
            ended_at INTEGER,                     -- NULL while the pause runs
            announced INTEGER NOT NULL DEFAULT 0 CHECK (announced IN (0, 1)),
            note TEXT NOT NULL DEFAULT '',
            return_note TEXT NOT NULL DEFAULT ''  -- how the return went
        );
        -- At most one pause runs at a time, enforced by the database itself.
        CREATE UNIQUE INDEX pauses_one_active ON pauses ((ended_at IS NULL)) WHERE ended_at IS NULL;
        CREATE INDEX pauses_by_start ON pauses (started_at);
        CREATE TABLE extensions (
            id INTEGER PRIMARY KEY,
            pause_id INTEGER NOT NULL REFERENCES pauses (id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            added_seconds INTEGER NOT NULL CHECK (added_seconds > 0),
            return_at INTEGER NOT NULL
        );
        CREATE INDEX extensions_by_pause ON extensions (pause_id);
        CREATE TABLE reflections (
            pause_id INTEGER NOT NULL REFERENCES pauses (id) ON DELETE CASCADE,
            prompt TEXT NOT NULL,                 -- the prompt's stable key
            answer TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (pause_id, prompt)
        );
        """
    )


def _add_calm_ratings(conn: sqlite3.Connection) -> None:
    # The calm check (core.calm): NULL where the user was not asked or did not answer.
    conn.executescript(
        """
        ALTER TABLE pauses ADD COLUMN calm_start INTEGER CHECK (calm_start BETWEEN 0 AND 10);
        ALTER TABLE pauses ADD COLUMN calm_end INTEGER CHECK (calm_end BETWEEN 0 AND 10);
        """
    )


# Index i holds the step from version i to i + 1. Append only; never edit a released step.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _migrate_to_1, migrate_add_signals, _add_calm_ratings, migrate_add_together,
    migrate_add_nudge_seen, migrate_add_side,
]  # fmt: skip
SCHEMA_VERSION = len(MIGRATIONS)

BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class Recovery:
    """What :func:`open_store` had to do to give the user a working database.

    ``moved_to``: where a damaged database went (None when only the ``-wal`` was damaged);
    ``salvaged``: how many pauses were copied from it into the fresh one; ``wal_kept``: a copy of
    a damaged ``-wal``, whose latest changes may be missing from the database."""

    moved_to: Path | None
    reason: str
    salvaged: int = 0
    wal_kept: Path | None = None


class Store:
    """One connection to the pause database. Not shared across threads."""

    def __init__(self, conn: sqlite3.Connection, path: Path, recovery: Recovery | None = None):
        self._conn = conn
        self.path = path
        self.recovery = recovery
        self._scrubber = Scrubber(path)

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self, *, scrub_wait_s: float = 2.0) -> None:
        """Close the connection, after giving a pending scrub ``scrub_wait_s`` to finish (the
        next start scrubs whatever is left)."""
        self._scrubber.stop(scrub_wait_s)
        self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction that takes the write lock up front, so a read-then-write (e.g.
        "is a pause running? then start one") cannot interleave with another process.

        A locked database, a full disk or a read-only file raise
        :class:`StorageUnavailableError` (a refusal the user can be told about), never a raw
        SQLite error; the transaction is rolled back, so nothing changed."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                self._conn.commit()
            except BaseException:
                if self._conn.in_transaction:
                    with suppress(sqlite3.Error):  # the error that brought us here is the one
                        self._conn.rollback()
                raise
        except sqlite3.OperationalError as error:
            kind = unavailable_kind(error)
            if kind is None:
                raise
            raise unavailable(kind, self.path) from error

    # -- wiping deleted text -------------------------------------------------------------------

    def request_scrub(self) -> None:
        """Wipe deleted text out of the ``-wal`` soon, in a thread of its own: a reader in
        another program can hold the log for seconds, and the caller (the GUI) must not wait."""
        self._scrubber.request()

    def wait_scrubbed(self, timeout_s: float) -> bool:
        """True once no deleted text is left in the ``-wal`` (False: still waiting for a
        reader to let go)."""
        return self._scrubber.wait(timeout_s)

    @property
    def connection(self) -> sqlite3.Connection:
        """For queries that belong to one feature (statistics, export) and live beside it."""
        return self._conn

    # -- pauses --------------------------------------------------------------------------------

    def active_pause(self) -> Pause | None:
        row = self._conn.execute(
            f"SELECT {PAUSE_COLUMNS} FROM pauses WHERE ended_at IS NULL"
        ).fetchone()
        return pause_from_row(self._conn, row) if row else None

    def get_pause(self, pause_id: int) -> Pause | None:
        row = self._conn.execute(
            f"SELECT {PAUSE_COLUMNS} FROM pauses WHERE id = ?", (pause_id,)
        ).fetchone()
        return pause_from_row(self._conn, row) if row else None

    def latest_pause(self) -> Pause | None:
        """The pause that started last, running or not."""
        row = self._conn.execute(
            f"SELECT {PAUSE_COLUMNS} FROM pauses ORDER BY started_at DESC, id DESC LIMIT 1"
        ).fetchone()
        return pause_from_row(self._conn, row) if row else None

    def history(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[Pause]:
        """Pauses started in [since, until), newest first."""
        rows = self._conn.execute(
            f"SELECT {PAUSE_COLUMNS} FROM pauses"
            " WHERE started_at >= ? AND started_at < ? ORDER BY started_at DESC, id DESC",
            (to_db(since) if since else -(2**62), to_db(until) if until else 2**62),
        ).fetchall()
        extensions = extensions_by_pause(self._conn, [row[0] for row in rows])
        return [pause_from_row(self._conn, row, extensions.get(row[0], ())) for row in rows]

    def save(self, pause: Pause) -> Pause:
        """Insert a new pause or update an existing one (with its extensions); returns it with its
        id. Call inside :meth:`transaction` when the write depends on a read."""
        values = (
            to_db(pause.started_at),
            to_db(pause.planned_return_at),
            to_db(pause.return_at),
            to_db(pause.ended_at) if pause.ended_at else None,
            int(pause.announced),
            pause.note,
            pause.return_note,
            pause.calm_start,
            pause.calm_end,
            pause.side.value,
        )
        if pause.id is None:
            # A new pause has not been seen; an update leaves the first sighting as it was.
            row = (*values, to_db(pause.nudge_seen_at) if pause.nudge_seen_at else None)
            # The columns of PAUSE_COLUMNS but the id, in the order of ``row``.
            marks = ", ".join("?" * len(row))
            sql = f"INSERT INTO pauses ({PAUSE_COLUMNS.removeprefix('id, ')}) VALUES ({marks})"
            cursor = self._conn.execute(sql, row)
            pause_id = cursor.lastrowid
            assert pause_id is not None
        else:
            pause_id = pause.id
            cursor = self._conn.execute(  # all but the first sighting (nudge_seen)
                "UPDATE pauses SET started_at = ?, planned_return_at = ?, return_at = ?,"
                " ended_at = ?, announced = ?, note = ?, return_note = ?, calm_start = ?,"
                " calm_end = ?, side = ? WHERE id = ?",
                (*values, pause_id),
            )
            if cursor.rowcount != 1:
                raise KeyError(f"no pause with id {pause_id}")
            self._conn.execute("DELETE FROM extensions WHERE pause_id = ?", (pause_id,))
        self._conn.executemany(
            "INSERT INTO extensions (pause_id, at, added_seconds, return_at) VALUES (?, ?, ?, ?)",
            [
                (pause_id, to_db(e.at), int(e.added.total_seconds()), to_db(e.return_at))
                for e in pause.extensions
            ],
        )
        saved = self.get_pause(pause_id)
        assert saved is not None
        return saved

    def delete_pause(self, pause_id: int) -> bool:
        cursor = self._conn.execute("DELETE FROM pauses WHERE id = ?", (pause_id,))
        return cursor.rowcount == 1

    # -- reflections ---------------------------------------------------------------------------

    def reflections(self, pause_id: int) -> dict[str, str]:
        rows = self._conn.execute(
            "SELECT prompt, answer FROM reflections WHERE pause_id = ?", (pause_id,)
        ).fetchall()
        return dict(rows)

    def save_reflection(self, pause_id: int, prompt: str, answer: str, at: datetime) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT INTO reflections (pause_id, prompt, answer, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (pause_id, prompt)"
                " DO UPDATE SET answer = excluded.answer, updated_at = excluded.updated_at",
                (pause_id, prompt, answer, to_db(at)),
            )


# -- opening ------------------------------------------------------------------------------------


def open_store(
    path: Path, *, now: datetime | None = None, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Store:
    """Open (creating or migrating) the database at ``path``.

    Raises :class:`StorageUnavailableError` for a passing condition (nothing on disk changed)
    and :class:`SchemaTooNewError` for a database from a newer Pausetimer. A damaged file is
    moved aside with its companions and a fresh database holds what could be salvaged; a
    damaged ``-wal`` is copied aside. The store's ``recovery`` says what happened.
    """
    # Imported here: pausetimer.store_open builds on this module's Store and schema.
    from pausetimer.store_open import open_database

    return open_database(path, now=now, busy_timeout_ms=busy_timeout_ms)
