"""The source's own styles on the page: headings, emphasis, strong and code as the file set them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

HEADING_SCALE = 1.2


def style_format(kind: str, base_points: float) -> QTextCharFormat:
    """The character format for one kind of Style."""
    char = QTextCharFormat()
    if kind == "heading":
        char.setFontWeight(QFont.Weight.Bold)
        char.setFontPointSize(base_points * HEADING_SCALE)
    elif kind == "strong":
        char.setFontWeight(QFont.Weight.Bold)
    elif kind == "emphasis":
        char.setFontItalic(True)
    elif kind == "code":
        char.setFontFixedPitch(True)
        char.setFontFamilies(["DejaVu Sans Mono", "monospace"])
    return char


def mark_styles(document: QTextDocument, styles: Iterable, position: Callable[[int], int]) -> None:
    """Merge each style's format over its span; `position` maps body offsets to the page."""
    base = document.defaultFont().pointSizeF()
    for style in styles:
        cursor = QTextCursor(document)
        cursor.setPosition(position(style.start))
        cursor.setPosition(position(style.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(style_format(style.kind, base))
