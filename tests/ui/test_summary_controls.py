"""Choosing the summariser, its length and order in the panel, as a person does."""

from __future__ import annotations

from desktop.engine.summary.algorithms import ALGORITHMS
from desktop.engine.summary.length import WORDS
from tests.conftest import HANG_MS
from tests.ui.conftest import open_and_wait


def resummarised(qtbot, window):
    return qtbot.waitSignal(window.summary_shown, timeout=HANG_MS)


def test_every_algorithm_is_offered_and_the_panel_says_which_is_in_use(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    box = window.controls.algorithm_box
    assert [box.itemText(i) for i in range(box.count())] == [a.label for a in ALGORITHMS.values()]
    assert box.currentText() == "Précis"
    for label in ("LexRank", "Edmundson", "KL-Sum"):
        with resummarised(qtbot, window):
            box.setCurrentIndex(box.findText(label))
        assert window.panel.algorithm_label.text().startswith(f"by {label}")
        assert len(window.panel.key_sentences()) >= 3
    assert window.settings.get("summary/algorithm") == "kl"


def test_the_slider_changes_the_length_live_and_debounced(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    slider = window.controls.slider
    assert slider.value() == len(window.panel.key_sentences()) == 7
    with resummarised(qtbot, window):
        for value in (6, 5, 4, 3, 2):  # one drag: only the last position is summarised
            slider.setValue(value)
        assert window.resummarise_timer.isActive()
    assert len(window.panel.key_sentences()) == 2
    assert window.controls.length_label.text() == "2 sentences"
    assert window.panel.algorithm_label.text().endswith("2 sentences")


def test_percent_and_word_budget_modes(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    article_sentences = len(window._article.sentences)
    with resummarised(qtbot, window):
        window.controls.mode_box.setCurrentIndex(window.controls.mode_box.findData("percent"))
    assert window.controls.length_label.text() == "20 %"
    assert len(window.panel.key_sentences()) == round(article_sentences * 0.2)
    with resummarised(qtbot, window):
        window.controls.mode_box.setCurrentIndex(window.controls.mode_box.findData(WORDS))
    with resummarised(qtbot, window):
        window.controls.slider.setValue(50)
    assert window.controls.length_label.text() == "about 50 words"
    words = sum(len(k.split()) for k in window.panel.key_sentences())
    assert 20 <= words <= 90
    assert window.panel.stats_label.text().startswith(f"Summary: {words} words")
    assert "Article: 821 words, 4 min" in window.panel.stats_label.text()


def test_order_by_importance_and_score_tooltips(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    in_article_order = window.panel.key_sentences()
    with resummarised(qtbot, window):
        window.controls.order_box.setCurrentIndex(window.controls.order_box.findData("importance"))
    by_importance = window.panel.key_sentences()
    assert sorted(by_importance) == sorted(in_article_order)
    tips = [window.panel.key_list.item(i).toolTip() for i in range(len(by_importance))]
    n = len(tips)
    assert [t.split(" ·")[0] for t in tips] == [f"Rank {r} of {n}" for r in range(1, n + 1)]
    assert all("score" in t for t in tips)


def test_summary_options_survive_a_restart(qtbot, window, seed_path, settings):
    open_and_wait(qtbot, window, seed_path)
    with resummarised(qtbot, window):
        window.controls.algorithm_box.setCurrentIndex(window.controls.algorithm_box.findData("lsa"))
    with resummarised(qtbot, window):
        window.controls.slider.setValue(4)
    window.close()
    from desktop.ui.main_window import MainWindow

    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.controls.algorithm() == "lsa"
    assert again.controls.length().value == 4
    open_and_wait(qtbot, again, seed_path)
    assert len(again.panel.key_sentences()) == 4
    assert again.panel.algorithm_label.text().startswith("by LSA")


def test_auto_length_is_the_default_and_can_be_chosen_again(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    controls = window.controls
    assert controls.mode_box.currentText() == "Auto (about a fifth)"
    assert controls.length() is None
    assert controls.length_label.text() == "Auto: 7 sentences"
    with resummarised(qtbot, window):
        controls.slider.setValue(3)
    assert controls.mode_box.currentData() == "sentences"
    assert len(window.panel.key_sentences()) == 3
    assert window.settings.get("summary/length_mode") == "sentences"
    with resummarised(qtbot, window):
        controls.mode_box.setCurrentIndex(controls.mode_box.findText("Auto (about a fifth)"))
    assert controls.length() is None
    assert len(window.panel.key_sentences()) == 7
    assert controls.length_label.text() == "Auto: 7 sentences"
    assert window.settings.get("summary/length_mode") == ""


def test_auto_again_after_a_word_budget(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    controls = window.controls
    with resummarised(qtbot, window):
        controls.mode_box.setCurrentIndex(controls.mode_box.findData(WORDS))
    with resummarised(qtbot, window):
        controls.slider.setValue(200)
    with resummarised(qtbot, window):
        controls.mode_box.setCurrentIndex(controls.mode_box.findText("Auto (about a fifth)"))
    assert controls.mode_box.currentText() == "Auto (about a fifth)"
    assert controls.length() is None
    assert controls.slider.value() == len(window.panel.key_sentences()) == 7
