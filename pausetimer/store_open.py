"""Opening the pause database defensively (see :func:`pausetimer.store.open_store`).

Passing trouble (a full disk, a read-only or foreign file, a lock) raises
:class:`~pausetimer.storage_errors.StorageUnavailableError` and changes nothing on disk. Only real
damage moves the file aside, with its companions, and a fresh database receives what
:mod:`pausetimer.salvage` can still read; a damaged ``-wal`` is copied aside before SQLite may
drop it.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

from pausetimer.files import copy_aside, move_aside
from pausetimer.storage_errors import (
    DAMAGE_CODES,
    StorageUnavailableError,
    unavailable,
    unavailable_kind,
)
from pausetimer.store import (
    BUSY_TIMEOUT_MS,
    MIGRATIONS,
    SCHEMA_VERSION,
    Recovery,
    SchemaTooNewError,
    Store,
)


def open_database(
    path: Path, *, now: datetime | None = None, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Store:
    """See :func:`pausetimer.store.open_store`.

    Raises :class:`StorageUnavailableError` for a passing condition (nothing on disk changed)
    and :class:`SchemaTooNewError` for a database from a newer Pausetimer. A damaged file is
    moved aside with its companions and a fresh database holds what could be salvaged; a
    damaged ``-wal`` is copied aside. The store's ``recovery`` says what happened.
    """
    now = now or datetime.now(UTC)
    _check_ownership(path)
    wal = path.with_name(path.name + "-wal")
    wal_kept = None
    if wal.exists() and _wal_is_damaged(wal):
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
            count = _salvage(moved_to, conn)
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
    if name.startswith(DAMAGE_CODES) or type(error) is sqlite3.DatabaseError:
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


# The salvage code loads only where a file needs it: every `pausetimer status` without a running
# app opens the database through here.
def _wal_is_damaged(wal: Path) -> bool:
    from pausetimer.salvage import wal_is_damaged

    return wal_is_damaged(wal)


def _salvage(damaged: Path, conn: sqlite3.Connection) -> int:
    from pausetimer.salvage import salvage

    return salvage(damaged, conn)
