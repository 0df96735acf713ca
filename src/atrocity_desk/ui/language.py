"""The window's language: chosen in View > Language (or the system's), remembered in the settings.

``apply(choice)`` makes it the core's default language (vocabulary words and content: factors,
indicators, findings), installs the application's own catalogue (resources/i18n/atrocity_desk_<lang>.qm,
compiled from the .ts by the build) and Qt's catalogue of its standard dialogs (qtbase_<lang>.qm
from PySide6's translations folder), and makes QLocale's default the language's, so dates and
numbers follow it. English, the language of the source strings, has a catalogue only for the
messages with a count, so that "1 judgment changed" and "10 judgments changed" are both right. A
catalogue that is missing or unreadable is logged and the window stays in English (with "(s)"
plurals when it is the English one); it never stops the start.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..core import language_names
from ..core.paths import resource_root

log = logging.getLogger(__name__)

SETTING = "language"
SYSTEM = "system"
LANGUAGES = language_names.LANGUAGES  # the window speaks the core's languages, English first (the source)
ENDONYMS = language_names.LANGUAGE_NAMES  # each named in itself: the same in every language of the menu
_LOCALES = {"en": QLocale.Language.English, "fr": QLocale.Language.French}

_installed: list[QTranslator] = []  # kept alive here: Qt does not own installed translators
_current = "en"


def chosen(settings: QSettings) -> str:
    """The planner's choice: "system" (the default), or one of LANGUAGES."""
    value = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def remember(settings: QSettings, choice: str) -> None:
    settings.setValue(SETTING, choice if choice in LANGUAGES else SYSTEM)


def effective(choice: str, system: QLocale | None = None) -> str:
    """The language a choice means: the system's when it is one the window speaks, else English."""
    if choice in LANGUAGES:
        return choice
    language = (system or QLocale.system()).language()
    return next((code for code, lang in _LOCALES.items() if lang == language), "en")


def catalogue_path(language: str) -> Path:
    """Where the build puts the application's compiled catalogue of ``language``."""
    return Path(str(resource_root() / "i18n" / f"atrocity_desk_{language}.qm"))


def current() -> str:
    """The language the window speaks now (set by ``apply``; English before)."""
    return _current


def apply(choice: str) -> str:
    """Speak the chosen language from now on (widgets built later use it); returns its code."""
    language = apply_to_window(choice)
    apply_to_core()
    return language


def apply_to_core() -> None:
    """Make the window's language the core's default (its words and content: factors, findings).

    Start-up does this after the first paint (issue 22): the core's catalogues are YAML, and the
    frame that paints first shows only the window's own words."""
    from ..core import language as core_language

    core_language.set_default_language(_current)


def apply_to_window(choice: str) -> str:
    """The window's half of ``apply``: Qt's catalogues and the locale; returns the language's code."""
    global _current
    app = QCoreApplication.instance()
    language = effective(choice)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = _load(catalogue_path(language))
    if ours is None and language != "en":
        log.warning("No %s catalogue at %s: the window stays in English.", language, catalogue_path(language))
        language = "en"
        ours = _load(catalogue_path(language))
    if ours is None:
        log.warning("No English catalogue at %s: counts read \"(s)\".", catalogue_path(language))
    _current = language
    QLocale.setDefault(_locale(language))
    translators = [ours]
    if language != "en":  # Qt's own catalogue of its standard dialogs' buttons; English is their source
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        qt_own = _load(qt_folder / f"qtbase_{language}.qm")
        if qt_own is None:  # standard dialogs' buttons stay English; the rest is translated
            log.warning("No qtbase_%s.qm in %s: Qt's standard dialogs stay in English.", language, qt_folder)
        translators.insert(0, qt_own)
    for translator in translators:
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    return translator if path.is_file() and translator.load(str(path)) else None


def _locale(language: str) -> QLocale:
    """The system's own locale when it is in this language (fr_CA keeps its conventions)."""
    system = QLocale.system()
    if system.language() == _LOCALES[language]:
        return system
    return QLocale(_LOCALES[language], QLocale.Country.France if language == "fr" else QLocale.Country.UnitedStates)
