"""Installing the interface language: Indonesian by default, English on request.

Source strings are English; Indonesian comes from resources/translations/jaklapor_id.qm
plus Qt's own translation of its standard dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop.resources_path import resource_dir

_installed: list[QTranslator] = []
_current = "id"


def current_language() -> str:
    return _current


def install_language(lang: str) -> bool:
    """Switch the running app to ``lang``; widgets get a LanguageChange event."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = lang if lang in ("id", "en") else "id"
    if _current == "en":
        return True
    ours = QTranslator()
    loaded = ours.load("jaklapor_id", str(resource_dir() / "translations"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load("qtbase_id", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded


def translate(context: str, text: str) -> str:
    """Translate a template marked with QT_TRANSLATE_NOOP in Qt-free code."""
    return QCoreApplication.translate(context, text)
