"""`precis --install-desktop`: launcher entry, icons and "Open with" types under XDG_DATA_HOME."""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from desktop import APP_NAME, DESKTOP_FILE_NAME
from desktop.paths import resource, resource_text

log = logging.getLogger(__name__)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
TEMPLATE = "precis.desktop"
# What `make desktop-entry` used to install, removed when it is ours (Name=Précis).
LEGACY = ("applications/precis.desktop", "icons/hicolor/scalable/apps/precis.svg")


def data_home() -> Path:
    """`$XDG_DATA_HOME`, or `~/.local/share` when it is unset or not absolute (the XDG rule)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def installed_files(data: Path) -> list[Path]:
    """Every file `install` writes under `data`: the entry, the SVG icon, then each PNG size."""
    icons = data / "icons" / "hicolor"
    return [data / "applications" / f"{DESKTOP_FILE_NAME}.desktop",
            icons / "scalable" / "apps" / f"{DESKTOP_FILE_NAME}.svg",
            *(icons / f"{n}x{n}" / "apps" / f"{DESKTOP_FILE_NAME}.png" for n in ICON_SIZES)]


def launcher_command() -> list[str]:
    """The installed `precis` launcher beside this interpreter, else `python -m desktop`."""
    beside = Path(sys.executable).parent / "precis"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "desktop"]


def desktop_entry(command: list[str]) -> str:
    """The template entry with each Exec= (and TryExec=) naming `command` instead of `precis`."""
    program = " ".join(_quote(part) for part in command)
    lines = []
    for line in resource_text(TEMPLATE).splitlines():
        key, _, value = line.partition("=")
        if key == "Exec":
            line = f"Exec={program}{value.removeprefix('precis')}"
        elif key == "TryExec":
            if len(command) > 1:
                continue  # `python -m desktop`: the interpreter alone proves nothing
            line = f"TryExec={command[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _quote(arg: str) -> str:
    """Quote an Exec argument as the Desktop Entry spec asks (double quotes, escaped)."""
    if not any(c in arg for c in " \t\"'\\><~|&;$*?#()`"):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'.replace("\\", "\\\\")


def _render_png(svg: Path, size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise OSError(f"could not write {target}")


def install(data: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the entry and icons under `data` (default: XDG data home); returns the files."""
    data = data or data_home()
    entry, svg, *pngs = installed_files(data)
    for path in (entry, svg, *pngs):
        path.parent.mkdir(parents=True, exist_ok=True)
    _remove_legacy(data)
    entry.write_text(desktop_entry(command or launcher_command()), encoding="utf-8")
    shutil.copyfile(resource("precis.svg"), svg)
    for size, png in zip(ICON_SIZES, pngs, strict=True):
        _render_png(svg, size, png)
    refresh_caches(data)
    return [entry, svg, *pngs]


def uninstall(data: Path | None = None) -> list[Path]:
    """Remove exactly what `install` wrote (and the old `make desktop-entry` files)."""
    data = data or data_home()
    removed = [p for p in installed_files(data) if p.exists()]
    for path in removed:
        path.unlink()
    removed += _remove_legacy(data)
    refresh_caches(data)
    return removed


def _remove_legacy(data: Path) -> list[Path]:
    entry, icon = (data / p for p in LEGACY)
    if not entry.is_file() or f"Name={APP_NAME}" not in entry.read_text("utf-8", "replace"):
        return []
    found = [p for p in (entry, icon) if p.exists()]
    for path in found:
        path.unlink()
    return found


def refresh_caches(data: Path) -> None:
    """Rebuild the "Open with" cache and the icon cache when their tools are installed."""
    commands = (["update-desktop-database", "-q", str(data / "applications")],
                ["gtk-update-icon-cache", "-q", "-t", "-f", str(data / "icons" / "hicolor")])
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            result = subprocess.run(command, capture_output=True, text=True, check=False)
            if result.returncode:
                log.warning("%s failed: %s", command[0], result.stderr.strip())


def main(uninstalling: bool) -> int:
    """`precis --install-desktop` / `--uninstall-desktop`: do it and say what was done."""
    try:
        if uninstalling:
            removed = uninstall()
            print(f"Removed {len(removed)} file(s) of {APP_NAME}'s desktop entry.")
            return 0
        files = install()
    except OSError as error:
        print(f"precis: the desktop entry could not be written: {error}", file=sys.stderr)
        return 1
    print(f"{APP_NAME} is in the application launcher and in \"Open with\" for the files it "
          f"reads (it does not become their default application).\nEntry: {files[0]}\n"
          f"Launcher: {shlex.join(launcher_command())}")
    return 0
