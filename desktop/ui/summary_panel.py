"""The side panel: summary controls, key sentences, quoted speakers and Copy summary."""

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
    QVBoxLayout,
    QWidget,
)

from desktop.engine.summary.length import reading_time
from desktop.engine.summary.shown import balanced
from desktop.ui.key_items import LEAD_IN_ROLE, KeySentenceDelegate
from desktop.ui.speaker_tree import SpeakerTree
from desktop.ui.summary_controls import SummaryControls
from desktop.ui.wrapping import wrap_items

if TYPE_CHECKING:  # the engine's heavy parts are imported lazily, off the start-up path
    from desktop.engine.speakers import Speaker
    from desktop.engine.summary import KeySentence, Summary

INDEX_ROLE = Qt.ItemDataRole.UserRole  # an int into `_spans`, never a Python object


class SummaryPanel(QWidget):
    """Key sentences and speakers of the shown article.

    Signals:
        span_activated(int, int): a key sentence or quote was chosen, by a click or by keyboard
            (arrows, Enter), with body offsets.
        copy_requested: the Copy summary button was pressed.
    """

    span_activated = Signal(int, int)
    copy_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self.heading = QLabel("<b>Key sentences</b>")
        self.controls = SummaryControls()
        self.algorithm_label = QLabel(objectName="algorithmLabel")
        self.stats_label = QLabel(objectName="statsLabel")
        self.stats_label.setWordWrap(True)
        self.key_list = QListWidget(objectName="keyList")
        self.key_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.key_list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        wrap_items(self.key_list)
        self.key_list.setItemDelegate(KeySentenceDelegate(self.key_list))
        self.speakers_heading = QLabel("<b>Quoted speakers</b>")
        self.speaker_tree = SpeakerTree()
        self.copy_button = QPushButton("Copy summary", objectName="copyButton")
        self.copy_button.setEnabled(False)
        self.status = QLabel(objectName="panelStatus")
        self._spans: list[tuple[int, int]] = []
        self._build_layout()
        self._quiet = False  # True while the panel follows a click in the article
        self._base_point_size = self.font().pointSizeF()
        self._describe()
        self.key_list.itemClicked.connect(self._on_key_item)
        self.key_list.itemActivated.connect(self._on_key_item)
        self.key_list.currentItemChanged.connect(self._on_key_item)
        self.speaker_tree.span_activated.connect(self.span_activated)
        self.copy_button.clicked.connect(self.copy_requested)

    def _describe(self) -> None:
        """Accessible names and descriptions, for screen readers."""
        for widget, name, description in (
            (self.key_list, "Key sentences", "The article's key sentences; choosing one shows it "
             "in the article."),
            (self.speaker_tree, "Quoted speakers", "Who is quoted, with their quotes; choosing "
             "a quote shows it in the article."),
            (self.copy_button, "Copy summary", "Copy the key sentences and speakers."),
            (self.stats_label, "Summary statistics", "Words and reading time."),
            (self.algorithm_label, "Summary method", "Which method chose the sentences."),
            (self.status, "Progress", "What Précis is working on."),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def _build_layout(self) -> None:
        top, bottom = QWidget(), QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.controls, self.algorithm_label, self.stats_label,
                       self.key_list):
            top_layout.addWidget(widget)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.speakers_heading)
        bottom_layout.addWidget(self.speaker_tree)
        self.split = split = QSplitter(Qt.Orientation.Vertical, objectName="panelSplitter")
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
        self._quiet = True
        self.key_list.clear()
        self._quiet = False
        self.speaker_tree.clear()
        self.algorithm_label.clear()
        self.stats_label.clear()
        self.copy_button.setEnabled(False)

    def set_text_scale(self, scale: float) -> None:
        """Zoom the panel's text with the article's."""
        font = self.font()
        font.setPointSizeF(max(6.0, self._base_point_size * scale))
        self.setFont(font)

    def select_at(self, offset: int) -> tuple[int, int] | None:
        """Select the key sentence, else the quote, holding a body offset, without asking the
        article to scroll; returns its span, or None when there is none."""
        self._quiet = True
        try:
            for row, (start, end) in enumerate(self._spans):
                if start <= offset < end:
                    self.key_list.setCurrentRow(row)
                    return start, end
            return self.speaker_tree.select_at(offset)
        finally:
            self._quiet = False

    def set_summary(self, summary: Summary, algorithm_name: str, article_words: int) -> None:
        self._quiet = True
        self.key_list.clear()
        self._spans = [(key.start, key.end) for key in summary.sentences]
        n = len(summary.sentences)
        self.algorithm_label.setText(f"by {algorithm_name} · {n} sentence{'s' if n != 1 else ''}")
        self.stats_label.setText(
            f"Summary: {summary.words:,} words, {summary.reading_time} · "
            f"Article: {article_words:,} words, {reading_time(article_words)}")
        for index, key in enumerate(summary.sentences):
            self.key_list.addItem(_key_item(index, key, n))
        self.copy_button.setEnabled(bool(summary.sentences))
        self._quiet = False

    def set_speakers(self, speakers: tuple[Speaker, ...], note: str | None = None) -> None:
        self.speaker_tree.set_speakers(speakers, note)

    # -- what a person sees (used by tests and the clipboard) -----------------------------------
    def key_sentences(self) -> list[str]:
        """The key sentences themselves, without their lead-ins."""
        return [self.key_list.item(i).text() for i in range(self.key_list.count())]

    def shown_items(self) -> list[str]:
        """Each row as read: a key sentence after its lead-in, if it has one."""
        return [shown_text(self.key_list.item(i)) for i in range(self.key_list.count())]

    def speaker_labels(self) -> list[str]:
        return self.speaker_tree.top_labels()

    def _on_key_item(self, item: QListWidgetItem | None, *_previous) -> None:
        index = item.data(INDEX_ROLE) if item is not None and not self._quiet else None
        if isinstance(index, int):
            self.span_activated.emit(*self._spans[index])


def shown_text(item: QListWidgetItem) -> str:
    """A key-sentence row as read: its lead-in, if any, then the key sentence."""
    lead_in = item.data(LEAD_IN_ROLE)
    return f"{lead_in} {item.text()}" if lead_in else item.text()


def _key_item(index: int, key: KeySentence, n: int) -> QListWidgetItem:
    lead_in, text = balanced(key.context.text if key.context else "", key.text)
    item = QListWidgetItem(text)
    item.setData(INDEX_ROLE, index)
    item.setData(LEAD_IN_ROLE, lead_in)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, shown_text(item))
    why = f"\n{key.reason}" if key.reason else ""
    lead = ("\nShown after the sentence it refers back to (in italics)"
            if key.context else "")
    item.setToolTip(f"Rank {key.rank} of {n} · score {key.score:.3f}{why}{lead}")
    return item
