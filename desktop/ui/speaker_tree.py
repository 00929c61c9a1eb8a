"""Quoted speakers: named ones first, most quoted first, then the unnamed; quotes beneath each."""

from __future__ import annotations

from collections import deque
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from desktop.ui.wrapping import wrap_items

if TYPE_CHECKING:
    from desktop.engine.speakers import Quote, Speaker

# Items hold an int into `_entries`: Python objects stored in Qt item data crash PySide6 at exit.
ENTRY_ROLE = Qt.ItemDataRole.UserRole
UNNAMED_HEADING = "Unnamed speakers"
ITEMS_PER_SLICE = 300


def speaker_label(speaker: Speaker) -> str:
    """'Xi Jinping, Chinese leader  (6 quotes)'."""
    from desktop.engine.export import shown_as  # here: the window paints before the engine loads

    count = len(speaker.quotes)
    name, role = shown_as(speaker)
    role = f", {role}" if role else ""
    return f"{name}{role}  ({count} quote{'s' if count != 1 else ''})"


class SpeakerTree(QTreeWidget):
    """Speakers with their quotes; clicking a quote asks the article to show it.

    Signals:
        span_activated(int, int): a quote (or a speaker's first quote) was chosen, by a click or
            by keyboard (arrows, Enter).
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
        self._entries: list[tuple[Quote, Speaker]] = []
        self._quiet = False
        self._generation = 0
        self.itemClicked.connect(self._on_item)
        self.itemActivated.connect(self._on_item)
        self.currentItemChanged.connect(self._on_item)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override: rewrap rows
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def clear(self) -> None:
        self._generation += 1
        self._quiet = True
        super().clear()
        self._quiet = False

    def select_at(self, offset: int) -> tuple[int, int] | None:
        """Select the quote holding a body offset without emitting `span_activated`."""
        for row in range(self.topLevelItemCount()):
            top = self.topLevelItem(row)
            for child in (top.child(i) for i in range(top.childCount())):
                entry = self._entry(child)
                if entry and entry[0].start <= offset < entry[0].end:
                    self._quiet = True
                    top.setExpanded(True)
                    self.setCurrentItem(child)
                    self._quiet = False
                    return entry[0].start, entry[0].end
        return None

    def set_speakers(self, speakers: tuple[Speaker, ...], note: str | None = None) -> None:
        """Show `speakers`; `note` says why there are none ('English articles only')."""
        self.clear()
        self._entries = []
        if not speakers:
            self._add_heading(note or "No quoted speakers found.")
            return
        named = [s for s in speakers if s.named]
        unnamed = [s for s in speakers if not s.named and s.kind != "unattributed"]
        unattributed = [s for s in speakers if s.kind == "unattributed"]  # headed by its name
        rows: list[Speaker | str] = [*named, *([UNNAMED_HEADING, *unnamed] if unnamed else []),
                                     *unattributed]
        self._generation += 1
        self._add_rows(deque((row, None, 0) for row in rows), self._generation)

    def _add_rows(self, work: deque, generation: int) -> None:
        """Add about ITEMS_PER_SLICE rows now and the rest after the next events: a long
        article has a thousand speakers, or a few with a thousand quotes each, and building
        them at once would freeze the window. `work` holds (speaker or heading, its item once
        made, the first quote still to add)."""
        if generation != self._generation:
            return  # another article's speakers replaced these
        made, budget = [], ITEMS_PER_SLICE
        while work and budget > 0:
            row, item, first = work.popleft()
            if isinstance(row, str):
                made.append(_heading_item(row))
                budget -= 1
                continue
            if item is None:
                item = self._speaker_item(row)
                made.append(item)
            last = min(len(row.quotes), first + budget)
            item.addChildren([self._quote_item(q, row) for q in row.quotes[first:last]])
            budget -= last - first + 1
            if last < len(row.quotes):
                work.appendleft((row, item, last))
        self.addTopLevelItems(made)
        if work:
            QTimer.singleShot(0, self, partial(self._add_rows, work, generation))

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
        return item

    def _quote_item(self, quote: Quote, speaker: Speaker) -> QTreeWidgetItem:
        child = QTreeWidgetItem([quote.shown])
        child.setData(0, ENTRY_ROLE, self._add_entry(quote, speaker))
        how = (f"{quote.mention} {quote.cue}".strip() if quote.cue else
               "speaker not told" if speaker.kind == "unattributed" else "continues the quote")
        child.setToolTip(0, f"{'Direct quote' if quote.direct else 'Reported speech'}: {how}")
        if not quote.direct:
            font = child.font(0)
            font.setItalic(True)
            child.setFont(0, font)
        return child

    def _add_heading(self, text: str) -> None:
        self.addTopLevelItem(_heading_item(text))

    def _add_entry(self, quote: Quote, speaker: Speaker) -> int:
        self._entries.append((quote, speaker))
        return len(self._entries) - 1

    def _entry(self, item: QTreeWidgetItem | None) -> tuple[Quote, Speaker] | None:
        index = item.data(0, ENTRY_ROLE) if item is not None else None
        return self._entries[index] if isinstance(index, int) else None

    def _on_item(self, item: QTreeWidgetItem | None, *_column_or_previous) -> None:
        entry = None if self._quiet else self._entry(item)
        if entry:
            self.span_activated.emit(entry[0].start, entry[0].end)


def _heading_item(text: str) -> QTreeWidgetItem:
    heading = QTreeWidgetItem([text])
    heading.setFlags(Qt.ItemFlag.NoItemFlags)
    font = QFont(heading.font(0))
    font.setBold(True)
    heading.setFont(0, font)
    return heading
