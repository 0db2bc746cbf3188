"""The words for the partner: the sentences to choose from, and the card's texts.

Plain English source texts, no Qt: the windows translate them with ``QCoreApplication.translate``
and the card's PDF on the command line is made from the very same texts. They are marked with
:func:`QT_TRANSLATE_NOOP` so that lupdate finds them here, in their one place.

The sentences follow the source articles: the one who withdraws says when they come back, may name
the pattern ("I pull back, you come closer"), and says it is not about the partner. What calms the
one who waits is knowing when, and knowing it is not about them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CONTEXT = "PartnerWords"
_PLACEHOLDER = re.compile("%[12]")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``context``; core has no Qt, so it returns it as is."""
    del context
    return text


@dataclass(frozen=True)
class Sentence:
    """One sentence to choose. ``%1`` is the return ("at 19:00"); in ``named`` ``%2`` is the
    partner's name, used when the settings hold one."""

    key: str
    label: str
    plain: str
    named: str


SENTENCES: tuple[Sentence, ...] = (
    Sentence(
        "sort_thoughts",
        QT_TRANSLATE_NOOP("PartnerWords", "Time to sort my thoughts"),
        QT_TRANSLATE_NOOP(
            "PartnerWords",
            "I need some time to sort my thoughts. I'll come to you %1 and we'll continue.",
        ),
        QT_TRANSLATE_NOOP(
            "PartnerWords",
            "%2, I need some time to sort my thoughts. I'll come to you %1 and we'll continue.",
        ),
    ),
    Sentence(
        "short",
        QT_TRANSLATE_NOOP("PartnerWords", "Short"),
        QT_TRANSLATE_NOOP("PartnerWords", "I'm taking a pause. I'll come to you %1."),
        QT_TRANSLATE_NOOP("PartnerWords", "%2, I'm taking a pause. I'll come to you %1."),
    ),
    Sentence(
        "pattern",
        QT_TRANSLATE_NOOP("PartnerWords", "Name the pattern"),
        QT_TRANSLATE_NOOP(
            "PartnerWords",
            "I notice that I pull back when it gets intense, and that you then come closer. I "
            "want to handle this differently: I'm taking a pause, and I'll come to you %1.",
        ),
        QT_TRANSLATE_NOOP(
            "PartnerWords",
            "%2, I notice that I pull back when it gets intense, and that you then come closer. "
            "I want to handle this differently: I'm taking a pause, and I'll come to you %1.",
        ),
    ),
    Sentence(
        "not_about_you",
        QT_TRANSLATE_NOOP("PartnerWords", "It's not about you"),
        QT_TRANSLATE_NOOP(
            "PartnerWords",
            "This is not about you, and I'm not going away. I need some quiet to calm down. "
            "I'll come to you %1.",
        ),
        QT_TRANSLATE_NOOP(
            "PartnerWords",
            "%2, this is not about you, and I'm not going away. I need some quiet to calm "
            "down. I'll come to you %1.",
        ),
    ),
    Sentence(
        "tonight",
        QT_TRANSLATE_NOOP("PartnerWords", "Until tonight"),
        QT_TRANSLATE_NOOP(
            "PartnerWords",
            "I can't talk well right now. I'd like to continue tonight: I'll come to you %1.",
        ),
        QT_TRANSLATE_NOOP(
            "PartnerWords",
            "%2, I can't talk well right now. I'd like to continue tonight: I'll come to you %1.",
        ),
    ),
)
DEFAULT_SENTENCE = SENTENCES[0].key


def sentence(key: str) -> Sentence:
    """The sentence with ``key``; the default one for a key this version does not know (a
    settings file written by a newer version)."""
    for candidate in SENTENCES:
        if candidate.key == key:
            return candidate
    return SENTENCES[0]


def fill(template: str, when: str, name: str = "") -> str:
    """Put the return (``%1``) and the name (``%2``) into a translated template."""
    # One pass, so a name that itself holds "%1" stays as typed.
    values = {"%1": when, "%2": name.strip()}
    return _PLACEHOLDER.sub(lambda match: values[match.group(0)], template)


# -- the card for the partner ----------------------------------------------------------------

CARD_HEADLINE = QT_TRANSLATE_NOOP("PartnerWords", "I'm taking a pause. I'll come to you %1.")
CARD_HEADLINE_NAMED = QT_TRANSLATE_NOOP(
    "PartnerWords", "%2, I'm taking a pause. I'll come to you %1."
)
CARD_WHERE = QT_TRANSLATE_NOOP("PartnerWords", "Where I'll be: %1")
CARD_WAITING_TITLE = QT_TRANSLATE_NOOP("PartnerWords", "For you, while you wait")
CARD_WAITING = (
    QT_TRANSLATE_NOOP(
        "PartnerWords", "It is not about you. I need quiet to calm down, and I'll be back."
    ),
    QT_TRANSLATE_NOOP(
        "PartnerWords", "You don't have to wait at the door. Do something good for yourself."
    ),
    QT_TRANSLATE_NOOP("PartnerWords", "If you want to tell me something, write it down for later."),
    QT_TRANSLATE_NOOP("PartnerWords", "If this runs past a day, we talk."),
)
CARD_QR = QT_TRANSLATE_NOOP(
    "PartnerWords", "Scan with your phone's camera to put the time in your calendar."
)
CARD_FOOTER = QT_TRANSLATE_NOOP("PartnerWords", "Made with Pausetimer. Nothing was sent anywhere.")
