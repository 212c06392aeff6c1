"""Installing the interface language: Indonesian by default, English on request.

Source strings are English; Indonesian comes from resources/translations/jaklapor_id.qm
plus Qt's own translation of its standard dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.resources_path import resource_dir

# Qt ships no Indonesian for its own buttons (message boxes, prompts, the first-run wizard);
# marked here, they reach our translation file, and our translator answers Qt's lookups.
QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"), QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"), QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"), QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"), QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QWizard", "< &Back"), QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"), QT_TRANSLATE_NOOP("QWizard", "Cancel"),
)

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
