"""The shape of an answer to a command (see :mod:`pausetimer.commands`), on its own so that the
command line's quick paths (``status`` asking the running app) need not load the pause logic."""

from __future__ import annotations

# The typing module costs a status query a noticeable slice; the checker still sees it.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

Response = dict[str, "Any"]  # a string: the alias is built at run time without typing


def failure(
    exit_code: int, kind: str, message: str, params: dict[str, Any] | None = None
) -> Response:
    """A response that reports an error; also used by the transports for their own failures.
    ``params`` are what the message names (a pause id, a date), for the command line to say it
    in the user's language."""
    error: dict[str, Any] = {"kind": kind, "message": message}
    if params:
        error["params"] = params
    return {"exit_code": exit_code, "result": None, "warnings": [], "error": error}
