"""The guidance speaks the language the UI speaks, decided in one place."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
from PySide6.QtWidgets import QApplication
from pausetimer.services.i18n import Translations
from pausetimer.settings import Settings
from pausetimer.ui.guidance.support import guidance_language, load_content
app = QApplication([])
ui = Translations(app).apply("")
print(ui, guidance_language(Settings()), load_content(Settings()).breathing.title)
"""


def test_a_preferred_language_list_gives_ui_and_guidance_the_same_language() -> None:
    # German first (not spoken), then Dutch: the locale itself says German, the list says Dutch.
    env = {
        **os.environ,
        "LANG": "de_DE.UTF-8",
        "LANGUAGE": "de:nl",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    ).stdout.split(maxsplit=2)
    ui_language, guidance, title = out
    assert ui_language == "nl"
    assert guidance == "nl"
    assert title.strip() == "Ademen"
