"""The article typeset for reading, key sentences highlighted, offsets mapped to the page."""

from __future__ import annotations

import bisect
from functools import partial

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip

from desktop.engine.article import Article
from desktop.ui.bidi import paragraph_direction
from desktop.ui.source_styles import mark_styles
from desktop.ui.utf16 import astral_positions, from_utf16, to_utf16

SERIF_FAMILIES = ["Charter", "Georgia", "Noto Serif", "DejaVu Serif", "Liberation Serif",
                  "serif"]
MEASURE_CHARACTERS = 68  # a comfortable line length for reading
TYPESET_SLICE_CHARS = 40_000  # about 20 ms of typesetting between events
KEY_COLOUR = QColor(255, 236, 153)
FOCUS_COLOUR = QColor(255, 196, 87)
REPAIR_COLOUR = QColor(40, 120, 200)


class ArticleView(QTextBrowser):
    """Shows one Article; maps body offsets to document positions for highlights.

    Signals:
        first_painted: emitted once, after the first paint of the page.
        typeset_finished: the whole article is on the page (long ones are typeset in slices).
    """

    first_painted = Signal()
    typeset_finished = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setOpenLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._article: Article | None = None
        self._repairs: list = []
        self._repair_starts: list[int] = []
        self._block_starts: list[int] = []
        self._paragraph_starts: list[int] = []
        self._astral: list[list[int]] = []  # per typeset paragraph: offsets of 2-unit characters
        self._generation = 0
        self._cursor: QTextCursor | None = None
        self._key_spans: list[tuple[int, int]] = []
        self._focus: tuple[int, int] | None = None
        self._painted = False
        self.set_font_size(13)
        self.set_message("Opening…")

    # -- slots ---------------------------------------------------------------------------------
    def set_font_size(self, points: int) -> None:
        """Change the reading size; a shown article is typeset again at the new size."""
        font = QFont()
        font.setFamilies(SERIF_FAMILIES)
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSize(points)
        self.document().setDefaultFont(font)
        if self._article is not None:
            keys, focus = self._key_spans, self._focus
            self.set_article(self._article)
            self._key_spans, self._focus = keys, focus
            self._refresh_selections()
        self._update_margins()

    def font_size(self) -> int:
        return self.document().defaultFont().pointSize()

    def set_message(self, text: str) -> None:
        """Show a single line (while opening, or when nothing could be shown)."""
        self._article, self._block_starts = None, []
        self._generation += 1
        self.setPlainText(text)

    def set_article(self, article: Article) -> None:
        """Typeset `article`: title, date and byline, then its paragraphs.

        The first screenful is typeset at once; a long article continues in slices between
        events (`typeset_finished` tells when it is complete), so the window never stalls.
        """
        self._article, self._key_spans, self._focus = article, [], None
        self._generation += 1
        doc = self.document()
        doc.clear()
        cursor = QTextCursor(doc)
        _insert(cursor, article.title, size=1.6, bold=True, after=6, first=True)
        meta = " · ".join(x for x in (article.date, article.byline, article.site) if x)
        if meta:
            _insert(cursor, meta, size=0.9, colour=QColor(110, 110, 110), after=14)
        for note in article.notes:  # e.g. bytes that were not valid UTF-8
            _insert(cursor, note, size=0.85, colour=QColor(150, 90, 20), after=12)
        self._block_starts, self._astral = [], []
        self._paragraph_starts = [p.start for p in article.paragraphs]
        self._repairs = sorted(article.repairs, key=lambda r: r.start)
        self._repair_starts = [r.start for r in self._repairs]
        self._cursor = cursor
        self._update_margins()
        self._typeset_slice(self._generation)
        self.verticalScrollBar().setValue(0)

    def is_typeset(self) -> bool:
        """True once every paragraph of the shown article is on the page."""
        return self._article is None or len(self._block_starts) == len(self._article.paragraphs)

    def _typeset_slice(self, generation: int) -> None:
        if generation != self._generation or self._article is None:
            return  # a newer article replaced this one
        article, budget = self._article, TYPESET_SLICE_CHARS
        first = len(self._block_starts)
        while budget > 0 and len(self._block_starts) < len(article.paragraphs):
            paragraph = article.paragraphs[len(self._block_starts)]
            text = article.paragraph_text(paragraph)
            self._block_starts.append(_insert(self._cursor, text, after=10, line_height=140,
                                              direction=paragraph_direction(text)))
            self._astral.append(astral_positions(text))
            budget -= len(text)
        done = len(self._block_starts)
        self._mark_repairs(article.paragraphs[first].start, article.paragraphs[done - 1].end)
        start, end = article.paragraphs[first].start, article.paragraphs[done - 1].end
        mark_styles(self.document(), (s for s in article.styles if start <= s.start < end),
                    self.document_position)
        if self.is_typeset():
            self._cursor = None
            self._refresh_selections()
            self.typeset_finished.emit()
        else:
            QTimer.singleShot(0, partial(self._typeset_slice, generation))

    def set_key_sentences(self, spans: list[tuple[int, int]]) -> None:
        """Highlight the key sentences (body offsets)."""
        self._key_spans = list(spans)
        self._refresh_selections()

    def show_span(self, start: int, end: int) -> None:
        """Scroll to a body span and mark it as the current focus."""
        if self._article is None:
            return
        self._focus = (start, end)
        self._refresh_selections()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(end))
        self.setTextCursor(cursor)
        cursor.setPosition(self.document_position(start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- mapping -------------------------------------------------------------------------------
    def document_position(self, offset: int) -> int:
        """Position in the QTextDocument of a character offset into `Article.text`."""
        if not self._article or not self._block_starts:
            return 0
        paragraphs = self._article.paragraphs
        index = max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)
        if index >= len(self._block_starts):  # not typeset yet: the end of the page so far
            return self.document().characterCount() - 1
        inside = max(0, min(offset, paragraphs[index].end) - paragraphs[index].start)
        return self._block_starts[index] + to_utf16(inside, self._astral[index])

    def text_of_span(self, start: int, end: int) -> str:
        """The page's text between two body offsets (what a reader sees highlighted)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(start))
        cursor.setPosition(self.document_position(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def highlighted_spans(self) -> list[tuple[int, int]]:
        return list(self._key_spans)

    def body_offset(self, position: int) -> int | None:
        """Inverse of `document_position`: the body offset of a document position, if any."""
        if not self._article or not self._block_starts or position < self._block_starts[0]:
            return None
        index = bisect.bisect_right(self._block_starts, position) - 1
        paragraph = self._article.paragraphs[index]
        inside = from_utf16(position - self._block_starts[index], self._astral[index])
        return min(paragraph.end, paragraph.start + inside)

    def repair_at(self, offset: int):
        """The repair covering a body offset, or None."""
        index = bisect.bisect_right(self._repair_starts, offset) - 1
        if index >= 0 and offset < self._repairs[index].end:
            return self._repairs[index]
        return None

    def repair_tooltip(self, offset: int) -> str:
        repair = self.repair_at(offset)
        if repair is None:
            return ""
        return (f"Repaired: the file reads “{repair.original}”. "
                "View › Repair run-together words switches repairs off.")

    # -- internals -----------------------------------------------------------------------------
    def _refresh_selections(self) -> None:
        if not self.is_typeset():
            return  # done when typesetting completes
        selections = []
        spans = [(s, KEY_COLOUR) for s in self._key_spans]
        if self._focus:
            spans.append((self._focus, FOCUS_COLOUR))
        for (start, end), colour in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.document())
            selection.cursor.setPosition(self.document_position(start))
            selection.cursor.setPosition(self.document_position(end),
                                         QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(colour)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selections.append(selection)
        self.setExtraSelections(selections)

    def _mark_repairs(self, start: int, end: int) -> None:
        """A dotted underline under each repaired word between two body offsets."""
        underline = QTextCharFormat()
        underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        underline.setUnderlineColor(REPAIR_COLOUR)
        first = bisect.bisect_left(self._repair_starts, start)
        for repair in self._repairs[first:]:
            if repair.start >= end:
                break
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.document_position(repair.start))
            cursor.setPosition(self.document_position(repair.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(underline)

    def event(self, event) -> bool:  # noqa: D102 - Qt override: repair tooltips
        if event.type() == QEvent.Type.ToolTip and self._repairs:
            point = self.viewport().mapFromGlobal(event.globalPos())
            offset = self.body_offset(self.cursorForPosition(point).position())
            text = self.repair_tooltip(offset) if offset is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _update_margins(self) -> None:
        """Keep the text column near MEASURE_CHARACTERS wide, centred in the view."""
        average = self.fontMetrics().averageCharWidth() * self.document().defaultFont().pointSizeF()
        average /= max(1.0, self.font().pointSizeF())
        measure = int(average * MEASURE_CHARACTERS)
        side = max(24, (self.viewport().width() - measure) // 2)
        frame = self.document().rootFrame().frameFormat()
        if frame.leftMargin() != side:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            frame.setTopMargin(28)
            frame.setBottomMargin(28)
            self.document().rootFrame().setFrameFormat(frame)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_margins()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()


def _insert(cursor: QTextCursor, text: str, size: float = 1.0, bold: bool = False,
            colour: QColor | None = None, after: int = 0, line_height: int = 120,
            first: bool = False, direction=None) -> int:
    """Insert a block of `text`; returns the document position where the text starts."""
    block = QTextBlockFormat()
    block.setBottomMargin(after)
    if direction is not None:
        block.setLayoutDirection(direction)
    block.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    char = QTextCharFormat()
    base = cursor.document().defaultFont().pointSizeF()
    char.setFontPointSize(base * size)
    char.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    if colour is not None:
        char.setForeground(colour)
    if first:
        cursor.setBlockFormat(block)
        cursor.setBlockCharFormat(char)
        cursor.setCharFormat(char)
    else:
        cursor.insertBlock(block, char)
    start = cursor.position()
    cursor.insertText(text, char)
    return start

