"""View › Chapter: the whole book or one of its chapters, for the e-book on screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

WHOLE_BOOK = "&Whole book"


class ChapterMenu(QMenu):
    """"Whole book", then each chapter numbered from 1; the one shown is checked. Disabled
    unless the article has two chapters or more.

    Signals:
        chapter_chosen(object): the 0-based chapter picked, or None for the whole book.
    """

    chapter_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("&Chapter", parent)
        self.setAccessibleName("Chapter")
        self._group = QActionGroup(self)  # exclusive: one item checked
        self.set_chapters((), None)

    def set_chapters(self, titles: tuple[str, ...], current: int | None) -> None:
        """Offer `titles` (an article's chapters) with `current` (None: the whole book) checked."""
        self.clear()
        for action in self._group.actions():
            self._group.removeAction(action)
        self._add(WHOLE_BOOK, None, current)
        self.addSeparator()
        for index, title in enumerate(titles):
            label = title.replace("&", "&&")
            self._add(f"&{index + 1}. {label}" if index < 9 else f"{index + 1}. {label}", index,
                      current)
        self.setEnabled(len(titles) > 1)

    def choices(self) -> list[str]:
        """The items as a person reads them (mnemonic marks removed), for tests."""
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

    def _add(self, text: str, chapter: int | None, current: int | None) -> QAction:
        action = self.addAction(text)
        action.setCheckable(True)
        action.setChecked(chapter == current)
        action.setActionGroup(self._group)
        action.triggered.connect(lambda _checked=False, c=chapter: self.chapter_chosen.emit(c))
        return action
