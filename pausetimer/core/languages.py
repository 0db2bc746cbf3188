"""The languages Pausetimer speaks: the one list the settings, the settings dialog, the
translation loader and the translation tools read.

Each name is written in its own language (a Dutch speaker looks for "Nederlands" in an English
menu), so the names are not translated.
"""

from __future__ import annotations

# English is the source language: the code's strings are English, its .ts holds plural forms.
SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {
    "en": "English",
    "nl": "Nederlands",
}
