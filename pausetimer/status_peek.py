"""``pausetimer status`` with no app running, read straight from the database file.

The full way opens the store as a writer would (ownership, damage, migrations, salvage, the
scrubber) and loads the commands and the service: a good third of a status query's time, for a
question that changes nothing. This reads the active pause with a read-only connection and answers
as the service would (the same rows, the same :func:`core.report.status_to_dict`). At anything
unusual it gives up (None) and the full way decides: no database yet, a file that is not the
user's own and private, a write-ahead log with content (an app may be writing, or one crashed),
another schema version, a clock before the pause's start, or any SQLite error.

The file is opened ``immutable``: no lock and no ``-wal``/``-shm`` files left behind by a reader.
A writer starting in the very same moment could make this read fail (then the full way answers)
or show the state from just before its write, as any status read a moment earlier would.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from pausetimer.core.clock import Clock
from pausetimer.core.pause import PauseState
from pausetimer.core.report import Status, status_to_dict
from pausetimer.responses import Response
from pausetimer.store_rows import PAUSE_COLUMNS, pause_from_row

# The store's schema version (pausetimer.store.SCHEMA_VERSION; a test keeps the two equal).
SCHEMA_VERSION = 6


def peek_status(path: Path, clock: Clock) -> Response | None:
    """The status response, or None when the full way must answer."""
    if not _plainly_ours(path):
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone() != (SCHEMA_VERSION,):
            return None
        row = conn.execute(f"SELECT {PAUSE_COLUMNS} FROM pauses WHERE ended_at IS NULL").fetchone()
        pause = pause_from_row(conn, row) if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    now = clock.now()
    if pause is not None and now < pause.started_at:
        return None  # the clock was set back: the service knows what to say
    state = pause.state(now) if pause else PauseState.IDLE
    result = status_to_dict(Status(state=state, pause=pause, now=now), clock)
    return {"exit_code": 0, "result": result, "warnings": [], "error": None}


def _plainly_ours(path: Path) -> bool:
    """A private file of this user with no write-ahead log content beside it."""
    try:
        info = path.stat()
    except OSError:
        return False
    try:
        wal_size = path.with_name(path.name + "-wal").stat().st_size
    except FileNotFoundError:
        wal_size = 0
    except OSError:
        return False
    private = stat.S_IMODE(info.st_mode) & 0o077 == 0
    return stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid() and private and not wal_size
