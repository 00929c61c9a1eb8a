"""The side panel: key sentences, quoted speakers and the Copy summary button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the engine is imported lazily, off the start-up path
    from desktop.engine.speakers import Speaker
    from desktop.engine.summarize import Summary

SPAN_ROLE = Qt.ItemDataRole.UserRole


class SummaryPanel(QWidget):
    """Key sentences and speakers of the shown article.

    Signals:
        span_activated(int, int): a key sentence or quote was clicked (body offsets).
        copy_requested: the Copy summary button was pressed.
    """

    span_activated = Signal(int, int)
    copy_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self.heading = QLabel("<b>Key sentences</b>")
        self.algorithm_label = QLabel()
        self.algorithm_label.setObjectName("algorithmLabel")
        self.key_list = QListWidget(objectName="keyList")
        self.key_list.setWordWrap(True)
        self.key_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.key_list.setSpacing(3)
        self.key_list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.speakers_heading = QLabel("<b>Quoted speakers</b>")
        self.speaker_tree = QTreeWidget(objectName="speakerTree")
        self.speaker_tree.setHeaderHidden(True)
        self.speaker_tree.setWordWrap(True)
        self.speaker_tree.setVerticalScrollMode(QTreeWidget.ScrollMode.ScrollPerPixel)
        self.copy_button = QPushButton("Copy summary", objectName="copyButton")
        self.copy_button.setEnabled(False)
        self.status = QLabel(objectName="panelStatus")
        self._build_layout()
        self.key_list.itemClicked.connect(self._on_item)
        self.speaker_tree.itemClicked.connect(self._on_item)
        self.copy_button.clicked.connect(self.copy_requested)

    def _build_layout(self) -> None:
        top, bottom = QWidget(), QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.algorithm_label, self.key_list):
            top_layout.addWidget(widget)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.speakers_heading)
        bottom_layout.addWidget(self.speaker_tree)
        split = QSplitter(Qt.Orientation.Vertical, objectName="panelSplitter")
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.copy_button)

    # -- slots ---------------------------------------------------------------------------------
    def set_busy(self, message: str) -> None:
        """Show that work is under way (an empty message clears it)."""
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def clear(self) -> None:
        self.key_list.clear()
        self.speaker_tree.clear()
        self.algorithm_label.clear()
        self.copy_button.setEnabled(False)

    def set_summary(self, summary: Summary, algorithm_name: str) -> None:
        self.key_list.clear()
        self.algorithm_label.setText(f"by {algorithm_name} · {len(summary.sentences)} sentences")
        for key in summary.sentences:
            item = QListWidgetItem(key.text)
            item.setData(SPAN_ROLE, (key.start, key.end))
            item.setToolTip(f"Rank {key.rank} of {len(summary.sentences)} · score {key.score:.3f}")
            self.key_list.addItem(item)
        self.copy_button.setEnabled(bool(summary.sentences))

    def set_speakers(self, speakers: tuple[Speaker, ...]) -> None:
        self.speaker_tree.clear()
        if not speakers:
            placeholder = QTreeWidgetItem(["No quoted speakers found."])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.speaker_tree.addTopLevelItem(placeholder)
            return
        for speaker in speakers:
            count = len(speaker.quotes)
            label = speaker.name + (f", {speaker.role}" if speaker.role else "")
            top = QTreeWidgetItem([f"{label}  ({count} quote{'s' if count != 1 else ''})"])
            top.setData(0, SPAN_ROLE, (speaker.quotes[0].start, speaker.quotes[0].end))
            for quote in speaker.quotes:
                text = f"“{quote.text}”" if quote.direct else f"{quote.text} (reported)"
                child = QTreeWidgetItem([text])
                child.setData(0, SPAN_ROLE, (quote.start, quote.end))
                child.setToolTip(0, f"{quote.mention} {quote.cue}")
                top.addChild(child)
            self.speaker_tree.addTopLevelItem(top)

    # -- what a person sees (used by tests and the clipboard) -----------------------------------
    def key_sentences(self) -> list[str]:
        return [self.key_list.item(i).text() for i in range(self.key_list.count())]

    def speaker_labels(self) -> list[str]:
        tree = self.speaker_tree
        return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]

    def _on_item(self, item, column: int = 0) -> None:
        if isinstance(item, QListWidgetItem):
            span = item.data(SPAN_ROLE)
        else:
            span = item.data(0, SPAN_ROLE)
        if span:
            self.span_activated.emit(*span)
