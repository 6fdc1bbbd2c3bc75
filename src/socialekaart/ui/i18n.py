"""Installs the UI language: Dutch is the source language; English comes from Qt Linguist files (.qm)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from socialekaart.paths import resources_dir

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """Where socialekaart_<lang>.qm lives."""
    return resources_dir() / "i18n"


def install_language(language: str) -> bool:
    """Replace the installed translators with those of `language` ('nl' or 'en'); True when all loaded.

    Installing sends a LanguageChange event to every widget, so open windows retranslate themselves.
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language != "nl":
        own = QTranslator(app)
        if own.load(f"socialekaart_{language}", str(translations_dir())):
            app.installTranslator(own)
            _installed.append(own)
        else:
            ok = False
    QLocale.setDefault(QLocale("nl_NL" if language == "nl" else "en_GB"))
    return ok
