"""Which language the app speaks, and loading its translations (ours and Qt's own).

English is the source language; Dutch is the first translation. The system language comes from
the locale environment (LANG / LC_MESSAGES / LC_ALL), which QLocale.system() reads; the settings
can override it. Day and month names follow the language chosen, so that they match the sentences
around them; the region (and with it the time format, where the language has one for it) stays
the user's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pausetimer import paths
from pausetimer.core.languages import LANGUAGES, SOURCE_LANGUAGE

SUPPORTED = tuple(LANGUAGES)


def system_language() -> str:
    """The first supported language among the user's preferred UI languages, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return SOURCE_LANGUAGE


def resolve_language(setting: str) -> str:
    """``setting`` is "" (follow the system), or a supported code."""
    return setting if setting in SUPPORTED else system_language()


def locale_for(code: str) -> QLocale:
    """The locale the windows format dates and numbers with: the system's when it speaks
    ``code``; else ``code`` in the system's region (Dutch on an English system says "woensdag
    2 december", not "Wednesday 2 December" in a Dutch sentence)."""
    system = QLocale.system()
    spoken = system.name().split("_")[0]  # names, not enums: this runs while the app starts
    if spoken == code or (spoken == "C" and code == SOURCE_LANGUAGE):  # C: plain English
        return system
    return QLocale(QLocale(code).language(), system.territory())


class Translations:
    """Installs the translators for one language and swaps them when the language changes.

    Installing a translator makes Qt send a LanguageChange event to every widget, which is how
    open windows and the tray menu learn to re-read their texts.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def apply(self, language: str) -> str:
        """Switch to ``language`` (resolved from a setting); returns the code now in force."""
        code = resolve_language(language)
        self.remove()
        # Qt's own strings (standard buttons such as Cancel / OK), then ours.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(f"qtbase_{code}", qt_dir)
        # English needs its file too: it holds the plural forms ("1 minute" / "5 minutes").
        self._load(f"pausetimer_{code}", str(paths.translations_dir()))
        self.language = code
        QLocale.setDefault(locale_for(code))
        return code

    def remove(self) -> None:
        """Take this object's translators out again (the source language remains)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def _load(self, name: str, directory: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, directory):
            self._app.installTranslator(translator)
            self._installed.append(translator)
