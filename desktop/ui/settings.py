"""One typed table of defaults over QSettings; values equal to the default are not written.

Every stored value is checked against its default's type and, where the table says so, its
choices or range; a value that fails falls back to the default with one line in the log, so a
hand-edited or outdated settings file can never stop Précis from starting.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop.engine.summary.algorithms import ALGORITHMS, ARTICLE_ORDER, DEFAULT_ALGORITHM, ORDERS
from desktop.engine.summary.length import LENGTH_MODES
from desktop.ui.themes import THEME_CHOICES

log = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/splitter": QByteArray(),
    "window/panel_splitter": QByteArray(),  # key sentences above, speakers below
    "files/last_dir": "",
    "files/recent": "",  # newest first, one absolute path a line (ui/recent_files.py)
    "files/reopen_last": True,  # no file on the command line: show the last article again
    "view/font_size": 13,
    "view/repair": True,
    "view/theme": "system",  # or light, dark, sepia (desktop.ui.themes)
    "view/key_only": False,
    "summary/algorithm": DEFAULT_ALGORITHM,
    "summary/order": ARTICLE_ORDER,
    "summary/length_mode": "",  # empty: the default policy (about a fifth, 3 to 7 sentences)
    "summary/length_value": 0,
}
# The values a setting may take, where its type alone allows too much.
CHOICES: dict[str, Collection[Any]] = {
    "summary/algorithm": ALGORITHMS,
    "summary/order": ORDERS,
    "summary/length_mode": ("", *LENGTH_MODES),
    "view/theme": THEME_CHOICES,
}
RANGES: dict[str, tuple[int, int]] = {
    "view/font_size": (8, 32),
    "summary/length_value": (0, 1000),
}
_TRUE, _FALSE = ("true", "1", "yes", "on"), ("false", "0", "no", "off")


class InvalidSetting(ValueError):
    """A stored value that does not fit its setting."""


class Settings:
    """Typed access to the user's settings (stored where QSettings puts them per platform)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()
        if self._store.status() != QSettings.Status.NoError:
            log.warning("settings file %s cannot be read; using the defaults", self.path)

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        if self._store.status() != QSettings.Status.NoError or not self._store.contains(key):
            return default
        raw = self._store.value(key)
        try:
            return _checked(key, _typed(raw, default))
        except InvalidSetting as error:
            log.warning("setting %s=%r ignored (%s); using %r", key, raw, error, default)
            return default

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


def _typed(raw: Any, default: Any) -> Any:
    """`raw` as the type of `default` (INI files give strings back), or InvalidSetting."""
    if isinstance(default, bool):
        text = str(raw).strip().lower()
        if raw is True or text in _TRUE:
            return True
        if raw is False or text in _FALSE:
            return False
        raise InvalidSetting("not true or false")
    if isinstance(default, int):
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise InvalidSetting("not a whole number") from None
    if isinstance(default, QByteArray):
        if isinstance(raw, QByteArray):
            return raw
        raise InvalidSetting("not saved window state")
    if isinstance(default, str) and isinstance(raw, str):
        return raw
    if isinstance(default, list) and isinstance(raw, list | tuple | str):
        return [raw] if isinstance(raw, str) else [str(item) for item in raw]
    raise InvalidSetting(f"not a {type(default).__name__}")


def _checked(key: str, value: Any) -> Any:
    if key in CHOICES and value not in CHOICES[key]:
        raise InvalidSetting("not one of " + ", ".join(map(repr, CHOICES[key])))
    if key in RANGES and not RANGES[key][0] <= value <= RANGES[key][1]:
        raise InvalidSetting(f"outside {RANGES[key][0]}-{RANGES[key][1]}")
    return value
