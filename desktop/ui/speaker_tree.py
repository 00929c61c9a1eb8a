"""Quoted speakers: named ones first, most quoted first, then the unnamed; quotes beneath each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from desktop.ui.wrapping import wrap_items

if TYPE_CHECKING:
    from desktop.engine.speakers import Quote, Speaker

# Items hold an int into `_entries`: Python objects stored in Qt item data crash PySide6 at exit.
ENTRY_ROLE = Qt.ItemDataRole.UserRole
UNNAMED_HEADING = "Unnamed speakers"


def speaker_label(speaker: Speaker) -> str:
    """'Xi Jinping, Chinese leader  (6 quotes)'."""
    count = len(speaker.quotes)
    role = f", {speaker.role}" if speaker.role else ""
    return f"{speaker.name}{role}  ({count} quote{'s' if count != 1 else ''})"


class SpeakerTree(QTreeWidget):
    """Speakers with their quotes; clicking a quote asks the article to show it.

    Signals:
        span_activated(int, int): a quote (or a speaker's first quote) was clicked.
    """

    span_activated = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        wrap_items(self)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.itemClicked.connect(self._on_item)
        self._entries: list[tuple[Quote, Speaker]] = []

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override: rewrap rows
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def set_speakers(self, speakers: tuple[Speaker, ...], note: str | None = None) -> None:
        """Show `speakers`; `note` says why there are none ('English articles only')."""
        self.clear()
        self._entries = []
        if not speakers:
            self._add_heading(note or "No quoted speakers found.")
            return
        named = [s for s in speakers if s.named]
        unnamed = [s for s in speakers if not s.named and s.kind != "unattributed"]
        for speaker in named:
            self.addTopLevelItem(self._speaker_item(speaker))
        if unnamed:
            self._add_heading(UNNAMED_HEADING)
            for speaker in unnamed:
                self.addTopLevelItem(self._speaker_item(speaker))
        for speaker in speakers:
            if speaker.kind == "unattributed":  # its own heading is its name
                self.addTopLevelItem(self._speaker_item(speaker))

    def current_quote(self) -> tuple[Quote, Speaker] | None:
        """The selected quote and its speaker (a selected speaker means its first quote)."""
        return self._entry(self.currentItem())

    # -- what a person sees --------------------------------------------------------------------
    def top_labels(self) -> list[str]:
        return [self.topLevelItem(i).text(0) for i in range(self.topLevelItemCount())]

    def quote_labels(self, row: int) -> list[str]:
        item = self.topLevelItem(row)
        return [item.child(i).text(0) for i in range(item.childCount())]

    # -- internals -----------------------------------------------------------------------------
    def _speaker_item(self, speaker: Speaker) -> QTreeWidgetItem:
        item = QTreeWidgetItem([speaker_label(speaker)])
        item.setData(0, ENTRY_ROLE, self._add_entry(speaker.quotes[0], speaker))
        item.setToolTip(0, f"{speaker.kind}: {speaker.name}")
        for quote in speaker.quotes:
            child = QTreeWidgetItem([quote.shown])
            child.setData(0, ENTRY_ROLE, self._add_entry(quote, speaker))
            how = (f"{quote.mention} {quote.cue}".strip() if quote.cue else
                   "speaker not told" if speaker.kind == "unattributed" else "continues the quote")
            child.setToolTip(0, f"{'Direct quote' if quote.direct else 'Reported speech'}: {how}")
            if not quote.direct:
                font = child.font(0)
                font.setItalic(True)
                child.setFont(0, font)
            item.addChild(child)
        return item

    def _add_heading(self, text: str) -> None:
        heading = QTreeWidgetItem([text])
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(heading.font(0))
        font.setBold(True)
        heading.setFont(0, font)
        self.addTopLevelItem(heading)

    def _add_entry(self, quote: Quote, speaker: Speaker) -> int:
        self._entries.append((quote, speaker))
        return len(self._entries) - 1

    def _entry(self, item: QTreeWidgetItem | None) -> tuple[Quote, Speaker] | None:
        index = item.data(0, ENTRY_ROLE) if item is not None else None
        return self._entries[index] if isinstance(index, int) else None

    def _on_item(self, item: QTreeWidgetItem, column: int = 0) -> None:
        entry = self._entry(item)
        if entry:
            self.span_activated.emit(entry[0].start, entry[0].end)
