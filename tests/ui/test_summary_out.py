"""Summary out: three clipboard formats, one key sentence, Export Summary… and Print…."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from tests.ui.conftest import open_and_wait


@pytest.fixture
def shown(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    return window


def _save_as(monkeypatch, path, chosen_filter: str = "") -> list:
    asked = []

    def dialog(parent, caption, suggested, filters, selected):
        asked.append((suggested, filters))
        return str(path), chosen_filter or selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return asked


HARBOUR = ("date 2024-03-05 The harbour reopened on Tuesday after the storm. Fishing boats "
           "returned at dawn. \"It feels like home,\" said Tom Reed, a skipper. Officials said "
           "repairs cost two million pounds. The port authority thanked the volunteers.\n")


def test_the_clipboard_carries_text_html_and_markdown(qtbot, window, tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text(HARBOUR, encoding="utf-8")
    open_and_wait(qtbot, window, article)
    window.copy_summary_action.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert {"text/plain", "text/html", "text/markdown"} <= set(mime.formats())
    texts = {"text/plain": mime.text(), "text/html": mime.html(),
             "text/markdown": bytes(mime.data("text/markdown")).decode("utf-8")}
    for kind, text in texts.items():
        # no headline: the copy is headed by the file's name, never a cut first sentence
        assert "harbour.txt" in text and "2024-03-05" in text, kind
        assert str(article) in text, kind  # the source
        assert "Fishing boats returned at dawn." in text, kind
        assert "Tom Reed" in text and "“It feels like home”" in text, kind
        assert "repairs cost two million pounds. (reported)" in text, kind
    assert texts["text/markdown"].startswith("# harbour.txt")
    assert f'href="{article.as_uri()}"' in texts["text/html"]


def test_a_key_sentence_is_copied_from_its_context_menu(shown):
    keys = shown.panel.key_list
    assert shown.copy_key_action in keys.actions()
    keys.setCurrentRow(1)
    shown.copy_key_action.trigger()
    assert QGuiApplication.clipboard().text() == shown.panel.key_sentences()[1]


@pytest.mark.parametrize("suffix, marker", [(".md", "\n## Key sentences\n"),
                                            (".txt", "\nKey sentences:\n"),
                                            (".html", "<!DOCTYPE html>")])
def test_export_writes_the_format_of_the_suffix(shown, tmp_path, monkeypatch, suffix, marker):
    target = tmp_path / f"notes{suffix}"
    asked = _save_as(monkeypatch, target)
    shown.export_action.trigger()
    assert marker in target.read_text("utf-8")
    assert asked[0][0].endswith("summary.md") and "JSON" in asked[0][1]


def test_export_json_is_the_cli_contract(shown, tmp_path, monkeypatch, seed_path):
    target = tmp_path / "notes"
    _save_as(monkeypatch, target, "JSON (as precis-summarize --format json) (*.json)")
    shown.export_action.trigger()
    out = json.loads((tmp_path / "notes.json").read_text("utf-8"))
    assert out["title"].startswith("Kazakh President") and out["path"] == str(seed_path)
    assert [s["text"] for s in out["summary"]] == shown.panel.key_sentences()


def test_a_suffix_added_after_the_dialog_asks_before_replacing(shown, tmp_path, monkeypatch):
    existing = tmp_path / "notes.md"
    existing.write_text("keep me")
    _save_as(monkeypatch, tmp_path / "notes", "Markdown (*.md)")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(
        text) or QMessageBox.StandardButton.No)
    shown.export_action.trigger()
    assert asked == ["“notes.md” already exists. Do you want to replace it?"]
    assert existing.read_text() == "keep me"


def test_export_never_writes_over_the_article(shown, seed_path, monkeypatch, dialogs):
    before = seed_path.read_bytes()
    _save_as(monkeypatch, seed_path)
    shown.export_action.trigger()
    assert seed_path.read_bytes() == before
    assert dialogs and "is the article itself" in dialogs[0]
    dialogs.clear()


@pytest.mark.parametrize("where", ["missing/notes.md", "folder.md"])
def test_a_failed_export_says_why_and_changes_nothing(shown, tmp_path, monkeypatch, dialogs,
                                                      where):
    (tmp_path / "folder.md").mkdir()
    _save_as(monkeypatch, tmp_path / where)
    shown.export_action.trigger()
    assert len(dialogs) == 1 and "could not be saved" in dialogs[0]
    assert "Nothing was changed" in dialogs[0]
    assert {p.name for p in tmp_path.iterdir()} - {"precis.ini"} == {"folder.md"}
    assert list((tmp_path / "folder.md").iterdir()) == []
    dialogs.clear()


def test_print_saves_a_pdf_through_the_print_dialog(shown, tmp_path, monkeypatch):
    pdf = tmp_path / "summary.pdf"

    def accept(dialog):  # a person picks "Print to File (PDF)" and presses Print
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(pdf))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    shown.print_action.trigger()
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert re.search(rb"/Type\s*/Page\b(?!s)", data), "the PDF has no page"


def test_cancelled_print_prints_nothing(shown, tmp_path, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    shown.print_action.trigger()
    assert "printer" not in shown.statusBar().currentMessage()


def test_summary_commands_wait_for_a_summary(window):
    assert not window.export_action.isEnabled() and not window.print_action.isEnabled()
