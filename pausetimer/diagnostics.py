"""What a run of the app leaves behind for later: a log, a crash file and a running marker.

All three live in :func:`pausetimer.paths.log_dir`, private to the user:

- ``pausetimer.log`` (rotated at 512 KB, two older files kept): start and stop, pause events by id
  and time, reminders, notification channels and their failures, errors. Never text the user
  wrote (notes, reflections, letters): no log call is given one.
- ``crash.txt``: where :mod:`faulthandler` writes the Python stacks of every thread when the
  process dies of a fatal signal (segfault, abort, bus error, ...).
- ``running``: exists while the app runs; every clean end (Quit, SIGTERM, SIGINT, SIGHUP, the
  display going away) removes it.

The next start reads them: a non-empty crash file or a marker left behind means the last run ended
unexpectedly, and the user is told. Both are needed. faulthandler catches fatal signals but not a
"Fatal Python error" such as the ``none_dealloc`` abort of a leaking binding (measured on CPython
3.11: it switches itself off before that abort, and the file stays empty), nor SIGKILL (the
out-of-memory killer) or a power cut; the marker notices all of these but says nothing about why.
Its content (process id and start time) is only for a person reading the folder.

Plain Python, no Qt: :mod:`logging` is loaded by PySide6 anyway, :mod:`faulthandler` is built in.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

LOG_NAME = "pausetimer.log"
CRASH_NAME = "crash.txt"
MARKER_NAME = "running"
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 2
_FILE_MODE = 0o600

_log = logging.getLogger("pausetimer")


class RotatingLog(logging.FileHandler):
    """A log file that starts afresh past ``max_bytes``, keeping ``backups`` older ones
    (``.1`` newest). ``logging.handlers.RotatingFileHandler`` does the same, but its module
    imports pickle, queue and socket, a cost on every start of a tray app (measured:
    benchmarks/README.md)."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        self._max_bytes = max_bytes
        self._backups = backups
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:  # a private file, whatever the umask
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, _FILE_MODE)
        return os.fdopen(descriptor, "a", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self._max_bytes:
                self._rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # FileHandler reopens on demand
        path = Path(self.baseFilename)
        for number in range(self._backups, 0, -1):
            older = path if number == 1 else path.with_name(f"{path.name}.{number - 1}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number}"))
        self.stream = self._open()


class _UtcFormatter(logging.Formatter):
    """``2026-12-02T06:15:29Z INFO pausetimer.service: ...``: UTC, like everything stored."""

    @staticmethod
    def converter(seconds: float | None, /) -> time.struct_time:
        return time.gmtime(seconds)

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class PreviousRun:
    """How the run before this one ended."""

    ended_cleanly: bool
    fatal_error: str = ""  # faulthandler's report, when there was one


class RunRecord:
    """The log, crash file and marker of this run: :meth:`open` once the app knows it is the only
    instance (a second start must not touch the first one's files), :meth:`close` at a clean end.

    ``catch_fatal=False`` leaves :mod:`faulthandler` alone (tests running inside pytest, whose own
    faulthandler must stay in place).
    """

    def __init__(self, folder: Path, *, catch_fatal: bool = True) -> None:
        self.folder = folder
        self.catch_fatal = catch_fatal
        self._handler: RotatingLog | None = None
        self._crash_file: IO[str] | None = None
        self._opened = False

    @property
    def log_path(self) -> Path:
        return self.folder / LOG_NAME

    @property
    def crash_path(self) -> Path:
        return self.folder / CRASH_NAME

    @property
    def marker_path(self) -> Path:
        return self.folder / MARKER_NAME

    def open(self) -> PreviousRun:
        """Start logging, read what the previous run left, and arm the crash file and marker."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._opened = True
        fatal_error = _read_text(self.crash_path).strip()
        marker_left = self.marker_path.exists()
        self._start_logging()
        if fatal_error:
            _log.error("The previous run ended with a fatal error:\n%s", fatal_error)
        elif marker_left:
            _log.warning(
                "The previous run did not end cleanly and left no report (killed, power lost, "
                "or a fatal Python error written to its terminal)"
            )
        # Truncated now that its report is in the log: the next start tells only of a new crash.
        descriptor = os.open(self.crash_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, _FILE_MODE)
        self._crash_file = os.fdopen(descriptor, "w", encoding="utf-8")
        if self.catch_fatal:
            faulthandler.enable(self._crash_file, all_threads=True)
        else:
            self._crash_file.close()
            self._crash_file = None
        # Plain, not atomic: only whether the marker exists counts, never what it says.
        started = datetime.now(UTC).isoformat(timespec="seconds")
        marker = os.open(self.marker_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, _FILE_MODE)
        with os.fdopen(marker, "w", encoding="utf-8") as file:
            file.write(f"pid {os.getpid()} since {started}\n")
        return PreviousRun(
            ended_cleanly=not fatal_error and not marker_left, fatal_error=fatal_error
        )

    def close(self, reason: str) -> None:
        """A clean end: log it and remove the marker. faulthandler stays on until the process
        exits, so a crash while Python and Qt tear down still leaves its report. Does nothing
        when :meth:`open` was not called (a second start hands over and leaves the first one's
        marker alone)."""
        if not self._opened:
            return
        self._opened = False
        _log.info("Pausetimer stopped (%s)", reason)
        self.marker_path.unlink(missing_ok=True)
        if self._handler is not None:
            logging.getLogger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def _start_logging(self) -> None:
        handler = RotatingLog(self.log_path, max_bytes=LOG_MAX_BYTES, backups=LOG_BACKUPS)
        handler.setFormatter(_UtcFormatter())
        # On the root logger, so warnings of the libraries (APScheduler, plyer) land here too;
        # our own loggers tell more (INFO) than the libraries' chatter (WARNING and up).
        root = logging.getLogger()
        root.addHandler(handler)
        if root.level == logging.NOTSET or root.level > logging.WARNING:
            root.setLevel(logging.WARNING)
        _log.setLevel(logging.INFO)
        self._handler = handler


ErrorListener = Callable[[], None]


def install_error_hooks(on_error: ErrorListener) -> Callable[[], None]:
    """Log every uncaught exception, then call ``on_error`` (from the failing thread).

    ``sys.excepthook`` covers the main thread, including exceptions raised in Qt slots (PySide6
    hands them to it and carries on); ``threading.excepthook`` covers worker threads. The previous
    hooks still run, so a terminal shows the traceback as before. Returns a function that puts
    the previous hooks back.
    """
    previous_sys = sys.excepthook
    previous_thread = threading.excepthook

    def sys_hook(
        kind: type[BaseException], value: BaseException, traceback: TracebackType | None
    ) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            _log.error("Unexpected error", exc_info=(kind, value, traceback))
        previous_sys(kind, value, traceback)
        if not issubclass(kind, KeyboardInterrupt):
            on_error()

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit and args.exc_value is not None:
            name = args.thread.name if args.thread is not None else "?"
            _log.error(
                "Unexpected error in thread %s",
                name,
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous_thread(args)
        if args.exc_type is not SystemExit:
            on_error()

    sys.excepthook = sys_hook
    threading.excepthook = thread_hook

    def restore() -> None:
        sys.excepthook = previous_sys
        threading.excepthook = previous_thread

    return restore


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:  # none yet, or unreadable: nothing to report
        return ""
