"""View › Chapter: an e-book shown whole or one chapter at a time, chosen from the menu."""

from __future__ import annotations

import pytest

from tests.conftest import HANG_MS
from tests.engine import made_files
from tests.ui.conftest import open_and_wait

CHAPTERS = (
    *made_files.HARBOUR_CHAPTERS,
    ("The Storm", "The storm broke after midnight and the sea rose over the old wall. "
                  "“The wall will hold until spring,” said Rosa Alves, the harbour master. "
                  "By morning the boats were safe."),
)


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "harbour.epub"
    path.write_bytes(made_files.epub_bytes(tmp_path, CHAPTERS))
    return path


def choose(qtbot, window, chapter: int | None) -> None:
    """Pick an item of View › Chapter and wait for the article, its summary and speakers."""
    with qtbot.waitSignals([window.article_shown, window.summary_shown, window.speakers_shown],
                           timeout=HANG_MS):
        window.chapter_menu.choose(chapter)


def test_a_book_offers_its_chapters_and_shows_the_one_chosen(qtbot, window, book):
    open_and_wait(qtbot, window, book)
    menu = window.chapter_menu
    assert menu in [a.menu() for a in window.menuBar().actions()[2].menu().actions()]
    assert menu.isEnabled()
    assert menu.choices() == ["Whole book", "1. The Fog", "2. The Lamp", "3. The Storm"]
    assert menu.checked() == "Whole book"
    assert "The fog came in early" in window.view.toPlainText()

    choose(qtbot, window, 2)
    shown = window.view.toPlainText()
    assert shown.startswith("The Storm\n")
    assert "The storm broke after midnight" in shown
    assert "fog" not in shown and "lamp" not in shown
    assert window.windowTitle().startswith("The Storm — ")
    key = window.panel.key_sentences()
    assert key and all(sentence in CHAPTERS[2][1] for sentence in key)
    assert any(label.startswith("Rosa Alves") for label in window.panel.speaker_labels())
    assert menu.checked() == "3. The Storm"

    choose(qtbot, window, None)
    assert "The fog came in early" in window.view.toPlainText()
    earlier = CHAPTERS[0][1] + CHAPTERS[1][1]
    assert any(sentence in earlier for sentence in window.panel.key_sentences())
    assert menu.checked() == "Whole book"


def test_the_choice_holds_for_a_repair_rereading_and_not_for_the_next_opening(
        qtbot, window, book, tmp_path):
    open_and_wait(qtbot, window, book)
    choose(qtbot, window, 1)
    with qtbot.waitSignals([window.summary_shown, window.speakers_shown], timeout=HANG_MS):
        window.repair_action.trigger()
    assert window.chapter_menu.checked() == "2. The Lamp"
    assert window.view.toPlainText().startswith("The Lamp\n")
    open_and_wait(qtbot, window, book)  # opened again: the whole book
    assert window.chapter_menu.checked() == "Whole book"
    other = tmp_path / "notes.txt"
    other.write_text("The quay was quiet that morning. Nobody came to fish.\n")
    open_and_wait(qtbot, window, other)
    assert not window.chapter_menu.isEnabled()
    assert window.chapter_menu.choices() == ["Whole book"]


def step(qtbot, window, action) -> None:
    with qtbot.waitSignals([window.article_shown, window.summary_shown], timeout=HANG_MS):
        action.trigger()


def test_next_and_previous_chapter_walk_the_book(qtbot, window, book):
    menu = window.chapter_menu
    assert not menu.next_action.isEnabled() and not menu.previous_action.isEnabled()
    open_and_wait(qtbot, window, book)
    assert menu.next_action.isEnabled() and not menu.previous_action.isEnabled()
    assert menu.next_action.shortcut().toString() == "Alt+PgDown"
    assert {menu.next_action, menu.previous_action} <= set(window.actions())  # full screen too
    step(qtbot, window, menu.next_action)  # from the whole book: the first chapter
    assert window.view.toPlainText().startswith("The Fog\n")
    step(qtbot, window, menu.next_action)
    step(qtbot, window, menu.next_action)
    assert menu.checked() == "3. The Storm"
    assert not menu.next_action.isEnabled() and menu.previous_action.isEnabled()
    step(qtbot, window, menu.previous_action)
    assert window.view.toPlainText().startswith("The Lamp\n")
    assert menu.checked() == "2. The Lamp"
