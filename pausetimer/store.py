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

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NoReturn

from pausetimer.core.clock import utc_from_timestamp
from pausetimer.core.errors import PausetimerError
from pausetimer.core.pause import Extension, Pause
from pausetimer.files import copy_aside, move_aside
from pausetimer.salvage import salvage, wal_is_damaged
from pausetimer.scrubber import Scrubber


class SchemaTooNewError(PausetimerError):
    """The database was written by a newer version of Pausetimer."""


class StorageUnavailableError(PausetimerError):
    """The database cannot be used right now, and nothing about it was changed: ``kind`` says
    why (see :data:`UNAVAILABLE_KINDS`), ``params["path"]`` which file. The user can fix it (free
    space, give the file back, close the other program) and try again."""


class DatabaseLockedError(StorageUnavailableError):
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

# The only SQLite result codes that mean "this file is damaged". Everything else is a state of
# the machine (a full disk fails as SQLITE_FULL or SQLITE_IOERR_SHMSIZE, a read-only file as
# SQLITE_READONLY_*), and moving a healthy file aside for it loses the user's history from view.
_DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
# Passing conditions by code prefix, most specific first: the kind names the user's remedy.
_UNAVAILABLE_CODES = (
    ("SQLITE_IOERR_SHMSIZE", "disk_full"),  # no room for the -shm file
    ("SQLITE_FULL", "disk_full"),
    ("SQLITE_READONLY", "read_only"),
    ("SQLITE_PERM", "permission"),
    ("SQLITE_AUTH", "permission"),
    ("SQLITE_CANTOPEN", "cannot_open"),
    ("SQLITE_BUSY", "database_locked"),
    ("SQLITE_LOCKED", "database_locked"),
    ("SQLITE_IOERR", "io_error"),
)
UNAVAILABLE_KINDS = frozenset(
    {kind for _code, kind in _UNAVAILABLE_CODES} | {"not_owner", "no_space_for_salvage"}
)
_UNAVAILABLE_MESSAGES = {
    "disk_full": "The disk that holds {path} is full. Nothing was changed; free some space"
    " and try again.",
    "read_only": "{path} cannot be written: the file or its disk is read-only. Nothing was"
    " changed; make it writable again and try again.",
    "permission": "Pausetimer is not allowed to use {path}. Nothing was changed; check its"
    " permissions and try again.",
    "cannot_open": "{path} cannot be opened. Nothing was changed; check that its folder exists"
    " and belongs to you, then try again.",
    "database_locked": "The database {path} is locked by another program. Nothing was changed;"
    " try again in a moment.",
    "io_error": "Reading or writing {path} failed (a disk problem, or a full disk). Nothing was"
    " changed; check the disk and try again.",
    "not_owner": "{path} belongs to another user account, so Pausetimer leaves it alone."
    " Nothing was changed; give the file back to your account and try again.",
}
_BUSY_TIMEOUT_MS = 5000


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


def unavailable(kind: str, path: Path) -> StorageUnavailableError:
    """The error for a passing condition ``kind`` of the database at ``path``."""
    cls = DatabaseLockedError if kind == "database_locked" else StorageUnavailableError
    return cls(kind, _UNAVAILABLE_MESSAGES[kind].format(path=path), path=path)


