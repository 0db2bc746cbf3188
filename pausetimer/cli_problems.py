"""The command line's sentences for the problems that name something (a date, a pause id, the
data folder), in the user's language; :func:`pausetimer.cli_text.problem` has the others.

The English sentences stay with the code that finds the problem (they go into logs and into
``--json`` error objects unchanged); these are what a person reads.
"""

from __future__ import annotations

from pausetimer.cli_i18n import translate

# The typing module costs a status query a noticeable slice; the checker still sees it.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def named_problem(kind: str, params: dict[str, Any]) -> str | None:
    """The sentence for ``kind`` with what ``params`` names filled in; None for another kind."""
    text = str(params.get("text", ""))
    pause_id = str(params.get("id", ""))
    if kind == "date_out_of_range":
        sentence = translate(
            "CommandLine",
            "'%1' is outside the supported range; use dates from 1970-01-01 to 9998-12-31.",
        )
        return sentence.replace("%1", text)
    if kind == "id_out_of_range":
        sentence = translate(
            "CommandLine", "%1 is not a pause id; ids are whole numbers from 1 to %2."
        )
        return sentence.replace("%1", pause_id).replace("%2", str(params.get("highest", "")))
    if kind == "no_such_pause":
        return translate("CommandLine", "There is no pause with id %1.").replace("%1", pause_id)
    if kind == "data_folder_unusable":
        return data_folder_sentence(
            str(params.get("folder_kind")), str(params.get("path")), str(params.get("reason"))
        )
    if kind == "pause_running":
        return translate("CommandLine", "This pause is still running; end it before deleting it.")
    return None


def data_folder_sentence(folder_kind: str, path: str, reason: str) -> str | None:
    """Why the data folder cannot be used, naming it (and the system's reason, if any)."""
    from pausetimer import data_folder as kinds

    sentences = {
        kinds.CANNOT_CREATE: translate(
            "CommandLine", "Pausetimer cannot create its data folder %1: %2."
        ),
        kinds.NOT_YOURS: translate(
            "CommandLine",
            "Pausetimer's data folder %1 belongs to another user, so it is not used.",
        ),
        kinds.DANGLING_LINK: translate(
            "CommandLine",
            "%1 is a link to %2, which does not exist; remove the link or restore what it "
            "points to.",
        ),
        kinds.CANNOT_WRITE: translate(
            "CommandLine",
            "Pausetimer cannot write in its data folder %1: %2. Free some space or check the "
            "folder's permissions.",
        ),
    }
    sentence = sentences.get(folder_kind)
    return None if sentence is None else sentence.replace("%1", path).replace("%2", reason)
