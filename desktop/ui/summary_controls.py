"""Summary controls: algorithm, length (mode and slider) and order, as one small widget."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSlider, QWidget

from desktop.engine.summary.algorithms import ALGORITHMS, ORDERS
from desktop.engine.summary.length import (
    LENGTH_MODES,
    PERCENT,
    SENTENCES,
    SLIDER_RANGES,
    WORDS,
    Length,
    length_from_slider,
    slider_position,
)

AUTO = ""  # the mode box's data for the default policy (as the setting stores it)
AUTO_LABEL = "Auto (about a fifth)"
_UNITS = {SENTENCES: ("sentence", "sentences"), PERCENT: ("%", "%"), WORDS: ("word", "words")}


def describe_length(length: Length) -> str:
    """'5 sentences', '20 %', 'about 100 words'."""
    value = round(length.value)
    one, many = _UNITS[length.mode]
    text = f"{value} {one if value == 1 else many}" if length.mode != PERCENT else f"{value} %"
    return f"about {text}" if length.mode == WORDS else text


class SummaryControls(QWidget):
    """Which summariser, how long, in what order.

    Signals:
        changed: the person changed the algorithm, length or order (emitted on every slider step;
            the window debounces).
    """

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._create_widgets()
        self._lay_out()
        self._describe()
        self._set_range(SENTENCES)
        self.algorithm_box.currentIndexChanged.connect(self.changed)
        self.order_box.currentIndexChanged.connect(self.changed)
        self.mode_box.currentIndexChanged.connect(self._on_mode)
        self.slider.valueChanged.connect(self._on_slider)

    def _create_widgets(self) -> None:
        self.algorithm_box = QComboBox(objectName="algorithmBox")
        for algorithm in ALGORITHMS.values():
            self.algorithm_box.addItem(algorithm.label, algorithm.name)
            last = self.algorithm_box.count() - 1
            self.algorithm_box.setItemData(last, algorithm.description, Qt.ItemDataRole.ToolTipRole)
        self.mode_box = QComboBox(objectName="lengthModeBox")
        self.mode_box.addItem(AUTO_LABEL, AUTO)
        self.mode_box.setItemData(0, "about a fifth of the sentences, 3 to 7",
                                  Qt.ItemDataRole.ToolTipRole)
        for mode, label in LENGTH_MODES.items():
            self.mode_box.addItem(label, mode)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="lengthSlider")
        self.slider.setTracking(True)
        self.length_label = QLabel(objectName="lengthLabel")
        self.length_label.setMinimumWidth(110)
        self.order_box = QComboBox(objectName="orderBox")
        for order, label in ORDERS.items():
            self.order_box.addItem(label, order)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        method_label, length_label = QLabel("&Method"), QLabel("&Length")
        method_label.setBuddy(self.algorithm_box)  # Alt+M; screen readers read it as the name
        length_label.setBuddy(self.mode_box)
        grid.addWidget(method_label, 0, 0)
        grid.addWidget(self.algorithm_box, 0, 1)
        grid.addWidget(self.order_box, 0, 2)
        grid.addWidget(length_label, 1, 0)
        grid.addWidget(self.mode_box, 1, 1)
        grid.addWidget(self.slider, 2, 0, 1, 2)
        grid.addWidget(self.length_label, 2, 2)

    def _describe(self) -> None:
        """Names and descriptions that screen readers read."""
        for widget, name, description in (
            (self.algorithm_box, "Method", "How key sentences are chosen."),
            (self.order_box, "Order", "Key sentences in article order or by importance."),
            (self.mode_box, "Length", "Measure the summary's length in sentences, a share of "
             "the article, or words."),
            (self.slider, "Summary length", "How long the summary is."),
            (self.length_label, "Chosen length", "The summary length asked for."),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    # -- what the window reads -----------------------------------------------------------------
    def algorithm(self) -> str:
        return self.algorithm_box.currentData()

    def order(self) -> str:
        return self.order_box.currentData()

    def length(self) -> Length | None:
        """The length asked for, or None for Auto (the default, until the slider is touched)."""
        if self.mode_box.currentData() == AUTO:
            return None
        return length_from_slider(self.mode_box.currentData(), self.slider.value())

    # -- slots ---------------------------------------------------------------------------------
    def set_algorithm(self, name: str) -> None:
        """Show `name` as chosen without emitting `changed` (like `set_length`)."""
        _select_quietly(self.algorithm_box, name)

    def set_order(self, order: str) -> None:
        """Show `order` as chosen without emitting `changed`."""
        _select_quietly(self.order_box, order)

    def set_length(self, length: Length, explicit: bool = True) -> None:
        """Show `length` without emitting `changed`; not `explicit`: what Auto chose."""
        blockers = [self.mode_box.blockSignals(True), self.slider.blockSignals(True)]
        self.mode_box.setCurrentIndex(self.mode_box.findData(length.mode if explicit else AUTO))
        self._set_range(length.mode)
        self.slider.setValue(slider_position(length))
        self.mode_box.blockSignals(blockers[0])
        self.slider.blockSignals(blockers[1])
        label = describe_length(length)
        self.length_label.setText(label if explicit else f"Auto: {label}")

    def _set_range(self, mode: str) -> None:
        low, high, step = SLIDER_RANGES[mode]
        self.slider.setRange(low, high)
        self.slider.setSingleStep(step)
        self.slider.setPageStep(step * 2)

    def _on_mode(self) -> None:
        mode = self.mode_box.currentData()
        if mode == AUTO:  # the slider shows sentences again, once Auto's choice is known
            blocked = self.slider.blockSignals(True)
            self._set_range(SENTENCES)
            self.slider.blockSignals(blocked)
            self.length_label.setText("Auto")
            self.changed.emit()
            return
        low, high, step = SLIDER_RANGES[mode]
        default = {SENTENCES: 5, PERCENT: 20, WORDS: 100}.get(mode, low)
        self.set_length(Length(mode, max(low, min(high, default))))
        self.changed.emit()

    def _on_slider(self, value: int) -> None:
        step = self.slider.singleStep()
        if value % step:
            self.slider.setValue(round(value / step) * step)
            return
        if self.mode_box.currentData() == AUTO:  # touching the slider leaves Auto for sentences
            _select_quietly(self.mode_box, SENTENCES)
        self.length_label.setText(describe_length(self.length()))
        self.changed.emit()


def _select_quietly(box: QComboBox, data: str) -> None:
    index = box.findData(data)
    if index >= 0:
        blocked = box.blockSignals(True)
        box.setCurrentIndex(index)
        box.blockSignals(blocked)
