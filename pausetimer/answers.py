"""The running app's answer to a request from another process: the command line's requests (see
:mod:`pausetimer.commands`), plus those only the running app can answer (show a window, describe
what is visible)."""

from __future__ import annotations

from typing import Any

from pausetimer.context import AppContext
from pausetimer.responses import Response, failure
from pausetimer.shell import Shell

__all__ = ["Response", "answer"]


def answer(ctx: AppContext | None, shell: Shell | None, request: dict[str, Any]) -> Response:
    """Answer ``request`` on the main thread.

    Changes go through the shared service, whose listeners feed ``ctx.events``: the tray
    shows a pause started from the command line at once."""
    if ctx is None or shell is None:
        return failure(1, "not_ready", "Pausetimer is still starting; try again.")
    if request.get("cmd") == "inspect":  # read-only, for the real-desktop tests
        return {"exit_code": 0, "result": _describe_visible_ui(), "warnings": [], "error": None}
    if request.get("cmd") == "show":
        name = request.get("window", "window")
        if name != "window" and shell.open_window is not None:
            shell.open_window(str(name))
        else:
            shell.window.present()
        return {"exit_code": 0, "result": None, "warnings": [], "error": None}
    if request.get("cmd") == "follow":  # only a transport that keeps connections can
        return failure(1, "follow_unsupported", "Following the status is not possible here.")
    # The command logic loads with the first request: an app waiting in the tray needs none of it,
    # and every module loaded costs its idle memory (benchmarks/README.md).
    from pausetimer.commands import execute

    return execute(ctx.service, request)


def _describe_visible_ui() -> dict[str, Any]:
    # Imported when asked: only tests and scripts ask, and the import costs start-up memory.
    from pausetimer.services.introspection import describe_visible_ui

    return describe_visible_ui()
