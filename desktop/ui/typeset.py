"""How the article view lays text into its QTextDocument: header blocks, body blocks, segments.

A *segment* is a run of body text shown as one block: a paragraph in the full view, a key
sentence in the "key sentences only" view. Each typeset segment records where it starts in the
document, so body offsets (Python str indices into `Article.text`) map to document positions.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from desktop.engine.article import Article
from desktop.ui.bidi import paragraph_direction

ELLIPSIS = "…"
TITLE_SCALE = 1.6
META_SCALE = 0.9
NOTE_SCALE = 0.85


def header_lines(article: Article) -> list[tuple[str, str]]:
    """(role, text) of the blocks above the body: the headline (if the article has one of its
    own), the date, byline and site, and the reader's notes (e.g. bytes that were replaced)."""
    lines = [] if article.title_from_body else [("title", article.title)]
    meta = " · ".join(x for x in (article.date, article.byline, article.site) if x)
    if meta:
        lines.append(("meta", meta))
    return lines + [("note", note) for note in article.notes]


def header_format(role: str, base_points: float, muted: QColor) -> QTextCharFormat:
    char = QTextCharFormat()
    if role == "title":
        char.setFontPointSize(base_points * TITLE_SCALE)
        char.setFontWeight(QFont.Weight.Bold)
    else:
        char.setFontPointSize(base_points * (NOTE_SCALE if role == "note" else META_SCALE))
        char.setForeground(muted)
        char.setFontItalic(role == "note")
    return char


def insert_block(cursor: QTextCursor, text: str, char: QTextCharFormat | None = None,
                 after: int = 10, line_height: int = 140) -> int:
    """Append a block holding `text` (the first block is reused); returns where the text starts.

    Body blocks carry no font size of their own: they follow the document's default font, so
    zooming re-lays the page instead of typesetting it again.
    """
    block = QTextBlockFormat()
    block.setBottomMargin(after)
    block.setLayoutDirection(paragraph_direction(text))
    block.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    char = char or QTextCharFormat()
    if cursor.position() == 0 and cursor.document().characterCount() <= 1:
        cursor.setBlockFormat(block)
        cursor.setBlockCharFormat(char)
        cursor.setCharFormat(char)
    else:
        cursor.insertBlock(block, char)
    start = cursor.position()
    cursor.insertText(text, char)
    return start


def paragraph_segments(article: Article) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in article.paragraphs]


def key_segments(article: Article, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The key sentences in article order, with (-1, -1) wherever text was skipped."""
    index_of = {(s.start, s.end): s.index for s in article.sentences}
    out: list[tuple[int, int]] = []
    previous = -1
    for span in sorted(spans):
        index = index_of.get(span, previous + 2)
        if index != previous + 1:
            out.append((-1, -1))
        out.append(span)
        previous = index
    if previous != len(article.sentences) - 1:
        out.append((-1, -1))
    return out


def segment_text(article: Article, segment: tuple[int, int]) -> str:
    start, end = segment
    return ELLIPSIS if start < 0 else article.text[start:end]


def cursor_over(document: QTextDocument, start: int, end: int) -> QTextCursor:
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def style_header(document: QTextDocument, article: Article, muted: QColor) -> None:
    """Size and colour the header blocks from the document's current default font."""
    base = document.defaultFont().pointSizeF()
    block = document.begin()
    for role, _text in header_lines(article):
        cursor = cursor_over(document, block.position(), block.position() + block.length() - 1)
        cursor.setCharFormat(header_format(role, base, muted))
        block = block.next()


def underline(document: QTextDocument, spans: list[tuple[int, int]], colour: QColor) -> None:
    """A dotted underline under each (start, end) document span."""
    char = QTextCharFormat()
    char.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    char.setUnderlineColor(colour)
    for start, end in spans:
        cursor_over(document, start, end).mergeCharFormat(char)


def set_margins(document: QTextDocument, side: int, top: int = 28) -> None:
    frame = document.rootFrame().frameFormat()
    if frame.leftMargin() != side:
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        frame.setTopMargin(top)
        frame.setBottomMargin(top)
        document.rootFrame().setFrameFormat(frame)
