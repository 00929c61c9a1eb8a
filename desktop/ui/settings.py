"""One typed table of defaults over QSettings; values equal to the default are not written."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop.engine.summary.algorithms import ARTICLE_ORDER, DEFAULT_ALGORITHM

DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/splitter": QByteArray(),
    "files/last_dir": "",
    "view/font_size": 13,
    "view/repair": True,
    "view/theme": "system",  # or a key of desktop.ui.themes.THEMES
    "view/key_only": False,
    "summary/algorithm": DEFAULT_ALGORITHM,
    "summary/order": ARTICLE_ORDER,
    "summary/length_mode": "",  # empty: the default policy (about a fifth, 3 to 7 sentences)
    "summary/length_value": 0,
}


class Settings:
    """Typed access to the user's settings (stored where QSettings puts them per platform)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._store.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else default
        return type(default)(value) if value is not None else default

    def set(self, key: str, value: Any) -> None:
        if value == DEFAULTS[key]:
            self._store.remove(key)
        else:
            self._store.setValue(key, value)

    def sync(self) -> None:
        self._store.sync()

    @property
    def path(self) -> str:
        return self._store.fileName()
