"""The window's commands that hand the summary on: copy it, copy a key sentence, export, print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from desktop.ui import clipboard, export_dialog
from desktop.ui.summary_panel import shown_text

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def copy(window: MainWindow) -> None:
    """Edit › Copy summary: text/plain, text/html and text/markdown on the clipboard."""
    if (digest := window.digest()) is not None:
        QGuiApplication.clipboard().setMimeData(clipboard.summary_mime(digest))
        window.statusBar().showMessage("Summary copied to the clipboard", 4000)


def copy_key_sentence(window: MainWindow) -> None:
    """The key sentences' context menu: the current one as plain text, as shown (after its
    lead-in, if it has one)."""
    item = window.panel.key_list.currentItem()
    if item is not None:
        QGuiApplication.clipboard().setText(shown_text(item))
        window.statusBar().showMessage("Key sentence copied to the clipboard", 4000)


def export(window: MainWindow) -> None:
    """File › Export Summary…: Markdown, text, HTML or JSON, never over the article."""
    if (digest := window.digest()) is None:
        return
    try:
        target = export_dialog.export_summary(window, digest,
                                              window.settings.get("files/last_dir"))
    except export_dialog.ExportFailed as error:
        window.show_error(str(error))
        return
    if target is not None:
        window.statusBar().showMessage(f"Summary saved as {target}", 6000)


def print_(window: MainWindow) -> None:
    """File › Print…: Qt's print dialog (a printer, or a PDF file)."""
    if (digest := window.digest()) is not None and export_dialog.print_summary(window, digest):
        window.statusBar().showMessage("Summary sent to the printer", 4000)
