"""The article's text comes first (before any NLP), titles are never cut, the status stays."""

from __future__ import annotations

import threading

from desktop.ui import jobs
from desktop.ui.main_window import MainWindow
from tests.conftest import HANG_MS, HANG_S
from tests.ui.conftest import open_and_wait


def test_the_text_is_shown_while_the_engine_still_works(qtbot, window, seed_path, monkeypatch):
    release = threading.Event()
    real_read = jobs.read_article

    def held_read(path, repair=True):
        assert release.wait(HANG_S), "the test never released the reader"
        return real_read(path, repair)

    monkeypatch.setattr(jobs, "read_article", held_read)
    with qtbot.waitSignal(window.view.article_painted, timeout=HANG_MS):
        window.open_path(seed_path)
    page = window.view.toPlainText()
    assert page.startswith("2022-01-09\nKazakh President Kassym-Jomart Tokayev")
    assert window.panel.status.text() == f"Opening {seed_path.name}…"
    assert window.windowTitle() == f"{seed_path.name} — Précis"
    assert window.panel.key_sentences() == []
    with qtbot.waitSignals([window.summary_shown, window.speakers_shown], timeout=HANG_MS):
        release.set()
    # the full reading repairs words in place: same page, with the repair
    page = window.view.toPlainText()
    assert "Xi Jinping declared" in page and "Jinpingdeclared" not in page
    assert len(window.view.extraSelections()) == len(window.panel.key_sentences()) > 0
    shown = [window.view.text_of_span(a, b) for a, b in window.view.highlighted_spans()]
    assert shown == window.panel.key_sentences()


def test_a_headline_is_the_title_and_is_not_repeated(qtbot, window, tmp_path):
    path = tmp_path / "bridge.txt"
    path.write_text("Mayor opens bridge\n\nThe new bridge opened on Monday. Traffic was heavy. "
                    "Shops reported more customers. The ferry will stop next month.\n",
                    encoding="utf-8")
    open_and_wait(qtbot, window, path)
    assert window.windowTitle() == "Mayor opens bridge — Précis"
    assert window.view.toPlainText().split("\n")[:2] == [
        "Mayor opens bridge", "The new bridge opened on Monday. Traffic was heavy. Shops "
        "reported more customers. The ferry will stop next month."]


def test_file_words_and_sentences_stay_in_the_status_bar(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    info = window.file_info.text()
    assert info.startswith(f"{seed_path.name} · ") and " words · " in info
    assert "sentences" in info
    window.statusBar().showMessage("Summary copied to the clipboard", 4000)
    assert window.file_info.isVisible() and window.file_info.text() == info
    window.statusBar().clearMessage()
    assert window.file_info.isVisible() and window.file_info.text() == info


def test_opening_another_file_drops_the_old_work_at_once(qtbot, window, seed_path, tmp_path,
                                                         monkeypatch):
    release = threading.Event()
    real_read = jobs.read_article
    held = []

    def read(path, repair=True):
        if str(path) == str(seed_path):
            held.append(path)
            assert release.wait(HANG_S)
        return real_read(path, repair)

    monkeypatch.setattr(jobs, "read_article", read)
    delivered = []
    real_on_article = MainWindow._on_article

    def on_article(self, request, path, article):
        delivered.append(path)
        real_on_article(self, request, path, article)

    monkeypatch.setattr(MainWindow, "_on_article", on_article)
    window.open_path(seed_path)
    qtbot.waitUntil(lambda: bool(held), timeout=HANG_MS)
    other = tmp_path / "other.txt"
    other.write_text("Rain in Spain\n\nIt rained all week. The plain was wet. Farmers were glad. "
                     "\"We needed it,\" said Ana Ruiz.\n", encoding="utf-8")
    open_and_wait(qtbot, window, other)
    assert window.view.toPlainText().startswith("Rain in Spain")
    release.set()  # the older reading finishes now: it must not replace anything
    qtbot.waitUntil(lambda: str(seed_path) in delivered, timeout=HANG_MS)
    assert window.view.toPlainText().startswith("Rain in Spain")
    assert all("Kazakh" not in k for k in window.panel.key_sentences())
