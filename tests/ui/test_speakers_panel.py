"""The speakers list, quotes, copying a quote and repaired words, as a person sees them."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication

from tests.conftest import HANG_MS
from tests.ui.conftest import open_and_wait


def test_named_speakers_first_then_the_unnamed(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    labels = window.panel.speaker_labels()
    assert labels[0].startswith("Xi Jinping, Chinese leader  (")
    heading = labels.index("Unnamed speakers")
    assert any(label.startswith("a wife") for label in labels[heading + 1 :])
    named = labels[:heading]
    assert any(label.startswith("Feng Shaolei, of East China Normal University") for label in named)
    assert any("Tokayev" in label for label in named)
    assert not any(name in " ".join(labels) for name in ("Gorbachev", "Deng", "Chang", "CNN"))


def test_expanding_a_speaker_lists_quotes_and_clicking_one_shows_it(qtbot, window, seed_path):
    window.resize(1000, 600)
    open_and_wait(qtbot, window, seed_path)
    tree = window.panel.speaker_tree
    row = next(i for i, label in enumerate(tree.top_labels()) if "Tokayev" in label)
    quotes = tree.quote_labels(row)
    assert quotes == ["They must be destroyed (reported)"]
    child = tree.topLevelItem(row).child(0)
    tree.setCurrentItem(child)
    tree.itemClicked.emit(child, 0)
    assert window.view.verticalScrollBar().value() > 0
    focus = window.view.extraSelections()[-1]
    assert focus.cursor.selectedText() == "They must be destroyed"


def test_copy_a_quote_with_its_attribution(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    tree = window.panel.speaker_tree
    assert not window.copy_quote_action.isEnabled()
    assert window.copy_quote_action in tree.actions()  # offered in the list's context menu
    row = next(i for i, label in enumerate(tree.top_labels()) if label.startswith("Feng"))
    tree.setCurrentItem(tree.topLevelItem(row).child(0))
    assert window.copy_quote_action.isEnabled()
    window.copy_quote_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("The sudden outbreak of unrest in Kazakhstan")
    assert text.endswith("— Feng Shaolei (of East China Normal University)")


def test_repaired_words_are_marked_and_can_be_switched_off(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    page = window.view.toPlainText()
    assert "Xi Jinping declared" in page and "Jinpingdeclared" not in page
    repair = next(r for r in window._article.repairs if r.original == "Jinpingdeclared")
    assert "the file reads “Jinpingdeclared”" in window.view.repair_tooltip(repair.start)
    assert window.view.repair_tooltip(0) == ""
    assert "run-together words repaired" in window.file_info.text()
    assert window.repair_action.isChecked()
    with qtbot.waitSignals([window.summary_shown, window.speakers_shown], timeout=HANG_MS):
        window.repair_action.trigger()
    assert "Jinpingdeclared" in window.view.toPlainText()
    assert window.settings.get("view/repair") is False
    assert window.view.repair_tooltip(repair.start) == ""


def test_tooltip_position_maps_back_to_the_repair(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    repair = next(r for r in window._article.repairs if r.original == "Jinpingdeclared")
    position = window.view.document_position(repair.start + 2)
    assert window.view.body_offset(position) == repair.start + 2
    window.view.show_span(repair.start, repair.end)
    rect = window.view.cursorRect()
    offset = window.view.body_offset(
        window.view.cursorForPosition(rect.center() + QPoint(6, 0)).position())
    assert window.view.repair_at(offset) == repair


def test_unattributed_quotations_are_listed_last_in_quotation_marks(qtbot, window, tmp_path):
    path = tmp_path / "bridge.txt"
    path.write_text("The bridge\n\nThe bridge closed on Monday.\n\n"
                    "“Nobody told us anything about the closure before it happened.”\n\n"
                    "“Every single shop on the street lost money that week.”\n\n"
                    "Ana Ruiz said the bridge would reopen in May.\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    tree = window.panel.speaker_tree
    labels = tree.top_labels()
    assert labels[0].startswith("Ana Ruiz")
    assert labels[-1] == "Unattributed quotes  (2 quotes)"
    assert tree.quote_labels(len(labels) - 1)[0] == (
        "“Nobody told us anything about the closure before it happened.”")


def test_an_article_not_in_english_says_speakers_are_found_in_english_only(
        qtbot, window, tmp_path):
    path = tmp_path / "brücke.txt"
    path.write_text("Die Brücke\n\n„Wir bauen die Brücke bis zum Sommer fertig“, sagte die "
                    "Bürgermeisterin Anna Berg am Montag. Die Stadt hat dafür lange gespart und "
                    "die Bürger sind sehr froh über die neue Brücke.\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    assert window.panel.speaker_labels() == ["Speakers are found in English articles only."]
