"""The clipboard both ways: a copied article in, the summary out in three formats."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from desktop.engine.pipeline import Digest


def copied_article() -> tuple[bytes, str] | None:
    """The clipboard's HTML (else its text) with a file name saying which, or None if empty."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return None
    if mime.hasHtml() and mime.html().strip():
        return mime.html().encode("utf-8"), "clipboard.html"
    if mime.hasText() and mime.text().strip():
        return mime.text().encode("utf-8"), "clipboard.txt"
    return None


def summary_mime(digest: Digest) -> QMimeData:
    """The summary as text/plain, text/html and text/markdown, for the clipboard."""
    from desktop.engine.export import to_html, to_markdown, to_text

    mime = QMimeData()
    mime.setText(to_text(digest))
    mime.setHtml(to_html(digest))
    mime.setData("text/markdown", to_markdown(digest).encode("utf-8"))
    return mime
