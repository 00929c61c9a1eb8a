"""A key sentence that points back is one row with its lead-in: panel, copy, key-only view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.engine.readers import from_plain_text
from desktop.engine.summary import summarize
from desktop.ui.key_items import LEAD_IN_ROLE
from desktop.ui.summary_panel import SummaryPanel
from tests.conftest import HANG_MS
from tests.engine.helpers import LEAD_IN, LEAD_IN_TEXT, POINTING
from tests.ui.conftest import open_and_wait


@pytest.fixture
def panel(qtbot):
    widget = SummaryPanel()
    qtbot.addWidget(widget)
    widget.resize(360, 600)
    with qtbot.waitExposed(widget, timeout=HANG_MS):  # a context manager
        widget.show()
    article = from_plain_text(LEAD_IN_TEXT)
    widget.set_summary(summarize(article, count=3), "Précis", article.words)
    return widget


def test_the_row_reads_lead_in_then_key_sentence(panel):
    assert f"{LEAD_IN} {POINTING}" in panel.shown_items()
    assert POINTING in panel.key_sentences() and LEAD_IN not in panel.key_sentences()
    row = panel.key_sentences().index(POINTING)
    item = panel.key_list.item(row)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == f"{LEAD_IN} {POINTING}"
    assert "refers back" in item.toolTip()
    assert [i for i, text in enumerate(panel.shown_items()) if text != panel.key_sentences()[i]] \
        == [row]


def test_the_lead_in_makes_its_row_taller_than_the_key_sentence_alone(panel):
    row = panel.key_sentences().index(POINTING)
    item = panel.key_list.item(row)
    with_lead_in = panel.key_list.visualItemRect(item).height()
    item.setData(LEAD_IN_ROLE, "")
    panel.key_list.doItemsLayout()
    assert panel.key_list.visualItemRect(item).height() < with_lead_in


def test_choosing_the_row_shows_the_key_sentence_itself(panel, qtbot):
    row = panel.key_sentences().index(POINTING)
    with qtbot.waitSignal(panel.span_activated, timeout=HANG_MS) as signal:
        panel.key_list.setCurrentRow(row)
    start, end = signal.args
    assert LEAD_IN_TEXT.count(POINTING) == 1 and end - start == len(POINTING)


def test_copy_and_key_only_view_keep_the_lead_in(qtbot, window, tmp_path):
    path = tmp_path / "tunnel.txt"
    path.write_text(LEAD_IN_TEXT, encoding="utf-8")
    open_and_wait(qtbot, window, path)  # Auto: three key sentences
    row = window.panel.key_sentences().index(POINTING)
    window.panel.key_list.setCurrentRow(row)
    window.copy_key_action.trigger()
    assert QGuiApplication.clipboard().text() == f"{LEAD_IN} {POINTING}"
    assert window.view.highlighted_spans()[row][1] - window.view.highlighted_spans()[row][0] \
        == len(POINTING)
    window.key_only_action.trigger()
    qtbot.waitUntil(window.view.is_typeset, timeout=HANG_MS)
    body = [b for b in window.view.toPlainText().split("\n")[1:] if b and b != "…"]
    assert LEAD_IN in body and POINTING in body
    assert body.index(POINTING) == body.index(LEAD_IN) + 1
    window.key_only_action.trigger()
