"""Find in the article: a bar under the text with the words to find and "n of m"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

MAX_MATCHES = 10_000  # counting stops here ("10000+"): enough to tell a reader "many"


class FindBar(QWidget):
    """Finds text in a QTextEdit: Enter or F3 for the next match, Shift+Enter or Shift+F3 for
    the previous one, Esc closes the bar and gives the focus back to the text.

    Signals:
        closed: the bar was hidden.
    """

    closed = Signal()

    def __init__(self, view: QTextEdit, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.field = QLineEdit(objectName="findField", placeholderText="Find in the article")
        self.field.setAccessibleName("Find")
        self.field.setAccessibleDescription("Words to find in the article; Enter finds the next.")
        self.count_label = QLabel(objectName="findCount")
        self.count_label.setAccessibleName("Matches")
        self.previous_button = _button("▲", "Previous match", "Find the previous match")
        self.next_button = _button("▼", "Next match", "Find the next match")
        self.close_button = _button("✕", "Close find", "Close the find bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.field, self.count_label, self.previous_button, self.next_button,
                       self.close_button):
            layout.addWidget(widget)
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    # -- slots ---------------------------------------------------------------------------------
    def open(self) -> None:
        """Show the bar with the field focused (its text selected, to type over)."""
        selected = self.view.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus()
        self.closed.emit()

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def refresh(self) -> None:
        """Search again (the article changed under the bar)."""
        if self.isVisible():
            self._search()

    # -- what a person sees --------------------------------------------------------------------
    def status(self) -> str:
        return self.count_label.text()

    # -- internals -----------------------------------------------------------------------------
    def _search(self) -> None:
        needle = self.field.text()
        self._matches, self._current = [], -1
        document: QTextDocument = self.view.document()
        cursor = QTextCursor(document)
        while needle and len(self._matches) < MAX_MATCHES:
            cursor = document.find(needle, cursor)
            if cursor.isNull():
                break
            self._matches.append((cursor.selectionStart(), cursor.selectionEnd()))
        if self._matches:
            here = self.view.textCursor().selectionStart()
            self._current = next((i for i, (a, _) in enumerate(self._matches) if a >= here), 0)
            self._select()
        else:
            self._show_count()

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.open()
            return
        if self._matches:
            self._current = (self._current + direction) % len(self._matches)
            self._select()

    def _select(self) -> None:
        start, end = self._matches[self._current]
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        self._show_count()

    def _show_count(self) -> None:
        if not self.field.text():
            text = ""
        elif not self._matches:
            text = "No matches"
        else:
            more = "+" if len(self._matches) >= MAX_MATCHES else ""
            text = f"{self._current + 1} of {len(self._matches)}{more}"
        self.count_label.setText(text)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Esc, Shift+Enter in the field
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
                self.find_previous()
                return True
        return super().eventFilter(watched, event)


def _button(text: str, name: str, description: str) -> QToolButton:
    button = QToolButton(text=text, toolTip=name, autoRaise=True)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    return button
