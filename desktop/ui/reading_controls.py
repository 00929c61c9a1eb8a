"""How the window reads: text size (with the panel), theme, key sentences only, full screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from desktop.ui import themes

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

DEFAULT_FONT_SIZE = 13
MIN_FONT_SIZE, MAX_FONT_SIZE = 8, 32


class ReadingControls:
    """The View menu's commands for one window; each remembers its choice in the settings."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def zoom(self, step: int) -> None:
        """One point larger (+1) or smaller (-1), or back to the default size (0)."""
        size = self.window.view.font_size() + step if step else DEFAULT_FONT_SIZE
        size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))
        self._set_text_size(size)
        self.window.settings.set("view/font_size", size)

    def set_theme(self, name: str) -> None:
        """Switch the theme live ('system', 'light', 'dark' or 'sepia') and remember it."""
        w = self.window
        name = name if name in w.theme_actions else themes.SYSTEM
        theme = themes.resolve(name)
        app = QApplication.instance()
        app.setPalette(app.style().standardPalette() if name == themes.SYSTEM
                       else themes.palette(theme))
        w.view.set_theme(theme)
        w.theme_actions[name].setChecked(True)
        w.settings.set("view/theme", name)

    def set_key_only(self, checked: bool) -> None:
        self.window.view.set_key_only(checked)
        self.window.settings.set("view/key_only", checked)

    def set_full_screen(self, checked: bool) -> None:
        w = self.window
        w.menuBar().setVisible(not checked)
        if checked:
            w.showFullScreen()
        else:
            w.showNormal()

    def restore(self) -> None:
        """Apply the remembered size, theme and view."""
        settings, w = self.window.settings, self.window
        self._set_text_size(settings.get("view/font_size"))
        self.set_theme(settings.get("view/theme"))
        w.key_only_action.setChecked(settings.get("view/key_only"))
        w.view.set_key_only(w.key_only_action.isChecked())

    def _set_text_size(self, size: int) -> None:
        self.window.view.set_font_size(size)
        self.window.panel.set_text_scale(size / DEFAULT_FONT_SIZE)
