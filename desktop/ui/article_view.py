"""The article typeset for reading, key sentences highlighted, offsets mapped to the page."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from desktop.engine.article import Article
from desktop.ui import typeset
from desktop.ui.page_map import PageMap, RepairIndex, utf16_length
from desktop.ui.page_marks import PageMarks
from desktop.ui.themes import THEMES, Theme

SERIF_FAMILIES = ["Charter", "Georgia", "Noto Serif", "DejaVu Serif", "Liberation Serif",
                  "serif"]
MEASURE_CHARACTERS = 68  # a comfortable line length for reading
TYPESET_SLICE_CHARS = 20_000  # about 10 ms of typesetting between events
FOCUS_STYLE = ("QTextBrowser#articleView {{ border: 2px solid transparent; }}"
               "QTextBrowser#articleView:focus {{ border: 2px solid {accent}; }}")


class ArticleView(PageMarks, QTextBrowser):
    """Shows one Article; maps body offsets to document positions for highlights (`PageMarks`).

    Signals:
        first_painted: emitted once, after the first paint of the page.
        article_painted: the first paint showing an article's own text (after `set_article`).
        typeset_finished: the whole article is on the page (long ones are typeset in slices).
        offset_clicked(int): a click (no selection) landed on this body offset.
        zoom_requested(int): Ctrl+wheel asked for a larger (+1) or smaller (-1) text.
    """

    first_painted = Signal()
    article_painted = Signal()
    typeset_finished = Signal()
    offset_clicked = Signal(int)
    zoom_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setOpenLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setAccessibleName("Article")
        self.setAccessibleDescription("The article's text; key sentences are highlighted.")
        self._article: Article | None = None
        self._repairs = RepairIndex()
        self._segments: list[tuple[int, int]] = []  # body spans to show; (-1, -1) is "…"
        self._typeset_count = 0
        self._map = PageMap()
        self._generation = 0
        self._cursor: QTextCursor | None = None
        self._key_spans: list[tuple[int, int]] = []
        self._lead_ins: list[tuple[int, int]] = []  # sentences shown with a key sentence
        self._focus: tuple[int, int] | None = None
        self._key_only = False
        self._painted = self._article_pending = False
        self.theme: Theme = THEMES["light"]
        self.set_font_size(13)
        self.set_message("Opening…")

    # -- slots ---------------------------------------------------------------------------------
    def set_font_size(self, points: int) -> None:
        """Change the reading size, keeping the same text at the top of the view."""
        anchor = self.cursorForPosition(QPoint(0, 0)).position() if self._article else 0
        font = QFont()
        font.setFamilies(SERIF_FAMILIES)
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSize(points)
        self.document().setDefaultFont(font)
        self._style_header()
        self._update_margins()
        if anchor:
            self._scroll_to(anchor, fraction=0.0)

    def font_size(self) -> int:
        return self.document().defaultFont().pointSize()

    def set_theme(self, theme: Theme) -> None:
        """Highlight and header colours of `theme` (the palette comes from the application)."""
        self.theme = theme
        self.setStyleSheet(FOCUS_STYLE.format(accent=theme.accent))
        self._style_header()
        self._refresh_selections()

    def set_message(self, text: str) -> None:
        """Show a single line (while opening, or when nothing could be shown)."""
        self._article, self._segments, self._map = None, [], PageMap()
        self._generation += 1
        self.setPlainText(text)

    def set_article(self, article: Article) -> None:
        """Typeset `article`: its headline (if it has one), date and byline, then its paragraphs.

        An article with the same paragraphs as the one shown (the full reading of a quick
        preview) only replaces the paragraphs whose text changed. The first screenful is typeset
        at once; a long article continues in slices between events (`typeset_finished`).
        """
        if self._update_in_place(article):
            return
        self._article, self._key_spans, self._lead_ins, self._focus = article, [], [], None
        self._repairs = RepairIndex(article.repairs)
        self._start_typesetting()
        self.verticalScrollBar().setValue(0)
        self._article_pending = True

    def set_key_only(self, key_only: bool) -> None:
        """Show only the key sentences, with "…" where text was skipped (or the whole article)."""
        self._key_only = key_only
        if self._article is not None:
            self._start_typesetting()

    def is_typeset(self) -> bool:
        """True once every paragraph of the shown article is on the page."""
        return self._article is None or self._typeset_count == len(self._segments)

    def set_key_sentences(self, spans: list[tuple[int, int]],
                          lead_ins: Sequence[tuple[int, int]] = ()) -> None:
        """Highlight the key sentences (body offsets). Their lead-ins (the sentences some of
        them point back to) need no mark in the whole article, where they stand just before;
        the key sentences alone show them too, in a muted colour."""
        self._key_spans, self._lead_ins = list(spans), list(lead_ins)
        if self._key_only and self._article is not None:
            self._start_typesetting()
        else:
            self._refresh_selections()

    def show_span(self, start: int, end: int) -> None:
        """Mark a body span as the current focus and scroll it to about a third down the view."""
        if self._article is None:
            return
        self.set_focus_span(start, end)
        self._scroll_to(self.document_position(start), fraction=1 / 3)

    def set_focus_span(self, start: int, end: int) -> None:
        """Mark a body span as the current focus without scrolling."""
        self._focus = (start, end)
        self._refresh_selections()

    # -- mapping -------------------------------------------------------------------------------
    def document_position(self, offset: int) -> int:
        """Position in the QTextDocument of a character offset into `Article.text`."""
        if not self._article:
            return 0
        return self._map.position(offset, self.is_typeset(), self.document().characterCount() - 1)

    def text_of_span(self, start: int, end: int) -> str:
        """The page's text between two body offsets (what a reader sees highlighted)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(start))
        cursor.setPosition(self.document_position(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def highlighted_spans(self) -> list[tuple[int, int]]:
        return list(self._key_spans)

    def focused_text(self) -> str:
        """The text marked as the current focus (a chosen key sentence or quote), or ''."""
        return self.text_of_span(*self._focus) if self._focus and self._article else ""

    def body_offset(self, position: int) -> int | None:
        """Inverse of `document_position`: the body offset of a document position, if any."""
        return self._map.offset(position) if self._article else None

    # -- typesetting ---------------------------------------------------------------------------
    def _start_typesetting(self) -> None:
        article = self._article
        self._generation += 1
        self.document().clear()
        cursor = QTextCursor(self.document())
        for role, text in typeset.header_lines(article):
            typeset.insert_block(cursor, text, after=6 if role == "title" else 14)
        self._style_header()
        if self._key_only and self._key_spans:
            self._segments = typeset.key_segments(article, self._key_spans + self._lead_ins)
        else:
            self._segments = typeset.paragraph_segments(article)
        self._typeset_count, self._map = 0, PageMap()
        self._cursor = cursor
        self._update_margins()
        self._typeset_slice(self._generation)

    def _typeset_slice(self, generation: int) -> None:
        if generation != self._generation or self._article is None:
            return  # a newer article replaced this one
        budget, first = TYPESET_SLICE_CHARS, self._typeset_count
        self._cursor.beginEditBlock()  # one layout pass per slice, not one per paragraph
        while budget > 0 and self._typeset_count < len(self._segments):
            segment = self._segments[self._typeset_count]
            text = typeset.segment_text(self._article, segment)
            position = typeset.insert_block(self._cursor, text)
            if segment[0] >= 0:
                self._map.add(segment[0], segment[1], position, text)
            self._typeset_count += 1
            budget -= len(text)
        self._cursor.endEditBlock()
        done = [s for s in self._segments[first:self._typeset_count] if s[0] >= 0]
        if done:
            self._mark_repairs(done[0][0], done[-1][1])
            self._mark_styles(done[0][0], done[-1][1])
        if self.is_typeset():
            self._cursor = None
            self._refresh_selections()
            self.typeset_finished.emit()
        else:
            QTimer.singleShot(0, self, partial(self._typeset_slice, generation))

    def _update_in_place(self, article: Article) -> bool:
        """Swap in `article` when it is the shown one read again (e.g. with repairs)."""
        shown = self._article
        if (shown is None or self._key_only or shown.path != article.path
                or len(shown.paragraphs) != len(article.paragraphs)
                or typeset.header_lines(shown) != typeset.header_lines(article)):
            return False
        self._article, self._segments = article, typeset.paragraph_segments(article)
        # offsets of the text as it was: a new summary comes
        self._key_spans, self._lead_ins, self._focus = [], [], None
        self._repairs = RepairIndex(article.repairs)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for position, old_text, new_text in reversed(self._map.follow(shown, article)):
            cursor.setPosition(position)  # from the end: earlier positions stay valid
            cursor.setPosition(position + utf16_length(old_text), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(new_text)
        cursor.endEditBlock()
        if self._typeset_count:
            self._mark_repairs(0, article.paragraphs[self._typeset_count - 1].end)
        self._refresh_selections()
        return True

    # -- internals -----------------------------------------------------------------------------
    def _scroll_to(self, position: int, fraction: float) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        target = int(bar.value() + self.cursorRect(cursor).top()
                     - self.viewport().height() * fraction)
        if target > bar.maximum():  # the page below is not laid out yet: finish, for its height
            self.document().documentLayout().documentSize()
        bar.setValue(target)

    def _style_header(self) -> None:
        if self._article is not None:
            typeset.style_header(self.document(), self._article, self.theme.colour("muted"))

    def _update_margins(self) -> None:
        """Keep the text column near MEASURE_CHARACTERS wide, centred in the view."""
        average = self.fontMetrics().averageCharWidth() * self.document().defaultFont().pointSizeF()
        average /= max(1.0, self.font().pointSizeF())
        side = max(24, (self.viewport().width() - int(average * MEASURE_CHARACTERS)) // 2)
        typeset.set_margins(self.document(), side)

    # -- Qt overrides --------------------------------------------------------------------------
    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - a click selects in the panel
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            offset = self.body_offset(self.cursorForPosition(event.position().toPoint())
                                      .position())
            if offset is not None:
                self.offset_clicked.emit(offset)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Ctrl+wheel zooms like Ctrl++ / Ctrl+-
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = event.angleDelta().y()
            if step:
                self.zoom_requested.emit(1 if step > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_margins()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
        if self._article_pending:
            self._article_pending = False
            self.article_painted.emit()
