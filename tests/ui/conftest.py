"""Window fixtures: one MainWindow per test, settings in tmp_path, never the real home."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from tests.conftest import HANG_MS


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "precis.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win, timeout=HANG_MS):  # a context manager
        win.show()
    yield win
    # The offscreen platform crashes at interpreter exit if the clipboard still owns mime data
    # then; a person's session hands it to the clipboard manager instead.
    QGuiApplication.clipboard().clear()


def open_and_wait(qtbot, window: MainWindow, path) -> None:
    """Open `path` the way the app does and wait until summary and speakers are shown."""
    with qtbot.waitSignals([window.summary_shown, window.speakers_shown], timeout=HANG_MS):
        window.open_path(path)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> list[str]:
    """Message boxes are the edge: record their text instead of blocking on a modal dialog.

    A test that expects a message asserts on the list and clears it; any other message fails.
    """
    shown: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox, name, lambda parent, title, text, *a, **k: shown.append(text)
        )
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    yield shown
    assert not shown, f"unexpected message box: {shown}"
