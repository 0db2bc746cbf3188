"""SQLite storage: the schema, its versioned migrations, and every query the app makes.

The row of the active pause is the single source of truth; timers and the tray are derived from it.
Instants are stored as whole seconds since the Unix epoch (UTC instants, unambiguous across
time-zone and DST changes).

Opening is defensive: a file SQLite cannot read as a database is moved aside (bytes kept) and a
fresh one created; a file written by a newer Pausetimer is refused, never overwritten.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pausetimer.core.clock import utc_from_timestamp
from pausetimer.core.errors import PausetimerError
from pausetimer.core.pause import Extension, Pause


class SchemaTooNewError(PausetimerError):
    """The database was written by a newer version of Pausetimer."""


class DatabaseLockedError(PausetimerError):
    """Another process holds the database for longer than we are willing to wait."""


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


# Index i holds the step from version i to i + 1. Append only; never edit a released step.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_to_1]
SCHEMA_VERSION = len(MIGRATIONS)

# SQLite result codes that mean "this file is not a usable database", as opposed to "busy" or
# "locked", which are passing states of a good database and must never make us move a file aside.
_DAMAGE_CODES = {
    "SQLITE_CORRUPT",
    "SQLITE_NOTADB",
    "SQLITE_CANTOPEN",
    "SQLITE_PERM",
    "SQLITE_IOERR",
    "SQLITE_READONLY",
    "SQLITE_AUTH",
}
_BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class Recovery:
    """What :func:`open_store` did with a database it could not use."""

    moved_to: Path
    reason: str


class Store:
    """One connection to the pause database. Not shared across threads."""

    def __init__(self, conn: sqlite3.Connection, path: Path, recovery: Recovery | None = None):
        self._conn = conn
        self.path = path
        self.recovery = recovery

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction that takes the write lock up front, so a read-then-write (e.g.
        "is a pause running? then start one") cannot interleave with another process."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.rollback()
            raise
        else:
            self._conn.commit()

    @property
    def connection(self) -> sqlite3.Connection:
        """For queries that belong to one feature (statistics, export) and live beside it."""
        return self._conn

    # -- pauses --------------------------------------------------------------------------------

    def active_pause(self) -> Pause | None:
        row = self._conn.execute(
            f"SELECT {_PAUSE_COLUMNS} FROM pauses WHERE ended_at IS NULL"
        ).fetchone()
        return self._pause_from_row(row) if row else None

    def get_pause(self, pause_id: int) -> Pause | None:
        row = self._conn.execute(
            f"SELECT {_PAUSE_COLUMNS} FROM pauses WHERE id = ?", (pause_id,)
        ).fetchone()
        return self._pause_from_row(row) if row else None

    def history(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[Pause]:
        """Pauses started in [since, until), newest first."""
        rows = self._conn.execute(
            f"SELECT {_PAUSE_COLUMNS} FROM pauses"
            " WHERE started_at >= ? AND started_at < ? ORDER BY started_at DESC, id DESC",
            (_to_db(since) if since else -(2**62), _to_db(until) if until else 2**62),
        ).fetchall()
        extensions = self._extensions_by_pause([row[0] for row in rows])
        return [self._pause_from_row(row, extensions.get(row[0], ())) for row in rows]

    def save(self, pause: Pause) -> Pause:
        """Insert a new pause or update an existing one (with its extensions); returns it with its
        id. Call inside :meth:`transaction` when the write depends on a read."""
        values = (
            _to_db(pause.started_at),
            _to_db(pause.planned_return_at),
            _to_db(pause.return_at),
            _to_db(pause.ended_at) if pause.ended_at else None,
            int(pause.announced),
            pause.note,
            pause.return_note,
        )
        if pause.id is None:
            cursor = self._conn.execute(
                "INSERT INTO pauses (started_at, planned_return_at, return_at, ended_at,"
                " announced, note, return_note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            pause_id = cursor.lastrowid
            assert pause_id is not None
        else:
            pause_id = pause.id
            cursor = self._conn.execute(
                "UPDATE pauses SET started_at = ?, planned_return_at = ?, return_at = ?,"
                " ended_at = ?, announced = ?, note = ?, return_note = ? WHERE id = ?",
                (*values, pause_id),
            )
            if cursor.rowcount != 1:
                raise KeyError(f"no pause with id {pause_id}")
            self._conn.execute("DELETE FROM extensions WHERE pause_id = ?", (pause_id,))
        self._conn.executemany(
            "INSERT INTO extensions (pause_id, at, added_seconds, return_at) VALUES (?, ?, ?, ?)",
            [
                (pause_id, _to_db(e.at), int(e.added.total_seconds()), _to_db(e.return_at))
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
                (pause_id, prompt, answer, _to_db(at)),
            )

    # -- helpers -------------------------------------------------------------------------------

    def _extensions_by_pause(self, pause_ids: list[int]) -> dict[int, tuple[Extension, ...]]:
        if not pause_ids:
            return {}
        found: dict[int, list[Extension]] = {}
        # Chunked to stay under SQLite's limit on bound parameters.
        for start in range(0, len(pause_ids), 500):
            chunk = pause_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for pause_id, at, added, return_at in self._conn.execute(
                "SELECT pause_id, at, added_seconds, return_at FROM extensions"
                f" WHERE pause_id IN ({marks}) ORDER BY pause_id, at, id",
                chunk,
            ):
                found.setdefault(pause_id, []).append(
                    Extension(_from_db(at), timedelta(seconds=added), _from_db(return_at))
                )
        return {key: tuple(value) for key, value in found.items()}

    def _pause_from_row(
        self, row: tuple[object, ...], extensions: tuple[Extension, ...] | None = None
    ) -> Pause:
        pause_id, started, planned, return_at, ended, announced, note, return_note = row
        assert isinstance(pause_id, int)
        if extensions is None:
            extensions = self._extensions_by_pause([pause_id]).get(pause_id, ())
        return Pause(
            id=pause_id,
            started_at=_from_db(started),
            planned_return_at=_from_db(planned),
            return_at=_from_db(return_at),
            ended_at=_from_db(ended) if ended is not None else None,
            announced=bool(announced),
            note=str(note),
            return_note=str(return_note),
            extensions=extensions,
        )


_PAUSE_COLUMNS = (
    "id, started_at, planned_return_at, return_at, ended_at, announced, note, return_note"
)


def _to_db(instant: datetime) -> int:
    if instant.tzinfo is None:
        raise ValueError("refusing to store a naive datetime")
    return int(instant.timestamp())


def _from_db(value: object) -> datetime:
    assert isinstance(value, int)
    return utc_from_timestamp(value)


# -- opening ------------------------------------------------------------------------------------


def open_store(path: Path, *, now: datetime | None = None) -> Store:
    """Open (creating or migrating) the database at ``path``.

    A damaged or unreadable file is moved aside next to it and a fresh database is created; the
    returned store's ``recovery`` says where the old file went. Raises :class:`SchemaTooNewError`
    for a database from a newer Pausetimer and :class:`DatabaseLockedError` when another process
    keeps it locked.
    """
    try:
        return Store(_connect_and_migrate(path), path)
    except (SchemaTooNewError, DatabaseLockedError):
        raise
    except (sqlite3.DatabaseError, _DamagedError) as error:
        reason = _damage_reason(error)
        if reason is None:
            raise
    moved_to = _move_aside(path, now or datetime.now(UTC))
    return Store(_connect_and_migrate(path), path, Recovery(moved_to=moved_to, reason=reason))


class _DamagedError(Exception):
    pass


def _damage_reason(error: BaseException) -> str | None:
    if isinstance(error, _DamagedError):
        return str(error)
    name = getattr(error, "sqlite_errorname", "")
    if any(name.startswith(code) for code in _DAMAGE_CODES):
        return str(error)
    if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
        return str(error)
    return None


def _connect_and_migrate(path: Path) -> sqlite3.Connection:
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise _DamagedError(f"cannot read and write {path}")
    conn = sqlite3.connect(path, isolation_level=None, timeout=_BUSY_TIMEOUT_MS / 1000)
    try:
        _restrict_permissions(path)
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted text is overwritten with zeros, so "delete" leaves nothing to recover.
        conn.execute("PRAGMA secure_delete = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise SchemaTooNewError(
                "schema_too_new",
                f"The database {path} was written by a newer version of Pausetimer (schema"
                f" {version}; this version knows up to {SCHEMA_VERSION}). It was left untouched;"
                " please update Pausetimer.",
                path=path,
                version=version,
            )
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise _DamagedError(f"integrity check failed: {check}")
        if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
            raise _DamagedError("cannot switch the database to write-ahead logging")
        _migrate(conn, version)
        for suffix in ("-wal", "-shm"):
            _restrict_permissions(path.with_name(path.name + suffix))
        return conn
    except sqlite3.OperationalError as error:
        conn.close()
        if getattr(error, "sqlite_errorname", "") in {"SQLITE_BUSY", "SQLITE_LOCKED"}:
            raise DatabaseLockedError(
                "database_locked",
                f"The database {path} is locked by another program; try again in a moment.",
                path=path,
            ) from error
        raise
    except BaseException:
        conn.close()
        raise


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    for step in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current == step:
                MIGRATIONS[step](conn)
                conn.execute(f"PRAGMA user_version = {step + 1}")
        except BaseException:
            conn.rollback()
            raise
        conn.commit()


def _move_aside(path: Path, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    if path.exists():
        os.replace(path, target)
    return target


def _restrict_permissions(path: Path) -> None:
    with suppress(FileNotFoundError):
        os.chmod(path, 0o600)
