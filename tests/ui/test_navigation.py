"""Both ways, by keyboard too: the panel moves the article, the article selects in the panel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from tests.ui.conftest import open_and_wait


def _top_of(view, offset: int) -> int:
    """Where a body offset's line is, in viewport pixels from the top."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document_position(offset))
    return view.cursorRect(cursor).top()


def test_arrow_keys_in_the_key_sentences_move_the_article(qtbot, window, seed_path):
    window.resize(900, 420)
    open_and_wait(qtbot, window, seed_path)
    keys = window.panel.key_list
    keys.setFocus()
    keys.setCurrentRow(0)
    qtbot.keyClick(keys, Qt.Key.Key_End)
    assert keys.currentRow() == keys.count() - 1
    assert window.view.verticalScrollBar().value() > 0
    # the chosen sentence is marked in the article
    assert window.view.focused_text() == keys.item(keys.count() - 1).text()
    qtbot.keyClick(keys, Qt.Key.Key_Up)
    assert window.view.focused_text() == keys.item(keys.count() - 2).text()


def test_a_jump_puts_the_sentence_about_a_third_down_the_view(qtbot, window, seed_path):
    window.resize(900, 420)
    open_and_wait(qtbot, window, seed_path)
    keys = window.panel.key_list
    spans = window.view.highlighted_spans()
    middle = len(window.view.toPlainText()) // 2  # room below it to scroll
    row = min(range(len(spans)), key=lambda i: abs(spans[i][0] - middle))
    keys.setCurrentRow(row)
    qtbot.keyClick(keys, Qt.Key.Key_Return)
    start = spans[row][0]
    height = window.view.viewport().height()
    top = _top_of(window.view, start)
    assert height * 0.2 <= top <= height * 0.45, (top, height)


def test_enter_on_a_quote_shows_it_in_the_article(qtbot, window, seed_path):
    window.resize(900, 420)
    open_and_wait(qtbot, window, seed_path)
    tree = window.panel.speaker_tree
    tree.setFocus()
    first = tree.topLevelItem(0)
    first.setExpanded(True)
    quote_item = first.child(first.childCount() - 1)
    tree.setCurrentItem(quote_item)
    quote = tree.current_quote()[0]
    assert window.view.focused_text() == quote.text
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert window.view.focused_text() == tree.current_quote()[0].text != quote.text


def _click_at(qtbot, view, offset: int) -> None:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document_position(offset))
    point = view.cursorRect(cursor).center() + QPoint(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_highlighted_sentence_selects_it_in_the_panel(qtbot, window, seed_path):
    window.resize(1100, 700)
    open_and_wait(qtbot, window, seed_path)
    start, _end = window.view.highlighted_spans()[0]
    view = window.view
    before = view.verticalScrollBar().value()
    _click_at(qtbot, view, start + 3)
    assert window.panel.key_list.currentRow() == 0
    assert view.focused_text() == window.panel.key_list.item(0).text()
    assert view.verticalScrollBar().value() == before  # selecting from the article stays put


def test_clicking_a_quote_in_the_article_selects_it_among_the_speakers(qtbot, window, seed_path):
    window.resize(1100, 700)
    open_and_wait(qtbot, window, seed_path)
    tree = window.panel.speaker_tree
    key_spans = window.view.highlighted_spans()
    quote = next(q for q, _ in tree._entries
                 if not any(a <= q.start + 2 < b for a, b in key_spans))
    window.view.show_span(quote.start, quote.start)  # scrolled into view, then clicked
    _click_at(qtbot, window.view, quote.start + 2)
    assert tree.current_quote()[0] == quote
    assert quote.text in tree.currentItem().text(0)
