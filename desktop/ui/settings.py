"""Per-user settings (language, window layout) in an INI file in the config directory."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop import config


def app_settings() -> QSettings:
    return QSettings(str(config.config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def saved_language() -> str:
    value = app_settings().value("ui/language", "id")
    return value if value in ("id", "en") else "id"


def save_language(lang: str) -> None:
    settings = app_settings()
    settings.setValue("ui/language", lang)
    settings.sync()
