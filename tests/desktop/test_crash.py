"""A crash, a clean stop and a quit, for real: the app under Xvfb with a tray, killed by a fatal
signal, stopped by SIGTERM, and quit from its real tray menu while a pause runs."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import pytest

from tests.desktop.apps import AppProcess, cli_json
from tests.desktop.harness import Desktop, wait_until

SECRET = "SECRET-WORDS-7f3a"


def _windows(app: AppProcess) -> list[dict[str, Any]]:
    windows: list[dict[str, Any]] = app.inspect()["windows"]
    return windows


def _window(app: AppProcess, object_name: str) -> dict[str, Any] | None:
    return next((w for w in _windows(app) if w["object_name"] == object_name), None)


def _log_files(data_dir: Path) -> str:
    return "\n".join(p.read_text(errors="replace") for p in sorted((data_dir / "logs").iterdir()))


@pytest.mark.parametrize(
    ("fatal", "report"), [(signal.SIGSEGV, "Segmentation fault"), (signal.SIGABRT, "Aborted")]
)
def test_after_a_fatal_signal_the_next_start_tells_calmly_and_the_pause_is_kept(
    desktop: Desktop, data_dir: Path, fatal: signal.Signals, report: str
) -> None:
    app = AppProcess(desktop, data_dir).start()
    try:
        app.wait_for_tray_icon()
        started = cli_json(desktop, data_dir, "start", "--for", "45m", "--note", SECRET)
        app.process.popen.send_signal(fatal)
        assert app.wait_exit() == -fatal
        crash_text = (data_dir / "logs" / "crash.txt").read_text()
        assert f"Fatal Python error: {report}" in crash_text

        app.start()
        app.wait_for_tray_icon()
        notice = wait_until(lambda: _window(app, "crashNotice"), 15, "the crash notice")
        assert "Pausetimer closed unexpectedly last time." in notice["text"]
        assert "Your pause is safe" in notice["text"]
        assert str(data_dir / "logs") in notice["text"]
        status = cli_json(desktop, data_dir, "status")
        assert (status["state"], status["return_at"]) == ("running", started["return_at"])

        cli_json(desktop, data_dir, "end", "--note", SECRET)
    finally:
        app.stop()
    logged = _log_files(data_dir)
    assert "Pause 1 started" in logged and "Pause 1 ended" in logged
    assert f"previous run ended with a fatal error:\nFatal Python error: {report}" in logged
    assert SECRET not in logged


def test_sigterm_stops_cleanly_and_the_next_start_has_nothing_to_tell(
    desktop: Desktop, data_dir: Path
) -> None:
    app = AppProcess(desktop, data_dir).start()
    try:
        app.wait_for_tray_icon()
        cli_json(desktop, data_dir, "start", "--for", "45m")
        app.process.popen.send_signal(signal.SIGTERM)
        assert app.wait_exit() == 0
        logs = data_dir / "logs"
        assert "Pausetimer stopped (signal SIGTERM)" in (logs / "pausetimer.log").read_text()
        assert not (logs / "running").exists()
        assert not (data_dir / "pausetimer.db-wal").exists()  # the database was closed

        app.start()
        app.wait_for_tray_icon()
        assert cli_json(desktop, data_dir, "status")["state"] == "running"
        assert _window(app, "crashNotice") is None
    finally:
        app.stop()


def test_tray_quit_during_a_pause_asks_and_enter_keeps_it_running(
    desktop: Desktop, data_dir: Path
) -> None:
    app = AppProcess(desktop, data_dir).start()
    try:
        app.wait_for_tray_icon()
        cli_json(desktop, data_dir, "start", "--for", "45m")
        app.click_menu_path("Quit")
        question = wait_until(lambda: _window(app, "quitQuestion"), 15, "the quit question")
        assert "will not come while Pausetimer is closed" in question["text"]
        wait_until(lambda: (_window(app, "quitQuestion") or {}).get("active"), 10, "focus")

        desktop.key("Return")  # the default button: keep running
        wait_until(lambda: _window(app, "quitQuestion") is None, 10, "the question to close")
        assert app.alive()

        app.click_menu_path("Quit")
        wait_until(lambda: (_window(app, "quitQuestion") or {}).get("active"), 15, "focus")
        desktop.key("alt+q")  # Quit anyway
        assert app.wait_exit() == 0
        assert "Pausetimer stopped (quit)" in (data_dir / "logs" / "pausetimer.log").read_text()
    finally:
        app.stop()
