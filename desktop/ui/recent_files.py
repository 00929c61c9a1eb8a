"""File › Open Recent: the last ten articles, kept in the settings, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop import APP_NAME
from desktop.ui.settings import Settings

MAX_RECENT = 10
KEY = "files/recent"  # one absolute path a line: a plain string survives every QSettings format


class RecentFiles:
    """The recent-articles list over the settings (shared by every window of the process)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def paths(self) -> list[str]:
        return [p for p in self.settings.get(KEY).split("\n") if p][:MAX_RECENT]

    def add(self, path: str | Path) -> None:
        path = str(Path(path).absolute())
        self._save([path, *(p for p in self.paths() if p != path)])

    def remove(self, path: str) -> None:
        self._save([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._save([])

    def startup_article(self) -> str | None:
        """The article to reopen at start: the newest recent one that still exists, if the
        "files/reopen_last" setting is on."""
        if not self.settings.get("files/reopen_last"):
            return None
        return next((p for p in self.paths() if Path(p).is_file()), None)

    def _save(self, paths: list[str]) -> None:
        self.settings.set(KEY, "\n".join(paths[:MAX_RECENT]))


class RecentMenu(QMenu):
    """Open Recent: numbered entries (file name, folder as tooltip) and Clear, rebuilt on show.

    Signals:
        open_requested(str): an entry was chosen and its file is still there.
    """

    open_requested = Signal(str)

    def __init__(self, recent: RecentFiles, parent=None) -> None:
        super().__init__("Open &Recent", parent)
        self.recent = recent
        self.clear_action: QAction | None = None
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the entries from the settings (another window may have added some)."""
        self.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, start=1):
            label = Path(path).name.replace("&", "&&")
            act = self.addAction(f"&{number % 10} {label}")
            act.setToolTip(path)
            act.setStatusTip(path)
            act.setData(path)
            act.triggered.connect(lambda _checked=False, p=path: self._on_entry(p))
        if not paths:
            self.addAction("No recent articles").setEnabled(False)
        self.addSeparator()
        self.clear_action = self.addAction("&Clear Recent Files")  # clear() deletes it next time
        self.clear_action.triggered.connect(self._on_clear)
        self.clear_action.setEnabled(bool(paths))
        self.setToolTipsVisible(True)

    def entries(self) -> list[str]:
        """The paths the menu offers, in order (what a person sees, for tests)."""
        return [a.data() for a in self.actions() if isinstance(a.data(), str) and a.data()]

    def _on_entry(self, path: str) -> None:
        """Open it; a file that has gone is named, and dropped from the list if wished."""
        if Path(path).exists():
            self.open_requested.emit(path)
            return
        answer = QMessageBox.question(self.window(), APP_NAME, f"“{Path(path).name}” is no "
                                      f"longer in {Path(path).parent}. Remove it from Open Recent?")
        if answer == QMessageBox.StandardButton.Yes:
            self.recent.remove(path)
            self.refresh()

    def _on_clear(self) -> None:
        self.recent.clear()
        self.refresh()
