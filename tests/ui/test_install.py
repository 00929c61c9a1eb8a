"""`precis --install-desktop`: the entry, the icons and "Open with", in a temporary XDG tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from desktop import DESKTOP_FILE_NAME
from desktop.install import ICON_SIZES, desktop_entry, install, installed_files, uninstall

COMMAND = ["/opt/Précis apps/bin/precis"]


def _entry(data) -> dict[str, str]:
    text = (data / "applications" / f"{DESKTOP_FILE_NAME}.desktop").read_text("utf-8")
    main = text.split("\n[Desktop Action")[0]
    return dict(line.split("=", 1) for line in main.splitlines() if "=" in line)


def test_install_writes_the_entry_and_every_icon_size(tmp_path):
    data = tmp_path / "data"
    written = install(data, COMMAND)
    assert sorted(written) == sorted(installed_files(data))
    entry = _entry(data)
    assert entry["Exec"] == '"/opt/Précis apps/bin/precis" %F'
    assert entry["TryExec"] == COMMAND[0]
    assert entry["Icon"] == DESKTOP_FILE_NAME
    assert {"text/plain", "text/html", "text/markdown"} <= set(entry["MimeType"].split(";"))
    for size in ICON_SIZES:
        image = QImage(str(data / f"icons/hicolor/{size}x{size}/apps/{DESKTOP_FILE_NAME}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the page, not blank
    assert (data / f"icons/hicolor/scalable/apps/{DESKTOP_FILE_NAME}.svg").stat().st_size > 0


def test_the_new_window_action_runs_the_same_launcher():
    text = desktop_entry(["/usr/bin/precis"])
    assert "Exec=/usr/bin/precis --new-window" in text
    python = desktop_entry([sys.executable, "-m", "desktop"])
    assert f"Exec={sys.executable} -m desktop %F" in python and "TryExec" not in python


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_generated_entry_is_valid(tmp_path):
    install(tmp_path, COMMAND)
    entry = tmp_path / "applications" / f"{DESKTOP_FILE_NAME}.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_uninstall_removes_exactly_what_was_installed(tmp_path):
    mine = tmp_path / "applications" / "other.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nName=Other\n")
    legacy = tmp_path / "applications" / "precis.desktop"
    legacy.write_text("[Desktop Entry]\nName=Précis\nExec=/old/.venv/bin/precis %f\n")
    install(tmp_path, COMMAND)
    assert not legacy.exists()  # the old `make desktop-entry` file is replaced, not doubled
    assert sorted(uninstall(tmp_path)) == sorted(installed_files(tmp_path))
    assert not any(p.exists() for p in installed_files(tmp_path))
    assert mine.read_text() == "[Desktop Entry]\nName=Other\n"
    assert uninstall(tmp_path) == []


def test_data_home_follows_xdg_data_home(tmp_path, monkeypatch):
    from desktop.install import data_home

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert data_home() == tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert data_home() == tmp_path / ".local" / "share"


@pytest.mark.skipif(not (shutil.which("xdg-mime") and shutil.which("gio")),
                    reason="xdg-utils and libglib2.0-bin (make test installs them)")
def test_open_with_lists_precis_without_making_it_the_default(tmp_path):
    """A desktop that declares its text editor the default (as GNOME's and KDE's do) keeps it."""
    sysdata, config = tmp_path / "sysdata", tmp_path / "config"
    editor = sysdata / "applications" / "org.example.Editor.desktop"
    editor.parent.mkdir(parents=True)
    editor.write_text("[Desktop Entry]\nType=Application\nName=Editor\nExec=true %F\n"
                      "MimeType=text/plain;text/markdown;text/html;\n")
    (sysdata / "applications" / "mimeapps.list").write_text(
        "[Default Applications]\ntext/plain=org.example.Editor.desktop;\n"
        "text/markdown=org.example.Editor.desktop;\ntext/html=org.example.Editor.desktop;\n")
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(config), XDG_CONFIG_DIRS=str(tmp_path / "sysconfig"),
               XDG_DATA_DIRS=f"{sysdata}:/usr/share")

    def default(mime: str) -> str:
        return subprocess.run(["xdg-mime", "query", "default", mime], env=env,
                              capture_output=True, text=True).stdout.strip()

    before = {m: default(m) for m in ("text/plain", "text/markdown", "text/html")}
    assert set(before.values()) == {"org.example.Editor.desktop"}
    result = subprocess.run([sys.executable, "-m", "desktop", "--install-desktop"], env=env,
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert {m: default(m) for m in before} == before
    listed = subprocess.run(["gio", "mime", "text/plain"], env=env, capture_output=True,
                            text=True).stdout
    assert "Default application for “text/plain”: org.example.Editor.desktop" in listed
    assert f"{DESKTOP_FILE_NAME}.desktop" in listed.split("Registered applications:")[1]
    assert [p for p in tmp_path.rglob("*mimeapps.list") if sysdata not in p.parents] == []
