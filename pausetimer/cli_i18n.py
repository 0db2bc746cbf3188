"""The command line's translations: the app's own .qm files, read without Qt.

The command line speaks the same translations as the windows (the same ``.ts`` sources compiled to
the same ``.qm`` files), but a status bar runs ``pausetimer status`` every few seconds, and loading
QtCore for a sentence would make it several times slower. So this module reads the compiled
catalogue itself: Qt's ``.qm`` layout is small and stable (a test compares every answer with
QTranslator's). The language follows the locale the way the GUI's "system language" does
(``LANGUAGE``, else ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG``; a test compares it with Qt's), so
``LANG=de_DE LANGUAGE=de:nl`` gives Dutch here as it does in the windows.
"""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Mapping
from pathlib import Path

from pausetimer import paths

SUPPORTED = ("en", "nl")
SOURCE_LANGUAGE = "en"

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES, _NUMERUS_RULES = 0x69, 0x88
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE_TEXT, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8
_NULL = 0xFFFFFFFF
_LOCALE_SPLIT = re.compile(r"[_.@-]")

Key = tuple[str, str, str]  # context, source text, disambiguation


def ui_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The user's preferred languages as language codes, most wanted first, read as Qt reads
    them for ``QLocale.system().uiLanguages()``."""
    env = os.environ if environ is None else environ
    listed = env.get("LANGUAGE", "")
    # Qt takes LANGUAGE's list alone when it is set (even under LANG=C), else the one locale
    # that messages follow.
    names = (
        listed.split(":")
        if listed
        else [env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""]
    )
    codes = []
    for name in names:
        code = _LOCALE_SPLIT.split(name.strip(), maxsplit=1)[0].lower()
        if code and code not in codes:
            codes.append(code)
    return codes


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The first supported language the user prefers, else English (the source language)."""
    for code in ui_languages(environ):
        if code in SUPPORTED:
            return code
    return SOURCE_LANGUAGE


class Catalog:
    """One compiled ``.qm`` file: translations by context, source text and disambiguation."""

    def __init__(self, messages: dict[Key, list[str]], rules: bytes) -> None:
        self._messages = messages
        self._rules = rules

    @classmethod
    def empty(cls) -> Catalog:
        return cls({}, b"")

    @classmethod
    def load(cls, path: Path) -> Catalog:
        """Read ``path``; an absent or unreadable file gives an empty catalogue (the English
        source texts), as QTranslator does."""
        try:
            data = path.read_bytes()
        except OSError:
            return cls.empty()
        try:
            return cls._parse(data)
        except (struct.error, UnicodeDecodeError, ValueError):
            return cls.empty()

    @classmethod
    def _parse(cls, data: bytes) -> Catalog:
        if not data.startswith(_MAGIC):
            raise ValueError("not a .qm file")
        messages: dict[Key, list[str]] = {}
        rules = b""
        offset = len(_MAGIC)
        while offset + 5 <= len(data):
            tag, length = struct.unpack_from(">BI", data, offset)
            offset += 5
            block = data[offset : offset + length]
            offset += length
            if tag == _MESSAGES:
                messages = _read_messages(block)
            elif tag == _NUMERUS_RULES:
                rules = block
        return cls(messages, rules)

    def translate(self, context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        """What ``QCoreApplication.translate`` returns with this catalogue installed, except
        that ``%n`` is replaced here too (QCoreApplication does that itself)."""
        forms = self._messages.get((context, text, disambiguation))
        if forms is None and disambiguation:
            forms = self._messages.get((context, text, ""))
        result = text
        if forms:
            index = _plural_form(abs(n), self._rules) if n >= 0 else 0
            # Past the forms there is none (as in Qt): the source text is shown.
            chosen = forms[index] if index < len(forms) else ""
            if chosen:
                result = chosen
        if n >= 0:
            # Without a plural form in the catalogue, "(s)" is resolved by the English rule, as
            # the windows do.
            result = result.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")
        return result


def _read_messages(block: bytes) -> dict[Key, list[str]]:
    messages: dict[Key, list[str]] = {}
    offset = 0
    translations: list[str] = []
    fields = {_TAG_SOURCE_TEXT: "", _TAG_CONTEXT: "", _TAG_COMMENT: ""}
    while offset < len(block):
        tag = block[offset]
        offset += 1
        if tag == _TAG_END:
            key = (fields[_TAG_CONTEXT], fields[_TAG_SOURCE_TEXT], fields[_TAG_COMMENT])
            messages[key] = translations
            translations = []
            fields = dict.fromkeys(fields, "")
            continue
        if tag == _TAG_OBSOLETE1:
            offset += 4
            continue
        (length,) = struct.unpack_from(">I", block, offset)
        offset += 4
        raw = b"" if length == _NULL else block[offset : offset + length]
        offset += 0 if length == _NULL else length
        if tag == _TAG_TRANSLATION:
            translations.append(raw.decode("utf-16-be"))
        elif tag in fields:
            fields[tag] = raw.decode("utf-8")
        else:
            raise ValueError(f"unknown .qm message tag {tag}")
    return messages


# Qt's compiled plural rules (qtranslator.cpp): comparisons joined by AND and OR, one rule per
# plural form; the first rule that holds gives the form, none gives the last.
_EQ, _LT, _LEQ, _BETWEEN, _OP_MASK = 1, 2, 3, 4, 7
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR = 0xFD, 0xFE


def _plural_form(n: int, rules: bytes) -> int:
    if not rules:
        return 0
    form, i = 0, 0
    while True:
        any_true = False
        while True:
            all_true = True
            while True:
                opcode, right = rules[i], rules[i + 1]
                i += 2
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                op = opcode & _OP_MASK
                if op == _EQ:
                    holds = left == right
                elif op == _LT:
                    holds = left < right
                elif op == _LEQ:
                    holds = left <= right
                else:  # _BETWEEN: a second operand follows
                    holds = right <= left <= rules[i]
                    i += 1
                if opcode & _NOT:
                    holds = not holds
                all_true = all_true and holds
                if i == len(rules) or rules[i] != _AND:
                    break
                i += 1
            any_true = any_true or all_true
            if i == len(rules) or rules[i] != _OR:
                break
            i += 1
        if any_true:
            return form
        form += 1
        if i == len(rules):
            return form
        i += 1  # the separator before the next rule


_catalog: Catalog | None = None


def use_language(language: str | None = None) -> str:
    """Load the catalogue of ``language`` (default: the system's); returns the code in force."""
    global _catalog
    code = language if language in SUPPORTED else system_language()
    _catalog = Catalog.load(paths.translations_dir() / f"pausetimer_{code}.qm")
    return code


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Like ``QCoreApplication.translate`` (the same name and arguments, so that lupdate picks
    the strings up), from the system language's catalogue."""
    if _catalog is None:
        use_language()
    assert _catalog is not None
    return _catalog.translate(context, text, disambiguation or "", n)
