"""An item delegate that wraps long texts to the view's width (Qt's own sizes them too short)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTreeView

PADDING = 10


class WrappingDelegate(QStyledItemDelegate):
    """Sizes each row for its text wrapped at the width the view gives it."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        width = self.view.viewport().width() - PADDING - self._indent(index)
        self.initStyleOption(option, index)  # fills option.text and option.font from the item
        # Reading roles that hold nothing through index.data() returns None, and PySide6 6.12
        # loses a reference to None each time: thousands of rows then crash the interpreter.
        bounds = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, max(40, width), 1_000_000), int(Qt.TextFlag.TextWordWrap), option.text)
        return QSize(max(40, width), bounds.height() + PADDING)

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideNone

    def _indent(self, index) -> int:
        if not isinstance(self.view, QTreeView):
            return 0
        depth = 1  # the branch decoration of top-level rows
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        return depth * self.view.indentation()


def wrap_items(view: QAbstractItemView) -> None:
    """Give `view` wrapping rows that are laid out again whenever its width changes."""
    view.setItemDelegate(WrappingDelegate(view))
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
