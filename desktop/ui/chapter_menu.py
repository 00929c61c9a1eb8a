"""View › Chapter: the whole book or one of its chapters, for the e-book on screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

WHOLE_BOOK = "&Whole book"


class ChapterMenu(QMenu):
    """Next and previous chapter, "Whole book", then each chapter numbered from 1; the one
    shown is checked. Disabled unless the article has two chapters or more.

    Signals:
        chapter_chosen(object): the 0-based chapter picked, or None for the whole book.
    """

    chapter_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("&Chapter", parent)
        self.setAccessibleName("Chapter")
        self.next_action = self._step("&Next chapter", "Alt+PgDown", +1)
        self.previous_action = self._step("&Previous chapter", "Alt+PgUp", -1)
        self.addActions([self.next_action, self.previous_action])
        self._group = QActionGroup(self)  # exclusive: one item checked
        self._built: list[QAction] = []
        self._count, self._current = 0, None
        self.set_chapters((), None)

    def set_chapters(self, titles: tuple[str, ...], current: int | None) -> None:
        """Offer `titles` (an article's chapters) with `current` (None: the whole book) checked."""
        for action in self._built:
            self.removeAction(action)
            action.setActionGroup(None)
            action.deleteLater()
        self._built = [self.addSeparator(), self._add(WHOLE_BOOK, None, current),
                       self.addSeparator()]
        for index, title in enumerate(titles):
            label = title.replace("&", "&&")
            number = f"&{index + 1}" if index < 9 else str(index + 1)
            self._built.append(self._add(f"{number}. {label}", index, current))
        self._count = len(titles)
        self.setEnabled(self._count > 1)
        self._set_current(current)

    def choices(self) -> list[str]:
        """The chapter items as a person reads them (mnemonic marks removed), for tests."""
        return [a.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                for a in self._group.actions()]

    def checked(self) -> str | None:
        """The checked item's text as `choices` gives it."""
        for text, action in zip(self.choices(), self._group.actions(), strict=True):
            if action.isChecked():
                return text
        return None

    def choose(self, index: int | None) -> None:
        """Pick the whole book (None) or chapter `index` (0-based), as a click would."""
        self._group.actions()[0 if index is None else index + 1].trigger()

    def _step(self, text: str, shortcut: str, by: int) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: self._on_step(by))
        return action

    def _set_current(self, current: int | None) -> None:
        self._current = current
        self.next_action.setEnabled(self._count > 1 and (current or 0) < self._count - 1)
        self.previous_action.setEnabled(self._count > 1 and bool(current))

    def _on_choice(self, chapter: int | None) -> None:
        self._set_current(chapter)  # a second step before the reading ends goes on from here
        self.chapter_chosen.emit(chapter)

    def _on_step(self, by: int) -> None:
        """From the whole book, the next chapter is the first."""
        index = -1 if self._current is None else self._current
        if 0 <= index + by < self._count:
            self.choose(index + by)

    def _add(self, text: str, chapter: int | None, current: int | None) -> QAction:
        action = self.addAction(text)
        action.setCheckable(True)
        action.setChecked(chapter == current)
        action.setActionGroup(self._group)
        action.triggered.connect(lambda _checked=False, c=chapter: self._on_choice(c))
        return action