def unavailable_kind(error: BaseException) -> str | None:
    """The passing condition an SQLite error stands for, or None (damage, or not SQLite's)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    for code, kind in _UNAVAILABLE_CODES:
        if name.startswith(code):
            return kind
    if isinstance(error, sqlite3.OperationalError) and "disk is full" in str(error):
        return "disk_full"  # a build without extended codes
    if isinstance(error, OSError) and not isinstance(error, FileNotFoundError):
        return _OS_KINDS.get(error.errno or 0, "io_error")
    return None


# Failures of the files around SQLite (copies for a salvage, the -wal kept aside).
_OS_KINDS = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
}


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


def open_store(
    path: Path, *, now: datetime | None = None, busy_timeout_ms: int = _BUSY_TIMEOUT_MS
) -> Store:
    """Open (creating or migrating) the database at ``path``.

    Raises :class:`StorageUnavailableError` for a passing condition (nothing on disk changed)
    and :class:`SchemaTooNewError` for a database from a newer Pausetimer. A damaged file is
    moved aside with its companions and a fresh database holds what could be salvaged; a
    damaged ``-wal`` is copied aside. The store's ``recovery`` says what happened.
    """
    now = now or datetime.now(UTC)
    _check_ownership(path)
    wal = path.with_name(path.name + "-wal")
    wal_kept = None
    if wal.exists() and wal_is_damaged(wal):
        try:
            wal_kept = copy_aside(wal, now=now)
        except OSError as error:  # no copy, no opening: SQLite would drop what the copy keeps
            raise unavailable(unavailable_kind(error) or "io_error", path) from error
    try:
        if not _has_database_header(path):
            # Judged before SQLite opens it: SQLite would delete the -wal and -shm beside a
            # file that is not a database, and they may hold the user's latest changes.
            raise _DamagedError("file is not a database")
        conn = _connect_and_migrate(path, busy_timeout_ms)
    except _DamagedError as error:
        reason = str(error)
    else:
        if wal_kept is None:
            return Store(conn, path)
        reason = "the write-ahead log is damaged"
        return Store(conn, path, Recovery(moved_to=None, reason=reason, wal_kept=wal_kept))
    moved_to = move_aside(path, now=now, companions=_COMPANIONS)
    try:
        conn = _connect_and_migrate(path, busy_timeout_ms)
        try:
            count = salvage(moved_to, conn)
        except BaseException:
            conn.close()
            raise
    except (StorageUnavailableError, sqlite3.OperationalError, OSError) as error:
        # No fresh database without what could be salvaged into it (e.g. a full disk as well):
        # the damaged file goes back, so the next start tries again instead of starting empty.
        _put_back(moved_to, path)
        kind = unavailable_kind(error)
        if kind is None:
            raise
        raise unavailable(kind, path) from error
    recovery = Recovery(moved_to=moved_to, reason=reason, salvaged=count, wal_kept=wal_kept)
    return Store(conn, path, recovery)


_COMPANIONS = ("-wal", "-shm", "-journal")


def _put_back(moved_to: Path, path: Path) -> None:
    """Undo :func:`move_aside`: drop the fresh files begun at ``path`` and rename the damaged
    ones back."""
    for suffix in ("", *_COMPANIONS):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    for suffix in _COMPANIONS:
        companion = moved_to.with_name(moved_to.name + suffix)
        if companion.exists():
            os.replace(companion, path.with_name(path.name + suffix))
    os.replace(moved_to, path)


class _DamagedError(Exception):
    pass


def _has_database_header(path: Path) -> bool:
    """False for a file that cannot be an SQLite database (True for a missing or empty one)."""
    try:
        with path.open("rb") as file:
            head = file.read(len(_HEADER))
    except FileNotFoundError:
        return True
    except OSError as error:
        raise unavailable("io_error", path) from error
    return head in (b"", _HEADER)


_HEADER = b"SQLite format 3\x00"


def _check_ownership(path: Path) -> None:
    """A file of another account is not ours to repair or move; a file of ours that lost its
    read and write permission gets them back (0600) before anything judges it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise unavailable("permission", path) from error
    if info.st_uid != os.geteuid():
        raise unavailable("not_owner", path)
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        _restrict_permissions(file)
    if not os.access(path, os.R_OK | os.W_OK):  # e.g. a read-only mount
        raise unavailable("read_only", path)


def _connect_and_migrate(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """Raises :class:`_DamagedError` only for damage; passing conditions become
    :class:`StorageUnavailableError`."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout_ms / 1000)
    except sqlite3.Error as error:
        _raise_classified(error, path)
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
            raise unavailable("read_only", path)
        _migrate(conn, version)
        for suffix in ("-wal", "-shm"):
            _restrict_permissions(path.with_name(path.name + suffix))
        # Text deleted before a crash, or while a reader held the log, goes at the latest now;
        # without waiting: a reader in another program would hold up the start for seconds.
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        return conn
    except sqlite3.Error as error:
        conn.close()
        _raise_classified(error, path)
    except BaseException:
        conn.close()
        raise


def _raise_classified(error: sqlite3.Error, path: Path) -> NoReturn:
    kind = unavailable_kind(error)
    if kind is not None:
        raise unavailable(kind, path) from error
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(_DAMAGE_CODES) or type(error) is sqlite3.DatabaseError:
        raise _DamagedError(str(error)) from error
    raise error


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


def _restrict_permissions(path: Path) -> None:
    with suppress(OSError):  # missing, or a read-only disk: the access check that follows tells
        os.chmod(path, 0o600)
