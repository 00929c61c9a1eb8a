"""Remembered between runs: the panel's inner split and recent files; a bad settings file."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.ui.main_window import MainWindow
from desktop.ui.settings import DEFAULTS, Settings
from tests.conftest import HANG_MS


def _window(qtbot, path) -> MainWindow:
    window = MainWindow(Settings(QSettings(str(path), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window, timeout=HANG_MS):  # a context manager
        window.show()
    return window


def test_the_panel_split_and_recent_files_survive_a_restart(qtbot, tmp_path):
    ini = tmp_path / "precis.ini"
    first = _window(qtbot, ini)
    default_bottom = first.panel.split.sizes()[1]
    total = sum(first.panel.split.sizes())
    first.panel.split.setSizes([total - 120, 120])
    first.recent.add(tmp_path / "a.txt")
    first.close()
    second = _window(qtbot, ini)
    bottom = second.panel.split.sizes()[1]
    assert abs(bottom - 120) <= 3 < abs(default_bottom - 120)  # the frame may differ a pixel
    assert second.recent.paths() == [str(tmp_path / "a.txt")]


def test_an_unreadable_settings_file_falls_back_to_defaults(qtbot, tmp_path):
    ini = tmp_path / "precis.ini"
    ini.write_bytes(b"\x00\xff\xfe garbage [[[\n[view]\nfont_size=banana\nrepair=maybe\n"
                    b"[files]\nrecent=\n[window]\npanel_splitter=@ByteArray(nonsense)\n")
    window = _window(qtbot, ini)
    assert window.view.font_size() == DEFAULTS["view/font_size"]
    assert window.recent.paths() == []
    assert window.settings.get("files/reopen_last") is True
    assert sum(window.panel.split.sizes()) > 0  # laid out as by default, not collapsed
