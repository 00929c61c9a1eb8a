"""Help › Keyboard shortcuts: every action's shortcuts, read from the actions themselves."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(command, shortcuts) for each action that has a shortcut, in the order given."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if _on_a_keyboard(k)]
        if keys:
            name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append((name.rstrip("…"), ", ".join(keys)))
    return rows


def _on_a_keyboard(keys: str) -> bool:
    """A combination or a function key, not a dedicated key few keyboards have ("Open")."""
    return "+" in keys or re.fullmatch(r"F\d+|Esc|Del", keys) is not None


class ShortcutsDialog(QDialog):
    """A two-column table: command, shortcut(s)."""

    def __init__(self, actions: list[QAction], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setObjectName("shortcutsDialog")
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, objectName="shortcutsTable")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setAccessibleDescription("Each command and the keys that run it.")
        self.table.setHorizontalHeaderLabels(["Command", "Shortcut"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 520)

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]
