"""The translations keep up with the code: every string extracted, every Dutch string translated."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _pipeline() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging/translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _pipeline()


def _messages(path: Path) -> set[tuple[str, str, str]]:
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            key = (message.findtext("source") or "", message.findtext("comment") or "")
            found.add((context.findtext("name") or "", *key))
    return found


def test_ts_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    for language in translations.LANGUAGES:
        shutil.copy(translations.ts_path(language), translations.ts_path(language, tmp_path))
    exact = translations.knows_python_plurals()
    translations.update(tmp_path, force=True)
    hint = " is out of date with the code: run 'make translations' and translate what is new"
    for language in ("nl",) if not exact else tuple(translations.LANGUAGES):
        committed_path = translations.ts_path(language)
        fresh_path = translations.ts_path(language, tmp_path)
        committed, fresh = _messages(committed_path), _messages(fresh_path)
        assert committed == fresh, (
            f"{committed_path.name}{hint}; new: {sorted(fresh - committed)},"
            f" gone: {sorted(committed - fresh)}"
        )
        if exact:  # this lupdate also knows plurals: the file must be exactly what it writes
            text = committed_path.read_text(encoding="utf-8")
            assert text == fresh_path.read_text(encoding="utf-8"), committed_path.name + hint


def _untranslated(language: str) -> list[str]:
    tree = ET.parse(translations.ts_path(language))
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = [f.text for f in forms] if forms else [getattr(translation, "text", None)]
            unfinished = translation is None or translation.get("type") in {
                "unfinished",
                "vanished",
                "obsolete",
            }
            if unfinished or not all(t and t.strip() for t in texts):
                missing.append(f"{name}: {source!r}")
    return missing


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_string_is_translated(language: str) -> None:
    missing = _untranslated(language)
    assert not missing, f"untranslated in pausetimer_{language}.ts:\n" + "\n".join(missing)


def test_english_file_holds_only_plurals() -> None:
    tree = ET.parse(translations.ts_path("en"))
    for message in tree.getroot().iter("message"):
        assert message.get("numerus") == "yes", message.findtext("source")


# One placeholder style for translators: Qt's %1, %2 and %n. A {name} or %s would reach the
# translator as text to keep, and a translation that moved or dropped it would still pass.
_FOREIGN_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*\}|%[sd]|%\([a-z_]+\)")
_QT_PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def test_every_placeholder_is_qt_style_and_kept_in_the_translation() -> None:
    wrong = []
    for context in ET.parse(translations.ts_path("nl")).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if _FOREIGN_PLACEHOLDER.search(source):
                wrong.append(f"not %1 style: {source!r}")
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = [f.text or "" for f in forms] or [getattr(translation, "text", "") or ""]
            expected = sorted(set(_QT_PLACEHOLDER.findall(source)))
            for text in texts:
                if sorted(set(_QT_PLACEHOLDER.findall(text))) != expected:
                    wrong.append(f"placeholders differ: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)
