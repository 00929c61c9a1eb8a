"""Key-sentence rows: a key sentence after its lead-in, the lead-in muted and in italics."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from desktop.ui.wrapping import PADDING, WrappingDelegate

# The sentence a key sentence points back to ("He…", "But…"), or "" (never left empty: PySide6
# leaks a reference to None each time a role that holds nothing is read).
LEAD_IN_ROLE = Qt.ItemDataRole.UserRole + 1


class KeySentenceDelegate(WrappingDelegate):
    """Draws a row with a lead-in as one wrapped paragraph: the lead-in muted and in italics,
    then the key sentence in the list's own colour; other rows as `WrappingDelegate` does."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        lead_in = index.data(LEAD_IN_ROLE)
        if not lead_in:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        width = max(40, self.view.viewport().width() - PADDING)
        margin = _margin(self.view.style(), self.view)  # laid out no wider than painted
        document = _document(lead_in, option, width - 2 * margin, selected=False)
        return QSize(width, int(document.size().height() + 0.99) + PADDING)

    def paint(self, painter, option, index) -> None:
        lead_in = index.data(LEAD_IN_ROLE)
        if not lead_in:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = item.widget.style() if item.widget else QApplication.style()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        margin = _margin(style, item.widget)
        document = _document(lead_in, item, max(40, text_rect.width() - 2 * margin), selected)
        item.text = ""  # the background, selection and focus frame only
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        painter.save()
        top = (text_rect.height() - document.size().height()) / 2
        painter.translate(text_rect.left() + margin, text_rect.top() + max(0.0, top))
        context = QAbstractTextDocumentLayout.PaintContext()
        document.documentLayout().draw(painter, context)
        painter.restore()


def _margin(style: QStyle, widget) -> int:
    """The style's own inset of item text, so these rows line up with the others."""
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1


def _document(lead_in: str, option: QStyleOptionViewItem, width: int,
              selected: bool) -> QTextDocument:
    """The row's text laid out at `width`: the lead-in muted, a space, the key sentence."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(option.font)
    document.setTextWidth(width)
    palette, roles = option.palette, QPalette.ColorRole
    text = palette.color(roles.HighlightedText if selected else roles.Text)
    muted = QTextCharFormat()  # italic too: a selected row has no room for a muted colour
    muted.setForeground(text if selected else palette.color(roles.PlaceholderText))
    muted.setFontItalic(True)
    plain = QTextCharFormat()
    plain.setForeground(text)
    cursor = QTextCursor(document)
    cursor.insertText(lead_in + " ", muted)
    cursor.insertText(option.text, plain)
    return document
