"""Early signals: the alarm in the body and in behaviour, and what tends to set it off (the first
article's steps 2 and 5), as a card to read and a list to tick with a pause.

The texts are data (``signals.toml`` per language beside the other guidance content); the keys are
what a pause stores, so the words may change but a key never does. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SIGNALS_FILE = "signals.toml"
# The groups, in the order the card shows them; "triggers" are what happened just before.
GROUPS = ("body", "behaviour", "triggers")
# The key under which the user's own words about what happened just before are stored.
OWN_WORDS = "own_words"
# Own words stay a few words: a reflection has room for more.
MAX_OWN_WORDS = 200


@dataclass(frozen=True)
class Signal:
    key: str
    text: str


@dataclass(frozen=True)
class SignalGroup:
    key: str  # one of GROUPS
    title: str
    signals: tuple[Signal, ...]


@dataclass(frozen=True)
class SignalsCard:
    title: str
    intro: str
    afterwards: str
    groups: tuple[SignalGroup, ...]

    def text_of(self, key: str) -> str | None:
        """The words for a stored key (None for a key this version no longer knows)."""
        for group in self.groups:
            for signal in group.signals:
                if signal.key == key:
                    return signal.text
        return None

    def keys(self) -> tuple[str, ...]:
        return tuple(signal.key for group in self.groups for signal in group.signals)


@dataclass(frozen=True)
class PauseSignals:
    """What the user noticed around one pause: ticked keys and, optionally, their own words
    about what happened just before."""

    keys: frozenset[str] = frozenset()
    own_words: str = ""

    def __bool__(self) -> bool:
        return bool(self.keys or self.own_words.strip())


def load_signals(language: str, directory: Path) -> SignalsCard:
    """The card in ``language``, falling back to English; raises
    :class:`~pausetimer.core.guidance.GuidanceContentError` for malformed content."""
    # The content reader (and tomllib) load here, not with PauseSignals: every `pausetimer
    # status` passes the report module, which names PauseSignals.
    from pausetimer.core.guidance import FALLBACK_LANGUAGE, _Reader, available_languages

    if language not in available_languages(directory):
        language = FALLBACK_LANGUAGE
    reader = _Reader.open(directory / language / SIGNALS_FILE)
    groups = []
    seen: set[str] = set()
    for name in GROUPS:
        group = reader.table(name)
        items = group.tables("items")
        keys = group.unique_keys("items", items)
        for index, key in enumerate(keys):
            if key in seen or key == OWN_WORDS:
                raise group.fail(f"items[{index}].key", f"{key!r} is used elsewhere")
            seen.add(key)
        signals = tuple(
            Signal(key, item.text("text")) for key, item in zip(keys, items, strict=True)
        )
        groups.append(SignalGroup(name, group.text("title"), signals))
    return SignalsCard(
        title=reader.text("title"),
        intro=reader.text("intro"),
        afterwards=reader.text("afterwards"),
        groups=tuple(groups),
    )
