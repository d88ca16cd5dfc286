"""The app's own preferences (language, last inspection, last folder, window shape) kept in QSettings, not in
the audit store."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from jicpa_desktop.paths import APP_AUTHOR, APP_NAME

# Tests, benchmarks and screenshots point this at a throwaway file so they never touch the user's settings.
SETTINGS_FILE_ENV = "JICPA_SETTINGS_FILE"
LANGUAGES = ("en", "cy")
# The idle lock (ui/idle_lock): minutes without use before the app locks itself; never off, at most an hour.
IDLE_LOCK_MINUTES_DEFAULT = 5
IDLE_LOCK_MINUTES_RANGE = (1, 60)


class UiSettings:
    def __init__(self, file: Path | None = None) -> None:
        chosen = file or (Path(os.environ[SETTINGS_FILE_ENV]) if os.environ.get(SETTINGS_FILE_ENV) else None)
        if chosen is not None:
            self._store = QSettings(str(chosen), QSettings.Format.IniFormat)
        else:
            self._store = QSettings(APP_AUTHOR, APP_NAME)

    @property
    def language(self) -> str:
        value = str(self._store.value("ui/language", "en"))
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value if value in LANGUAGES else "en")
        self._store.sync()

    @property
    def idle_lock_minutes(self) -> int:
        try:
            value = int(str(self._store.value("security/idle_lock_minutes", IDLE_LOCK_MINUTES_DEFAULT)))
        except ValueError:
            return IDLE_LOCK_MINUTES_DEFAULT
        low, high = IDLE_LOCK_MINUTES_RANGE
        return min(max(value, low), high)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        low, high = IDLE_LOCK_MINUTES_RANGE
        self._store.setValue("security/idle_lock_minutes", min(max(int(value), low), high))
        self._store.sync()

    def last_inspection(self, db_path: Path) -> str | None:
        value = self._store.value(f"last_inspection/{_key(db_path)}", "")
        return str(value) or None

    def set_last_inspection(self, db_path: Path, inspection_id: str | None) -> None:
        self._store.setValue(f"last_inspection/{_key(db_path)}", inspection_id or "")
        self._store.sync()

    def last_folder(self) -> Path | None:
        """The folder of the last file opened or saved, if it still exists."""
        value = str(self._store.value("ui/last_folder", "") or "")
        return Path(value) if value and Path(value).is_dir() else None

    def set_last_folder(self, folder: Path) -> None:
        self._store.setValue("ui/last_folder", str(folder))
        self._store.sync()

    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("ui/geometry", geometry)
        self._store.sync()


def _key(db_path: Path) -> str:
    # QSettings treats '/' and '\' as group separators: keep one flat key per database file.
    return str(Path(db_path).expanduser().resolve()).replace("/", "|").replace("\\", "|")
