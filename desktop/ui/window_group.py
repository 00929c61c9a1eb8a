"""The windows of one Précis process: File › New Window, and files handed over by a later launch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow


class WindowGroup(QObject):
    """Creates windows and routes incoming files to the one in front."""

    def __init__(self, make_window: Callable[[], MainWindow] = MainWindow) -> None:
        super().__init__()
        self._make_window = make_window
        self.windows: list[MainWindow] = []

    def new_window(self, path: str | Path | None = None) -> MainWindow:
        """Show another window, on `path` or empty (with a hint to open something)."""
        window = self._make_window()
        window.new_window_requested.connect(self.new_window)
        self.windows.append(window)
        window.show()
        if path:
            window.open_path(path)
        else:
            window.show_empty()
        return window

    def front(self) -> MainWindow | None:
        """The active window, else the most recently opened one still shown."""
        shown = [w for w in self.windows if w.isVisible()]
        active = QApplication.activeWindow()
        return active if active in shown else (shown[-1] if shown else None)

    def show_files(self, files: list[str]) -> None:
        """A later launch's files: the first in the front window, any others in new windows;
        with none, that window just comes to the front."""
        window = self.front()
        if window is None:
            window = self.new_window(files[0] if files else None)
            files = files[1:]
        elif files:
            window.open_path(files[0])
            files = files[1:]
        for path in files:
            self.new_window(path)
        _bring_to_front(window)


def _bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
