"""Summary out to a file or paper: File › Export Summary… and File › Print…."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSaveFile
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop import APP_NAME

if TYPE_CHECKING:
    from desktop.engine.export import ExportFormat
    from desktop.engine.pipeline import Digest


class ExportFailed(Exception):
    """The summary was not written; the message says why in a sentence."""


def _filters() -> dict[str, ExportFormat]:
    from desktop.engine.export import EXPORT_FORMATS

    return {f"{f.label} (*{f.suffix})": f for f in EXPORT_FORMATS.values()}


def export_summary(parent: QWidget, digest: Digest, folder: str) -> Path | None:
    """Ask where (Save dialog, which confirms overwriting) and write; None when cancelled.

    Raises:
        ExportFailed: nothing was written (or replaced); the message says why.
    """
    filters = _filters()
    stem = Path(digest.article.path).stem if digest.article.path else "clipboard"
    suggested = str(Path(folder or Path.home()) / f"{stem} summary.md")
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, "Export summary", suggested, ";;".join(filters), next(iter(filters)))
    if not chosen:
        return None
    target, fmt = _target_and_format(Path(chosen), filters.get(chosen_filter))
    if target != Path(chosen) and target.exists() and not _confirm_replace(parent, target):
        return None  # the dialog confirmed another name; ask again for the one with a suffix
    write_summary(digest, target, fmt)
    return target


def _target_and_format(path: Path, chosen: ExportFormat | None) -> tuple[Path, ExportFormat]:
    """The format from the file's suffix, else from the chosen filter (adding its suffix)."""
    for fmt in _filters().values():
        if path.suffix.lower() == fmt.suffix:
            return path, fmt
    fmt = chosen or next(iter(_filters().values()))
    return path.with_name(path.name + fmt.suffix), fmt


def _confirm_replace(parent: QWidget, target: Path) -> bool:
    answer = QMessageBox.question(parent, APP_NAME, f"“{target.name}” already exists. "
                                  "Do you want to replace it?")
    return answer == QMessageBox.StandardButton.Yes


def write_summary(digest: Digest, target: Path, fmt: ExportFormat) -> None:
    """Write `fmt` of `digest` to `target` all at once: on any failure the old file stays.

    Raises:
        ExportFailed: with the reason, e.g. the folder is missing or not writable.
    """
    article = digest.article.path
    if article and target.exists() and Path(article).exists() and target.samefile(article):
        raise ExportFailed(f"“{target.name}” is the article itself; Précis never writes to the "
                           "files it opens. Choose another name.")
    data = fmt.render(digest).encode("utf-8")
    file = QSaveFile(str(target))
    if not file.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise ExportFailed(_why(target, file.errorString()))
    written = file.write(data)
    if written != len(data) or not file.commit():
        reason = file.errorString()
        file.cancelWriting()
        raise ExportFailed(_why(target, reason))


def _why(target: Path, reason: str) -> str:
    if not target.parent.is_dir():
        reason = f"the folder “{target.parent}” does not exist"
    elif target.is_dir():
        reason = "a folder has that name"
    return f"The summary could not be saved as “{target.name}”: {reason}. Nothing was changed."


def print_summary(parent: QWidget, digest: Digest, printer: QPrinter | None = None) -> bool:
    """Qt's print dialog, then the summary printed (or saved as PDF); False when cancelled."""
    from desktop.engine.export import to_html

    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"{digest.article.title} — summary")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print summary")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document = QTextDocument()
    document.setHtml(to_html(digest))
    document.print_(printer)
    return True
