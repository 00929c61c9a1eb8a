"""The window with bad input and awkward text: a sentence each time, the article kept, offsets
right after any Unicode, the source's styles on the page, and a quit that never waits."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QMessageBox

from desktop.engine.speakers import find_speakers
from desktop.ui import jobs
from tests.conftest import HANG_MS, HANG_S, ROOT
from tests.engine.made_files import PAGE_HTML
from tests.ui.conftest import open_and_wait

UNICODE_ARTICLE = (
    "Harbour news 😀\n\n"
    "The mayor 😀 opened the bridge on Monday. “It is a great day 👍🏽 for us,” said Ann Lee. "
    "The café e\u0301te\u0301 terrace was busy all day.\n\n"
    "שלום עליכם, said a visitor from Haifa. Then 😀😀 everyone went home. The ferry "
    "𝒻𝓇ℯℯ ride ended at six.\n\nהגשר נפתח היום. כולם שמחו מאוד.\n")


def test_a_failed_open_keeps_the_shown_articles_summary(qtbot, window, seed_path, tmp_path,
                                                        dialogs, monkeypatch):
    release = threading.Event()
    real = jobs.key_sentences

    def held(*args):
        release.wait(HANG_S)
        return real(*args)

    monkeypatch.setattr(jobs, "key_sentences", held)
    try:
        with qtbot.waitSignal(window.article_shown, timeout=HANG_MS):
            window.open_path(seed_path)
        with qtbot.waitSignal(window.error_shown, timeout=HANG_MS):
            window.open_path(tmp_path / "missing.txt")
        assert window.panel.status.text() == "Finding key sentences and speakers…"
        with qtbot.waitSignal(window.summary_shown, timeout=HANG_MS):
            release.set()
    finally:
        release.set()
    assert window.panel.key_list.count() >= 3 and window.view.highlighted_spans()
    assert "Kazakh President Kassym-Jomart Tokayev" in window.view.toPlainText()
    assert dialogs == ["“missing.txt” does not exist (it may have been moved or deleted)."]
    dialogs.clear()


def test_error_dialogs_show_file_names_as_plain_text(qtbot, window, tmp_path, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box))
    name = "<img src='x.png'><b>bold.txt"  # a name may hold anything but '/'
    with qtbot.waitSignal(window.error_shown, timeout=HANG_MS):
        window.open_path(tmp_path / name)
    (box,) = boxes
    assert box.textFormat().name == "PlainText"
    assert box.text() == f"“{name}” does not exist (it may have been moved or deleted)."


def test_a_pipe_is_refused_and_the_article_kept(qtbot, window, seed_path, tmp_path, dialogs):
    open_and_wait(qtbot, window, seed_path)
    os.mkfifo(tmp_path / "pipe.txt")
    with qtbot.waitSignal(window.error_shown, timeout=HANG_MS):
        window.open_path(tmp_path / "pipe.txt")
    assert dialogs == ["“pipe.txt” is not a regular file (it is a pipe, device or socket); "
                       "Précis reads only files."]
    assert "Kazakh President Kassym-Jomart Tokayev" in window.view.toPlainText()
    dialogs.clear()


def test_highlights_and_quotes_land_on_their_text_after_emoji_marks_and_rtl(qtbot, window,
                                                                            tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_text(UNICODE_ARTICLE, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    view, article = window.view, window._article
    for sentence in article.sentences:
        assert view.text_of_span(sentence.start, sentence.end) == sentence.text
    quotes = [q for s in find_speakers(article) for q in s.quotes]
    assert quotes and all(view.text_of_span(q.start, q.end) == q.text for q in quotes)
    for selection in view.extraSelections():
        assert selection.cursor.selectedText() in [s.text for s in article.sentences]
    for paragraph in article.paragraphs:
        for offset in range(paragraph.start, paragraph.end + 1):
            assert view.body_offset(view.document_position(offset)) == offset
    last = article.sentences[-1]
    view.show_span(last.start, last.end)
    assert view.textCursor().position() == view.document_position(last.start)


def test_a_paragraph_runs_the_way_most_of_its_letters_do(qtbot, window, tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_text(UNICODE_ARTICLE, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    view, article = window.view, window._article

    def direction(index: int) -> str:
        position = view.document_position(article.paragraphs[index].start)
        return view.document().findBlock(position).blockFormat().layoutDirection().name

    assert article.paragraph_text(article.paragraphs[1]).startswith("שלום")
    assert [direction(i) for i in range(3)] == ["LeftToRight", "LeftToRight", "RightToLeft"]


def test_markdown_styles_reach_the_page(qtbot, window, tmp_path):
    path = tmp_path / "styled.md"
    path.write_text("# Styled\n\nIt was *quite* a **big** day 😀.\n\n## Later\n\nAll went well.\n",
                    encoding="utf-8")
    open_and_wait(qtbot, window, path)
    view, article = window.view, window._article

    def format_at(offset: int):
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.document_position(offset) + 1)  # the format left of the cursor
        return cursor.charFormat()

    styles = {article.text[s.start : s.end]: s for s in article.styles}
    assert format_at(styles["quite"].start).fontItalic()
    assert format_at(styles["big"].start).fontWeight() == QFont.Weight.Bold
    assert format_at(styles["Later"].start).fontWeight() == QFont.Weight.Bold
    assert not format_at(article.text.index("All")).fontItalic()
    assert "# " not in view.toPlainText() and "*" not in view.toPlainText()


def test_notes_and_metadata_are_shown(qtbot, window, tmp_path):
    stray = tmp_path / "stray.txt"
    stray.write_bytes("The bank’s profit was \xa3600m. Shares fell.".encode()
                      .replace(b"\xc2\xa3", b"\xa3"))
    open_and_wait(qtbot, window, stray)
    assert "1 byte in “stray.txt” was not valid UTF-8 and show as �." in window.view.toPlainText()
    page = tmp_path / "bridge.html"
    page.write_text(PAGE_HTML, encoding="utf-8")
    open_and_wait(qtbot, window, page)
    shown = window.view.toPlainText()
    assert shown.startswith("Harbour bridge reopens after repairs\n2024-03-14 · Maria Lindqvist")
    assert "Most read" not in shown and "cookies" not in shown


QUIT_WHILE_WORKING = """
import sys, threading
from desktop import app
from desktop.ui import jobs, main_window

stuck = threading.Event()
jobs.key_sentences = lambda *args: stuck.wait()  # a summary that never finishes
opened = main_window.MainWindow.open_path

def open_then_close(self, path):
    self.article_shown.connect(self.close)
    opened(self, path)

main_window.MainWindow.open_path = open_then_close
sys.exit(app.main(["--new-window", sys.argv[1]]))
"""


def test_closing_during_a_job_ends_the_process(tmp_path, seed_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    # The timeout only tells a hang from an exit; before the fix the process never ended.
    result = subprocess.run([sys.executable, "-c", QUIT_WHILE_WORKING, str(seed_path)], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=HANG_S)
    assert result.returncode == 0, result.stderr
    assert "RuntimeError" not in result.stderr and "Traceback" not in result.stderr
    assert list((tmp_path / "config").rglob("*.conf")), "settings were not saved on close"
