"""The summary panel shows and copies a key sentence's cut-off quotation closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.engine.readers import from_plain_text
from desktop.engine.summary import KeySentence, Summary
from desktop.ui.summary_panel import SummaryPanel
from tests.engine.test_shown_quotations import CLOSES, OPENS, TEXT


@pytest.fixture
def panel(qtbot):
    widget = SummaryPanel()
    qtbot.addWidget(widget)
    article = from_plain_text(TEXT)
    keys = tuple(KeySentence(i, TEXT.index(t), TEXT.index(t) + len(t), t, 1.0, i, "")
                 for i, t in ((1, OPENS), (2, CLOSES)))
    widget.set_summary(Summary("precis", keys), "Précis", article.words)
    return widget


def test_each_row_reads_as_a_whole_quotation(panel):
    assert panel.shown_items() == [OPENS + ' …"', '"… ' + CLOSES]  # what Copy key sentence copies
    assert panel.key_list.item(1).data(Qt.ItemDataRole.AccessibleTextRole) == '"… ' + CLOSES

