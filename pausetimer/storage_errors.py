"""Why the pause database cannot be used right now, as opposed to damaged.

SQLite's extended error codes tell them apart: a full disk, a read-only or foreign file, a lock
or an I/O error are states of the machine the user can fix, and must never make the app move a
healthy file aside. Only SQLITE_CORRUPT and SQLITE_NOTADB (and a failed integrity check, see
``pausetimer.store``) are damage.

Plain Python, no Qt.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from pausetimer.core.errors import PausetimerError


class StorageUnavailableError(PausetimerError):
    """The database cannot be used right now, and nothing about it was changed: ``kind`` says
    why (see :data:`UNAVAILABLE_KINDS`), ``params["path"]`` which file. The user can fix it (free
    space, give the file back, close the other program) and try again."""


class DatabaseLockedError(StorageUnavailableError):
    """Another process holds the database for longer than we are willing to wait."""


# The only SQLite result codes that mean "this file is damaged". Everything else is a state of
# the machine (a full disk fails as SQLITE_FULL or SQLITE_IOERR_SHMSIZE, a read-only file as
# SQLITE_READONLY_*), and moving a healthy file aside for it loses the user's history from view.
DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
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
