"""What the article view draws over its text: highlights, repair marks and tooltips, styles."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QTextFormat
from PySide6.QtWidgets import QTextEdit, QToolTip

from desktop.ui import typeset
from desktop.ui.source_styles import mark_styles


class PageMarks:
    """Marks for `ArticleView`: key, lead-in and focus highlights, the dotted underline and
    tooltip of each repaired word, and the source's own styles.

    The view provides `_article`, `_repairs`, `_key_spans`, `_lead_ins`, `_focus`, `_key_only`,
    `theme`, `is_typeset()`, `document_position()` and `body_offset()`.
    """

    def repair_at(self, offset: int):
        """The repair covering a body offset, or None."""
        return self._repairs.at(offset)

    def repair_tooltip(self, offset: int) -> str:
        repair = self.repair_at(offset)
        if repair is None:
            return ""
        return (f"Repaired: the file reads “{repair.original}”. "
                "View › Repair run-together words switches repairs off.")

    def _refresh_selections(self) -> None:
        if not self.is_typeset():
            return  # done when typesetting completes
        spans = ([(s, "muted") for s in self._lead_ins] if self._key_only
                 else [(s, "key") for s in self._key_spans])
        if self._focus:
            spans.append((self._focus, "focus"))
        selections = []
        for (start, end), role in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = typeset.cursor_over(self.document(), self.document_position(start),
                                                   self.document_position(end))
            if role == "muted":
                selection.format.setForeground(self.theme.colour(role))
            else:
                selection.format.setBackground(self.theme.colour(role))
                selection.format.setForeground(self.theme.colour("text"))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selections.append(selection)
        self.setExtraSelections(selections)

    def _mark_repairs(self, start: int, end: int) -> None:
        """A dotted underline under each repaired word between two body offsets."""
        spans = [(self.document_position(r.start), self.document_position(r.end))
                 for r in self._repairs.between(start, end)]
        typeset.underline(self.document(), spans, self.theme.colour("accent"))

    def _mark_styles(self, start: int, end: int) -> None:
        """The source's own headings, emphasis and code between two body offsets."""
        styles = (s for s in self._article.styles if start <= s.start < end)
        mark_styles(self.document(), styles, self.document_position)

    def event(self, event) -> bool:  # noqa: D102 - repair tooltips
        if event.type() == QEvent.Type.ToolTip and self._repairs.repairs:
            point = self.viewport().mapFromGlobal(event.globalPos())
            offset = self.body_offset(self.cursorForPosition(point).position())
            text = self.repair_tooltip(offset) if offset is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
