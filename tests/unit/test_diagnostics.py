"""The log, crash file and running marker, with real files; fatal errors in real child processes."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from types import TracebackType

import pytest

from pausetimer.core.pause import ReturnSpec
from pausetimer.diagnostics import RotatingLog, RunRecord, install_error_hooks
from pausetimer.service import PauseService


@pytest.fixture
def record(tmp_path: Path) -> Iterator[RunRecord]:
    opened = RunRecord(tmp_path / "logs", catch_fatal=False)
    yield opened
    opened.close("test over")


def test_a_first_run_is_clean_and_its_files_are_private(record: RunRecord) -> None:
    previous = record.open()
    assert previous.ended_cleanly and previous.fatal_error == ""
    assert record.marker_path.read_text().startswith(f"pid {os.getpid()} since ")
    logging.getLogger("pausetimer.test").info("hello")
    assert stat.S_IMODE(record.folder.stat().st_mode) == 0o700
    for path in (record.log_path, record.crash_path, record.marker_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert "INFO pausetimer.test: hello" in record.log_path.read_text()


def test_a_clean_close_removes_the_marker_and_the_next_run_is_clean(tmp_path: Path) -> None:
    first = RunRecord(tmp_path, catch_fatal=False)
    first.open()
    first.close("quit")
    assert not first.marker_path.exists()
    assert "Pausetimer stopped (quit)" in first.log_path.read_text()
    second = RunRecord(tmp_path, catch_fatal=False)
    assert second.open().ended_cleanly
    second.close("quit")


def test_a_marker_left_behind_means_the_last_run_ended_unexpectedly(
    record: RunRecord,
) -> None:
    record.folder.mkdir(parents=True)
    record.marker_path.write_text("pid 1 since 2026-12-01T10:00:00+00:00\n")
    previous = record.open()
    assert not previous.ended_cleanly and previous.fatal_error == ""
    assert "did not end cleanly" in record.log_path.read_text()


def test_a_crash_report_is_kept_in_the_log_and_told_only_once(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "crash.txt").write_text("Fatal Python error: Segmentation fault\n  File x.py\n")
    first = RunRecord(folder, catch_fatal=False)
    previous = first.open()
    first.close("quit")
    assert not previous.ended_cleanly
    assert previous.fatal_error.startswith("Fatal Python error: Segmentation fault")
    assert "Segmentation fault" in first.log_path.read_text()
    assert first.crash_path.read_text() == ""
    again = RunRecord(folder, catch_fatal=False)
    assert again.open().ended_cleanly
    again.close("quit")


def test_close_without_open_leaves_the_running_instance_alone(tmp_path: Path) -> None:
    running = RunRecord(tmp_path, catch_fatal=False)
    running.open()
    RunRecord(tmp_path, catch_fatal=False).close("handed over to the running app")
    assert running.marker_path.exists()
    running.close("quit")


def test_the_log_rotates_and_keeps_two_older_files(tmp_path: Path) -> None:
    path = tmp_path / "pausetimer.log"
    handler = RotatingLog(path, max_bytes=1000, backups=2)
    logger = logging.getLogger("pausetimer.rotation-test")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        for number in range(200):
            logger.info("line %03d %s", number, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["pausetimer.log", "pausetimer.log.1", "pausetimer.log.2"]
    assert all(p.stat().st_size < 1100 for p in tmp_path.iterdir())
    assert "line 199" in path.read_text()  # the newest line is in the current file


def test_pause_events_are_logged_without_the_users_words(
    service: PauseService, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    pause, _ = service.start(ReturnSpec(after=timedelta(hours=1)), note="SECRET-START-NOTE")
    service.extend(timedelta(minutes=15))
    ended = service.end(note="SECRET-END-NOTE", return_note="SECRET-RETURN-NOTE")
    assert pause.id is not None and "SECRET-END-NOTE" in ended.note
    service.set_return_note(pause.id, "SECRET-LATER-NOTE")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert f"Pause {pause.id} started" in logged and f"Pause {pause.id} ended" in logged
    assert "SECRET" not in logged


def test_uncaught_errors_are_logged_told_and_still_printed(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    printed: list[str] = []

    def sys_hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        printed.append(f"sys: {value}")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        printed.append(f"thread: {args.exc_value}")

    monkeypatch.setattr(sys, "excepthook", sys_hook)
    monkeypatch.setattr(threading, "excepthook", thread_hook)
    told: list[str] = []
    restore = install_error_hooks(lambda: told.append(threading.current_thread().name))
    try:
        try:
            raise ValueError("in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        worker = threading.Thread(target=lambda: 1 / 0, name="worker")
        worker.start()
        worker.join()
    finally:
        restore()
    assert sys.excepthook is sys_hook and threading.excepthook is thread_hook
    assert printed == ["sys: in a slot", "thread: division by zero"]
    assert told == ["MainThread", "worker"]
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert [r.exc_info[1].__class__.__name__ for r in errors if r.exc_info] == [
        "ValueError",
        "ZeroDivisionError",
    ]
    assert "thread worker" in errors[1].getMessage()


def _die(folder: Path, how: str) -> subprocess.CompletedProcess[str]:
    """A child process that opens a RunRecord in ``folder`` and then dies ``how``."""
    script = textwrap.dedent(
        f"""
        import ctypes, faulthandler, os, sys
        from pathlib import Path
        from pausetimer.diagnostics import RunRecord
        RunRecord(Path(sys.argv[1])).open()
        {how}
        """
    )
    return subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("how", "report"),
    [
        ("faulthandler._sigsegv()", "Segmentation fault"),
        ("os.abort()", "Aborted"),
    ],
)
def test_a_fatal_signal_leaves_a_report_for_the_next_run(
    tmp_path: Path, how: str, report: str
) -> None:
    died = _die(tmp_path, how)
    assert died.returncode < 0
    assert report in (tmp_path / "crash.txt").read_text()
    record = RunRecord(tmp_path, catch_fatal=False)
    previous = record.open()
    record.close("quit")
    assert not previous.ended_cleanly and report in previous.fatal_error


def test_a_fatal_python_error_is_caught_by_the_marker_alone(tmp_path: Path) -> None:
    # Like the none_dealloc abort of a leaking binding: faulthandler turns itself off before
    # Python aborts, so only the marker tells the next run.
    died = _die(tmp_path, "ctypes.pythonapi.Py_FatalError(b'test')")
    assert died.returncode < 0 and "Fatal Python error" in died.stderr
    assert (tmp_path / "crash.txt").read_text() == ""
    record = RunRecord(tmp_path, catch_fatal=False)
    previous = record.open()
    record.close("quit")
    assert not previous.ended_cleanly and previous.fatal_error == ""
