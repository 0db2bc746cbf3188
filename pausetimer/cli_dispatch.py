"""Where a command runs: through the running app when one answers (so its tray follows at once),
otherwise on the database in this process; and ``start`` starting the app first when none runs."""

from __future__ import annotations

import os
import sys

from pausetimer import paths
from pausetimer.cli_i18n import translate
from pausetimer.cli_output import EXIT_OK, EXIT_REFUSED, say
from pausetimer.core.clock import Clock
from pausetimer.responses import Response, failure

# `status` loads only what it needs (see pausetimer.cli): not even the typing module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from pausetimer.data_folder import DataFolderError

# How long `start` waits for the tray app it started.
APP_START_PATIENCE_S = 10.0


def dispatch(request: dict[str, Any], clock: Clock) -> Response:
    """Through the running app if there is one, else directly on the database."""
    from pausetimer.data_folder import DataFolderError, check_data_folder
    from pausetimer.services.single_instance import InstanceGuard, claim_or_forward

    guard = InstanceGuard()
    try:
        check_data_folder()
        forwarded = claim_or_forward(request, guard)
    except DataFolderError as error:
        return data_folder_failure(error)
    if forwarded is None:
        # We hold the instance lock: no app can start half-way through our change.
        try:
            return run_directly(request, clock)
        finally:
            guard.release()
    # Also when the running app cannot be reached: acting on the database behind its back gave
    # a pause nobody was reminded of. The refusal says so and changed nothing.
    return forwarded


def run_directly(request: dict[str, Any], clock: Clock) -> Response:
    from pausetimer import storage_texts
    from pausetimer.commands import execute
    from pausetimer.service import PauseService
    from pausetimer.store import SchemaTooNewError, StorageUnavailableError, open_store

    try:
        store = open_store(paths.database_path(), now=clock.now())
    except SchemaTooNewError as error:
        return failure(EXIT_REFUSED, error.kind, error.message)
    except StorageUnavailableError as error:  # a full disk, a foreign file: nothing changed
        return failure(EXIT_REFUSED, error.kind, storage_texts.unavailable(error))
    try:
        if store.recovery is not None:
            say(sys.stderr, storage_texts.recovered(store.recovery))
        response = execute(PauseService(store, clock), request)
        result = response.get("result")
        if isinstance(result, dict) and result.get("wiped") is False:
            # Nobody waits on a GUI here: give a reader of the log a moment to let go, so the
            # reply can say the deleted text is gone.
            result["wiped"] = store.wait_scrubbed(2.0)
        return response
    finally:
        store.close()


def data_folder_failure(error: DataFolderError) -> Response:
    """The refusal for an unusable data folder, with what it names for the user's language."""
    params = {"folder_kind": error.kind, "path": str(error.path), "reason": error.reason}
    return failure(EXIT_REFUSED, "data_folder_unusable", error.message, params)


def status_response(clock: Clock) -> Response:
    """The running app's answer, else the database's: without Qt, and without the instance
    lock, since reading the status changes nothing an app starting meanwhile could trip over."""
    from pausetimer.data_folder import DataFolderError, check_data_folder
    from pausetimer.services.instance_client import send_request

    try:
        check_data_folder()
    except DataFolderError as error:
        return data_folder_failure(error)
    answered = send_request({"cmd": "status"})
    if answered is not None:
        return answered
    from pausetimer.status_peek import peek_status

    peeked = peek_status(paths.database_path(), clock)
    return peeked if peeked is not None else run_directly({"cmd": "status"}, clock)


def start_with_app(request: dict[str, Any], clock: Clock) -> Response:
    """Start a pause through the running app; when none runs, start the app first, so that a
    pause begun from a launcher or a keyboard shortcut always has someone to remind you."""
    from pausetimer.data_folder import DataFolderError
    from pausetimer.services.instance_client import send_request
    from pausetimer.services.single_instance import InstanceGuard

    answered = send_request(request)
    if answered is not None:
        return answered
    # Only when no app holds the lock: one that does but does not answer (starting, or its
    # socket removed) is reached, woken or reported by dispatch(), never doubled.
    guard = InstanceGuard()
    try:
        nobody = guard.try_acquire()
    except DataFolderError:
        nobody = False  # dispatch() says what is wrong with the folder
    guard.release()
    if nobody and launch_app():
        answered = send_request(request)
        if answered is not None:
            return answered
    response = dispatch(request, clock)
    if nobody and response.get("exit_code") == EXIT_OK:
        say(
            sys.stderr,
            translate(
                "CommandLine",
                "Note: Pausetimer itself is not running, so no reminder will come until you start "
                "it (pausetimer).",
            ),
        )
    return response


def launch_app(patience_s: float = APP_START_PATIENCE_S) -> bool:
    """Start the tray app in the background, on its own, and wait until it answers. False when
    there is no desktop to show it on, or it did not come up in time."""
    import subprocess
    import time

    from pausetimer.services.instance_client import send_request

    if not _has_desktop():
        return False
    # An app bundle is its own executable; otherwise this Python runs the package.
    frozen = getattr(sys, "frozen", False)
    command = [sys.executable] if frozen else [sys.executable, "-m", "pausetimer"]
    try:
        subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # it outlives this command, and a Ctrl+C meant for it
        )
    except OSError:
        return False
    deadline = time.monotonic() + patience_s
    while time.monotonic() < deadline:
        if send_request({"cmd": "status"}, timeout_ms=1000) is not None:
            return True
        time.sleep(0.1)
    return False


def _has_desktop() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
