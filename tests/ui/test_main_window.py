"""The window as a person uses it: open, read, copy, and bad files."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog

from desktop.ui import jobs, tasks
from tests.conftest import HANG_MS, HANG_S
from tests.ui.conftest import open_and_wait


def test_seed_is_shown_with_key_sentences_and_speakers(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    page = window.view.toPlainText()
    # No headline: the page opens with the date and the first sentence, never a cut title.
    assert page.startswith("2022-01-09\nKazakh President Kassym-Jomart Tokayev on Friday ordered")
    assert page.count("Kazakh President Kassym-Jomart Tokayev") == 1
    assert window.windowTitle() == f"{seed_path.name} — Précis"
    assert "2022-01-09" in page
    assert "date 2022" not in page
    assert window.windowTitle().endswith("— Précis")
    keys = window.panel.key_sentences()
    assert len(keys) >= 3
    assert all(k in page for k in keys)
    labels = " | ".join(window.panel.speaker_labels())
    for name in ("Xi Jinping", "Tokayev", "Feng Shaolei"):
        assert name in labels
    assert window.panel.algorithm_label.text().startswith("by Précis")
    assert not window.panel.status.isVisible()
    assert window.copy_summary_action.isEnabled() and window.panel.copy_button.isEnabled()


def test_key_sentences_are_highlighted_in_the_article(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    spans = window.view.highlighted_spans()
    assert len(spans) == len(window.panel.key_sentences())
    shown = [window.view.text_of_span(a, b) for a, b in spans]
    assert shown == window.panel.key_sentences()
    assert len(window.view.extraSelections()) == len(spans)


def test_clicking_a_key_sentence_scrolls_the_article_to_it(qtbot, window, seed_path):
    window.resize(900, 500)
    open_and_wait(qtbot, window, seed_path)
    last = window.panel.key_list.item(window.panel.key_list.count() - 1)
    window.panel.key_list.itemClicked.emit(last)
    assert window.view.verticalScrollBar().value() > 0
    assert window.view.textCursor().selectedText() == ""
    assert len(window.view.extraSelections()) == window.panel.key_list.count() + 1


def test_open_action_uses_a_filtered_dialog_and_refreshes_the_panel(
    qtbot, window, seed_path, tmp_path, monkeypatch
):
    open_and_wait(qtbot, window, seed_path)
    other = tmp_path / "other.txt"
    other.write_text(
        "Mayor opens bridge\n\nThe new bridge opened on Monday after three years of work. "
        "Traffic was heavy all morning. \"It is a great day for the city,\" Mayor Ann Lee said. "
        "Engineers praised the design. Shops near the bridge reported more customers. "
        "The old ferry will stop running next month.\n", encoding="utf-8")
    asked = {}

    def fake_dialog(parent, caption, directory, filter_):
        asked.update(caption=caption, filter=filter_)
        return str(other), "Articles (*.txt *.md *.html *.htm)"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_dialog)
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    with qtbot.waitSignals([window.summary_shown, window.speakers_shown], timeout=HANG_MS):
        window.open_action.trigger()
    articles = asked["filter"].split(";;")[0]
    assert all(f"*.{s}" in articles.split("(")[1] for s in ("txt", "md", "html", "docx", "pdf",
                                                             "epub"))
    assert asked["filter"].endswith("All files (*)")
    assert window.view.toPlainText().startswith("Mayor opens bridge")
    assert window.windowTitle() == "Mayor opens bridge — Précis"
    assert "Ann Lee" in " ".join(window.panel.speaker_labels())
    assert all("Kazakh" not in k for k in window.panel.key_sentences())
    assert window.settings.get("files/last_dir") == str(tmp_path)


def test_copy_summary_puts_text_and_html_on_the_clipboard(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    assert window.copy_summary_action.shortcut().toString() == "Ctrl+Shift+C"
    QGuiApplication.clipboard().clear()
    window.copy_summary_action.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasText() and mime.hasHtml()
    text, html = mime.text(), mime.html()
    assert text.startswith(f"{seed_path.name} (2022-01-09)")
    for key in window.panel.key_sentences():
        assert f"• {key}" in text
    assert "Xi Jinping" in text and "They must be destroyed" in text
    assert "<ul>" in html and "<li>" in html and "Feng Shaolei" in html


def test_copy_button_in_the_panel_copies_too(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    QGuiApplication.clipboard().clear()
    window.panel.copy_button.click()
    assert "Key sentences:" in QGuiApplication.clipboard().text()


def test_bad_files_get_a_sentence_and_the_window_keeps_the_article(
    qtbot, window, seed_path, tmp_path, dialogs
):
    open_and_wait(qtbot, window, seed_path)
    shown = dialogs
    cases = {
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50,
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    for name in [*cases, "missing.txt"]:
        with qtbot.waitSignal(window.error_shown, timeout=HANG_MS):
            window.open_path(tmp_path / name)
    assert "holds no text" in shown[0]
    assert "not a text file" in shown[1]
    assert "does not exist" in shown[2]
    assert all("Traceback" not in s for s in shown)
    assert window.view.toPlainText().startswith("2022-01-09\nKazakh President")
    assert window.isVisible()
    dialogs.clear()


def test_a_late_result_for_an_older_document_is_dropped(
    qtbot, window, seed_path, tmp_path, monkeypatch
):
    """The seed's read is held until the newer article is on screen, then let through."""
    newer = tmp_path / "newer.txt"
    newer.write_text("Newer article\n\nOnly this one should be shown. It has two sentences.\n")
    release, read = threading.Event(), jobs.read_article

    def held_read(path, repair=True):
        if Path(path) == Path(seed_path):
            assert release.wait(HANG_S), "the test never released the first read"
        return read(path, repair)

    monkeypatch.setattr(jobs, "read_article", held_read)
    window.open_path(seed_path)
    open_and_wait(qtbot, window, newer)
    release.set()
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=HANG_MS)
    assert window.view.toPlainText().startswith("Newer article")
    assert window.windowTitle().startswith("Newer article")
    assert all("Kazakh" not in k for k in window.panel.key_sentences())


def test_geometry_and_splitter_are_saved_on_close(qtbot, window, settings):
    window.resize(1000, 700)
    window.splitter.setSizes([600, 400])
    window.close()
    assert not settings.get("window/geometry").isEmpty()
    assert not settings.get("window/splitter").isEmpty()


def test_zoom_changes_the_reading_size(qtbot, window, seed_path, settings):
    open_and_wait(qtbot, window, seed_path)
    before = window.view.font_size()
    window.zoom_in_action.trigger()
    assert window.view.font_size() == before + 1
    assert settings.get("view/font_size") == before + 1
    assert window.view.toPlainText().startswith("2022-01-09\nKazakh President")
