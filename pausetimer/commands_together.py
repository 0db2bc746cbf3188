"""The ``together`` request (see :mod:`pausetimer.commands`): plan, list or delete moments
together. Qt-free; the running app and the command line run it alike.

Request: ``{"cmd": "together", "action": "plan" | "list" | "delete" | "delete_all", ...}``
(``delete_all`` takes nothing; the command line asks for --yes first); ``plan`` takes
``at`` (an ISO 8601 instant with offset) and optional ``note`` (str), ``delete`` takes ``id``
(int), ``list`` takes optional ``past`` (true: the moments that have passed too, so each can
be found and deleted). The result: the planned moment, the list, or ``{"deleted": 1}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pausetimer.core.changes import Source
from pausetimer.core.clock import Clock
from pausetimer.core.errors import InputError
from pausetimer.core.together import Moment
from pausetimer.service import PauseService

_CLI = Source.COMMAND_LINE


def moment_to_dict(moment: Moment, clock: Clock) -> dict[str, Any]:
    from pausetimer.core.report import iso

    return {
        "id": moment.id,
        "at": iso(moment.at, clock),
        "note": moment.note,
        "created_at": iso(moment.created_at, clock),
    }


def together(service: PauseService, request: Mapping[str, Any]) -> Any:
    from pausetimer.commands import MAX_PAUSE_ID, _instant, _note

    action = request.get("action", "plan")
    if action == "list":
        together = service.together
        listed = together.all() if request.get("past") is True else together.upcoming()
        return [moment_to_dict(m, service.clock) for m in listed]
    if action == "delete":
        moment_id = request.get("id")
        if type(moment_id) is not int or not 1 <= moment_id <= MAX_PAUSE_ID:
            raise InputError("id_malformed", "id must be the whole number shown by --list.")
        service.together.delete(moment_id, source=_CLI)
        return {"deleted": 1}
    if action == "delete_all":
        return {"deleted": service.together.delete_all(source=_CLI)}
    if action != "plan":
        raise InputError("unknown_command", f"Unknown together action {action!r}.")
    moment = service.together.plan(_instant(request, "at"), _note(request), source=_CLI)
    return moment_to_dict(moment, service.clock)
