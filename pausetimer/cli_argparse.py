"""argparse's own words ("usage:", "options", its error messages) in the command line's language.

argparse asks ``gettext`` for them, through its module-level ``_`` and ``ngettext``; those are
pointed at the app's catalogue here, so that they come from the same translations as the rest of
the command line (English is the source; Dutch in resources/translations). The catalogue uses
one placeholder style (``%1``, ``%2``, ``%n``), argparse its own (``%(prog)s``, ``%s``): each
entry names the argparse placeholders in the order of ours. A sentence argparse has that is not
listed here (a newer Python, a programmer's error) stays English.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from pausetimer.cli_i18n import translate

_Texts = dict[str, tuple[str, tuple[str, ...]]]


def _texts() -> _Texts:
    """argparse's English → (ours, translated; argparse's placeholders for %1, %2, …)."""
    return {**_help_words(), **_errors()}


def _help_words() -> _Texts:
    # The context is spelled out in each call: lupdate reads only literals.
    return {
        "usage: ": (translate("ArgParse", "usage: "), ()),
        "positional arguments": (translate("ArgParse", "positional arguments"), ()),
        "options": (translate("ArgParse", "options"), ()),
        "show this help message and exit": (
            translate("ArgParse", "show this help message and exit"),
            (),
        ),
    }


def _errors() -> _Texts:
    return {
        "%(prog)s: error: %(message)s\n": (
            translate("ArgParse", "%1: error: %2") + "\n",
            ("%(prog)s", "%(message)s"),
        ),
        "argument %(argument_name)s: %(message)s": (
            translate("ArgParse", "argument %1: %2"),
            ("%(argument_name)s", "%(message)s"),
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": (
            translate("ArgParse", "invalid choice: %1 (choose from %2)"),
            ("%(value)r", "%(choices)s"),
        ),
        "invalid %(type)s value: %(value)r": (
            translate("ArgParse", "invalid %1 value: %2"),
            ("%(type)s", "%(value)r"),
        ),
        "unrecognized arguments: %s": (
            translate("ArgParse", "unrecognized arguments: %1"),
            ("%s",),
        ),
        "the following arguments are required: %s": (
            translate("ArgParse", "the following arguments are required: %1"),
            ("%s",),
        ),
        "one of the arguments %s is required": (
            translate("ArgParse", "one of the arguments %1 is required"),
            ("%s",),
        ),
        "not allowed with argument %s": (
            translate("ArgParse", "not allowed with argument %1"),
            ("%s",),
        ),
        "expected one argument": (translate("ArgParse", "expected one argument"), ()),
        "expected at most one argument": (
            translate("ArgParse", "expected at most one argument"),
            (),
        ),
        "expected at least one argument": (
            translate("ArgParse", "expected at least one argument"),
            (),
        ),
        "ambiguous option: %(option)s could match %(matches)s": (
            translate("ArgParse", "ambiguous option: %1 could match %2"),
            ("%(option)s", "%(matches)s"),
        ),
        "ignored explicit argument %r": (
            translate("ArgParse", "ignored explicit argument %1"),
            ("%r",),
        ),
        "can't open '%(filename)s': %(error)s": (
            translate("ArgParse", "can't open '%1': %2"),
            ("%(filename)s", "%(error)s"),
        ),
    }


def _to_argparse(text: str, placeholders: tuple[str, ...]) -> str:
    """Our placeholders back into argparse's, with any other ``%`` kept literal."""
    escaped = text.replace("%", "%%")
    for number, placeholder in enumerate(placeholders, start=1):
        escaped = escaped.replace(f"%%{number}", placeholder)
    return escaped


def gettext(message: str) -> str:
    known = _texts().get(message)
    return message if known is None else _to_argparse(*known)


def ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        text = translate("ArgParse", "expected %n argument(s)", None, n)
        # argparse puts the number in itself ("... % n"): leave it a place to go.
        return text.replace("%", "%%").replace(str(n), "%s", 1)
    return singular if n == 1 else plural


def speak_the_language(
    module: object = argparse,
) -> tuple[Callable[[str], str], Callable[[str, str, int], str]]:
    """Point argparse at the catalogue; returns what it used before (for tests to put back)."""
    before = (module._, module.ngettext)  # type: ignore[attr-defined]
    module._ = gettext  # type: ignore[attr-defined]
    module.ngettext = ngettext  # type: ignore[attr-defined]
    return before
