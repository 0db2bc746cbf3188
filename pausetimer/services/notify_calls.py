"""The calls to org.freedesktop.Notifications as data: what one notification is, and its Notify
and CloseNotification arguments, for ``gdbus`` (GVariant text, passed as argv: no shell, so quotes
and apostrophes arrive intact) and for the own connection (plain values, typed by the signature).
Qt-free, so they are checked without a bus.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from pausetimer import APP_NAME, DESKTOP_ID

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
# Programs that copy this desktop's notifications to a phone, by their bus names.
FORWARDERS = ("org.kde.kdeconnect", "org.gnome.Shell.Extensions.GSConnect")


class Urgency(enum.IntEnum):
    LOW = 0
    NORMAL = 1


class Outcome(enum.Enum):
    SHOWN = "shown"
    FAILED = "failed"  # the server (or gdbus, or the bus) said no: another channel may work
    TIMED_OUT = "timed_out"  # no answer within the bound: the server hangs, skip what uses it


@dataclass(frozen=True)
class Request:
    """One notification."""

    summary: str
    body: str
    urgency: Urgency = Urgency.NORMAL
    expire_ms: int = 0  # 0: stays until withdrawn or dismissed
    actions: tuple[tuple[str, str], ...] = ()  # (key, label) of each button, where supported


def gvariant_string(text: str) -> str:
    """A GVariant text literal that parses back to exactly ``text``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def notify_argv(request: Request, replaces_id: int, timeout_s: int) -> list[str]:
    hints = (
        f'{{"urgency": <byte {int(request.urgency)}>, '
        f'"desktop-entry": <{gvariant_string(DESKTOP_ID)}>}}'
    )
    return [
        *_call_prefix(timeout_s),
        f"{INTERFACE}.Notify",
        gvariant_string(APP_NAME),
        f"uint32 {replaces_id}",
        gvariant_string(DESKTOP_ID),  # the app icon, by its installed theme name
        gvariant_string(request.summary),
        gvariant_string(request.body),
        "@as []",  # no actions (see the module's doc)
        f"@a{{sv}} {hints}",
        f"int32 {request.expire_ms}",
    ]


def notify_arguments(
    request: Request, replaces_id: int, actions: tuple[tuple[str, str], ...]
) -> tuple[object, ...]:
    """The same call for the own connection: the values, typed by the signature there."""
    hints = {"urgency": ("y", int(request.urgency)), "desktop-entry": ("s", DESKTOP_ID)}
    flat = [text for action in actions for text in action]
    return (APP_NAME, replaces_id, DESKTOP_ID, request.summary, request.body, flat, hints,
            request.expire_ms)  # fmt: skip


def close_argv(notification_id: int, timeout_s: int) -> list[str]:
    return [*_call_prefix(timeout_s), f"{INTERFACE}.CloseNotification", f"uint32 {notification_id}"]


def _call_prefix(timeout_s: int) -> list[str]:
    head = ["call", "--session", "--timeout", str(timeout_s), "--dest", SERVICE]
    return [*head, "--object-path", PATH, "--method"]
