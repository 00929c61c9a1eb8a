"""Files in: Open Recent, reopening the last article, New from Clipboard, New Window."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop.ui.recent_files import MAX_RECENT, RecentFiles
from desktop.ui.window_group import WindowGroup
from tests.conftest import HANG_MS
from tests.ui.conftest import open_and_wait

ARTICLE = ("{title}\n\nThe council met on Monday to discuss the new library. Residents asked for "
           "longer opening hours. \"We want a place to read,\" said Mia Park, a teacher. The "
           "mayor promised an answer next week. Builders expect to finish in spring.\n")


def _article(folder, name: str, title: str):
    path = folder / name
    path.write_text(ARTICLE.format(title=title), encoding="utf-8")
    return path


def test_opened_articles_are_offered_newest_first(qtbot, window, seed_path, tmp_path):
    other = _article(tmp_path, "library.txt", "Library plans")
    open_and_wait(qtbot, window, seed_path)
    open_and_wait(qtbot, window, other)
    window.recent_menu.aboutToShow.emit()
    assert window.recent_menu.entries() == [str(other), str(seed_path)]
    labels = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert labels[:2] == ["&1 library.txt", f"&2 {seed_path.name}"]
    assert labels[-1] == "&Clear Recent Files" and window.recent_menu.clear_action.isEnabled()
    open_and_wait(qtbot, window, seed_path)  # again: moves to the top, not listed twice
    window.recent_menu.aboutToShow.emit()
    assert window.recent_menu.entries() == [str(seed_path), str(other)]


def test_the_list_keeps_ten_and_clear_empties_it(window, tmp_path):
    for n in range(MAX_RECENT + 3):
        window.recent.add(tmp_path / f"a{n}.txt")
    window.recent_menu.aboutToShow.emit()
    entries = window.recent_menu.entries()
    assert len(entries) == MAX_RECENT and entries[0].endswith("a12.txt")
    window.recent_menu.clear_action.trigger()
    assert window.recent_menu.entries() == [] and window.recent.paths() == []
    assert not window.recent_menu.clear_action.isEnabled()


def test_a_missing_recent_file_is_named_and_dropped_if_wished(window, tmp_path, monkeypatch):
    gone, kept = str(tmp_path / "gone.txt"), str(tmp_path / "kept.txt")
    window.recent.add(kept)
    window.recent.add(gone)
    asked, answers = [], [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or answers.pop(0))
    window.recent_menu.aboutToShow.emit()
    _entry(window, gone).trigger()
    assert "“gone.txt” is no longer in" in asked[0] and gone in window.recent.paths()
    _entry(window, gone).trigger()
    assert window.recent.paths() == [kept] and window.recent_menu.entries() == [kept]
    assert window.current_path is None  # nothing was opened


def _entry(window, path: str):
    return next(a for a in window.recent_menu.actions() if a.data() == path)


def test_the_last_article_is_reopened_unless_turned_off(settings, tmp_path):
    first, second = (_article(tmp_path, f"{n}.txt", n) for n in ("first", "second"))
    recent = RecentFiles(settings)
    assert recent.startup_article() is None
    recent.add(first)
    recent.add(second)
    second.unlink()  # moved away since: the next one still there is shown
    assert recent.startup_article() == str(first)
    settings.set("files/reopen_last", False)
    assert recent.startup_article() is None


def test_new_from_clipboard_reads_copied_html(qtbot, window):
    mime = QMimeData()
    mime.setHtml("<html><body><h1>Harbour reopens</h1><p>The harbour reopened on Tuesday after "
                 "the storm. Fishing boats returned at dawn. &quot;It feels like home,&quot; "
                 "said Tom Reed, a skipper. Repairs cost two million pounds.</p></body></html>")
    mime.setText("plain fallback")
    QGuiApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignals([window.summary_shown, window.speakers_shown], timeout=HANG_MS):
        window.clipboard_action.trigger()
    assert window.windowTitle().startswith("Harbour reopens")
    assert "Fishing boats returned at dawn." in window.view.toPlainText()
    assert "Tom Reed" in " ".join(window.panel.speaker_labels())
    assert window.recent.paths() == []  # the clipboard is not a file to reopen


def test_new_from_clipboard_reads_plain_text(qtbot, window):
    QGuiApplication.clipboard().setText(ARTICLE.format(title="Library plans"))
    with qtbot.waitSignal(window.summary_shown, timeout=HANG_MS):
        window.clipboard_action.trigger()
    assert window.windowTitle().startswith("Library plans")


def test_an_empty_clipboard_is_a_sentence(window, dialogs):
    QGuiApplication.clipboard().clear()
    window.clipboard_action.trigger()
    assert dialogs == ["The clipboard holds no text to read as an article."]
    dialogs.clear()


def test_new_window_opens_another_empty_window(qtbot, settings):
    group = WindowGroup(lambda: _tracked(qtbot, settings))
    first = group.new_window()
    first.new_window_action.trigger()
    assert len(group.windows) == 2 and group.windows[1].isVisible()
    assert "No article is open" in group.windows[1].view.toPlainText()


def test_files_from_a_later_launch_go_to_the_front_window(qtbot, settings, seed_path, tmp_path):
    group = WindowGroup(lambda: _tracked(qtbot, settings))
    window = group.new_window()
    other = _article(tmp_path, "harbour.txt", "Harbour news")
    with qtbot.waitSignal(window.summary_shown, timeout=HANG_MS):
        group.show_files([str(other)])
    assert group.windows == [window] and window.windowTitle().startswith("Harbour news")
    with qtbot.waitSignal(window.article_shown, timeout=HANG_MS):
        group.show_files([str(seed_path), str(other)])
    assert len(group.windows) == 2  # a second file gets a window of its own
    assert window.windowTitle().startswith(seed_path.name)  # no headline: named by its file
    qtbot.waitUntil(lambda: group.windows[1].windowTitle().startswith("Harbour news"),
                    timeout=HANG_MS)


def _tracked(qtbot, settings):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    return window


def test_repair_toggle_rereads_the_clipboard_article_not_the_new_clipboard(qtbot, window):
    QGuiApplication.clipboard().setText(ARTICLE.format(title="Library plans"))
    with qtbot.waitSignal(window.summary_shown, timeout=HANG_MS):
        window.clipboard_action.trigger()
    QGuiApplication.clipboard().setText(ARTICLE.format(title="Something else"))
    with qtbot.waitSignal(window.summary_shown, timeout=HANG_MS):
        window.repair_action.trigger()
    assert window.windowTitle().startswith("Library plans")
