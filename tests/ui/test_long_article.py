"""A 1 MB article: shown whole, typeset in slices between events, summarised and attributed.

How long the event loop pauses is measured, not asserted: `tests/benchmarks/responsiveness.py`.
"""

from __future__ import annotations

from desktop.ui.article_view import TYPESET_SLICE_CHARS
from tests.conftest import HANG_MS
from tests.long_article import write_long_article


def test_a_one_megabyte_article_is_typeset_in_slices_and_summarised(qtbot, window, tmp_path):
    path = write_long_article(tmp_path / "long.txt")
    at_first_paint: list[tuple[bool, int]] = []
    view, set_article = window.view, window.view.set_article

    def record(article) -> None:  # the page right after the article (or its first look) is set
        set_article(article)
        at_first_paint.append((view.is_typeset(), len(view.toPlainText())))

    view.set_article = record
    with qtbot.waitSignals([window.summary_shown, window.speakers_shown], timeout=HANG_MS):
        window.open_path(path)
    # When the article is first shown, one slice is on the page; the rest waits for the event
    # loop to come round again between slices.
    typeset, shown = at_first_paint[0]
    assert not typeset and shown < 2 * TYPESET_SLICE_CHARS + 10_000
    qtbot.waitUntil(window.view.is_typeset, timeout=HANG_MS)
    assert window.view.toPlainText().startswith("Regional news digest")
    assert len(window.view.toPlainText()) > 1_000_000
    assert len(window.panel.key_sentences()) >= 3
    assert any("Berg" in label or "Novak" in label for label in window.panel.speaker_labels())
