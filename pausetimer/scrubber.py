"""Wiping deleted text out of the database's write-ahead log without making anyone wait.

``secure_delete`` zeroes freed content, but with WAL the old pages stay in the ``-wal`` file until
a checkpoint copies the zeroed pages back and the log is emptied (``TRUNCATE``). That checkpoint
must wait for every reader of the log: another program reading the database can hold it for
seconds. On the GUI thread that froze the app for 4.7 s, so it runs here, in a thread with its
own connection that never waits on a lock: when a reader is in the way it tries again later
(quickly at first, then at most every few seconds) until the log is empty.

Plain Python, no Qt.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from pausetimer.lazy_log import LazyLogger

_log = LazyLogger(__name__)

FIRST_RETRY_S = 0.1
LAST_RETRY_S = 3.0


class Scrubber:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._wanted = threading.Event()
        self._stopping = threading.Event()
        self._done = threading.Event()
        self._done.set()
        self._thread: threading.Thread | None = None

    def request(self) -> None:
        """Scrub soon; returns at once."""
        with self._lock:
            if self._stopping.is_set():
                return
            self._done.clear()
            self._wanted.set()
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="pausetimer-scrub", daemon=True
                )
                self._thread.start()

    def wait(self, timeout_s: float) -> bool:
        """True once every requested scrub is done."""
        return self._done.wait(timeout_s)

    def stop(self, wait_s: float = 0.0) -> None:
        """Give a pending scrub ``wait_s`` seconds, then end the thread."""
        self._done.wait(wait_s)
        with self._lock:
            self._stopping.set()
            self._wanted.set()
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        delay = FIRST_RETRY_S
        while True:
            self._wanted.wait()
            if self._stopping.is_set():
                return
            self._wanted.clear()
            if self._checkpoint():
                delay = FIRST_RETRY_S
                with self._lock:
                    if not self._wanted.is_set():
                        self._done.set()
                continue
            self._wanted.set()  # still wanted: try again after a pause
            if self._stopping.wait(delay):
                return
            delay = min(delay * 2, LAST_RETRY_S)

    def _checkpoint(self) -> bool:
        """One attempt, never waiting for a lock: True when the log is empty."""
        try:
            conn = sqlite3.connect(self._path, isolation_level=None, timeout=0)
        except sqlite3.Error as error:
            _log.warning("cannot open the database to wipe deleted text: %s", error)
            return False
        try:
            busy, _frames, _copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error as error:
            _log.info("wiping deleted text must wait: %s", error)
            return False
        finally:
            conn.close()
        return bool(busy == 0)
