"""Each format opens through its library, from small files the tests write themselves."""

from __future__ import annotations

import datetime
import json
import socket
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.engine.formats import FORMATS, format_of, mime_types, open_filter
from desktop.engine.readers import read_bytes, read_path
from desktop.engine.summary import summarize
from desktop.paths import resource
from tests.engine import made_files
from tests.engine.made_files import PAGE_HTML, PAGE_NOISE


@pytest.fixture
def offline(monkeypatch):
    """Any attempt to reach the network fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_saved_page_is_just_the_article_with_date_and_byline(tmp_path, offline):
    path = tmp_path / "bridge.html"
    path.write_text(PAGE_HTML, encoding="utf-8")
    article = read_path(path)
    assert article.title == "Harbour bridge reopens after repairs"
    assert article.date == "2024-03-14"
    assert article.byline == "Maria Lindqvist"
    assert article.site == "The Coastal Gazette"
    assert article.text.startswith("The harbour bridge reopened to traffic on Thursday")
    assert article.text.endswith("will open on the western side in May.")
    assert len(article.paragraphs) == 5
    for noise in PAGE_NOISE:
        assert noise not in article.text, noise


def test_xhtml_and_a_tiny_page_read_block_by_block():
    tiny = b"<html><body><h1>Short</h1><p>One line of news.</p></body></html>"
    for name in ("a.xhtml", "a.htm"):
        article = read_bytes(tiny, name=name)
        assert article.title == "Short" and article.text == "One line of news."


def test_markdown_renders_headings_lists_and_emphasis():
    source = (b"# Flood defences approved\n\nPublished 2 May 2024 by Sam Patel\n\n"
              b"The plan was *finally* approved after a **long** debate\n\n"
              b"## What it costs\n\n- Walls along the river\n- New pumps\n\n"
              b"1. First phase\n2. Second phase\n\n<div>Raw <b>html</b> block</div>\n")
    article = read_bytes(source, name="flood.md")
    assert article.title == "Flood defences approved"
    assert (article.date, article.byline) == ("2 May 2024", "Sam Patel")
    paragraphs = [article.paragraph_text(p) for p in article.paragraphs]
    assert paragraphs == ["The plan was finally approved after a long debate", "What it costs",
                          "• Walls along the river", "• New pumps", "1) First phase",
                          "2) Second phase", "Raw html block"]
    styled = {(article.text[s.start : s.end], s.kind) for s in article.styles}
    assert styled == {("finally", "emphasis"), ("long", "strong"), ("What it costs", "heading")}
    assert [s.text for s in article.sentences][4:6] == ["1) First phase", "2) Second phase"]
    chosen = [k.text for k in summarize(article, count=len(article.sentences)).sentences]
    assert "What it costs" not in chosen and chosen  # a heading is never a key sentence


def test_markdown_front_matter_is_metadata():
    source = (b"---\ntitle: \"Tide tables\"\nauthor: Lena Ortiz\ndate: 2023-11-05\n---\n\n"
              b"High tide comes an hour later this week.\n")
    article = read_bytes(source, name="tides.markdown")
    assert (article.title, article.byline, article.date) == ("Tide tables", "Lena Ortiz",
                                                              "2023-11-05")
    assert article.text == "High tide comes an hour later this week."


def test_docx_paragraphs_headings_lists_and_metadata(tmp_path, monkeypatch):
    path = tmp_path / "library.docx"
    path.write_bytes(made_files.docx_bytes())
    article = read_path(path)
    assert (article.title, article.byline) == ("Council backs new library", "Ruth Okafor")
    assert article.text.split("\n\n") == [
        "The council voted on Tuesday to build a new library beside the station, ending a "
        "decade of debate.", "What happens next", "• Building work starts in the spring.",
        "• The old library stays open until then."]
    styled = {(article.text[s.start : s.end], s.kind) for s in article.styles}
    assert styled == {("new library", "strong"), ("decade", "emphasis"),
                      ("What happens next", "heading")}


def test_pdf_text_layer_in_reading_order_without_furniture(tmp_path):
    pages = [["Quarterly Review of Rivers", "The river authority reported higher water levels",
              "in every district this spring, and warned that the embank-",
              "ments near the old mill need repair.",
              "Boats were kept ashore.", "Page 1 of 2"],
             ["Quarterly Review of Rivers", "Farmers said the floods came earlier than usual",
              "but the damage was smaller than in the previous year, thanks",
              "to the new barriers.", "Page 2 of 2"]]
    path = tmp_path / "rivers.pdf"
    path.write_bytes(made_files.pdf_bytes(pages, title="Rivers report"))
    article = read_path(path)
    assert article.title == "Rivers report"
    assert article.text.split("\n\n") == [
        "The river authority reported higher water levels in every district this spring, and "
        "warned that the embankments near the old mill need repair.",
        "Boats were kept ashore.",
        "Farmers said the floods came earlier than usual but the damage was smaller than in the "
        "previous year, thanks to the new barriers."]


def test_epub_chapters_in_order_with_metadata(tmp_path):
    path = tmp_path / "harbour.epub"
    path.write_bytes(made_files.epub_bytes(tmp_path))
    article = read_path(path)
    assert (article.title, article.byline) == ("Tales of the Harbour", "Ines Moreau")
    assert article.text.split("\n\n") == [
        "The Fog", "The fog came in early that year. Nobody on the quay could see the boats.",
        "The Lamp", "A lamp was lit in the old tower. The boats found their way home at last."]
    assert [article.text[s.start : s.end] for s in article.styles] == ["The Fog", "The Lamp"]
    assert article.notes == ("“harbour.epub” has 2 chapters; all are shown, in order.",)


def test_every_format_through_the_cli(tmp_path, capsys, offline):
    files = {"page.html": PAGE_HTML.encode(), "doc.docx": made_files.docx_bytes(),
             "book.epub": made_files.epub_bytes(tmp_path),
             "report.pdf": made_files.pdf_bytes([["A short report on the harbour.",
                                                  "It found the walls in good order."]]),
             "notes.md": b"# Notes\n\nThe meeting ended early. Nobody objected.\n"}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    assert main(["--format", "json", *(str(tmp_path / n) for n in files)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [Path(o["path"]).name for o in out] == list(files)
    assert all(o["text"] and o["summary"] for o in out)


def test_bytes_without_a_name_are_recognised_by_their_start(tmp_path):
    assert format_of("-", made_files.pdf_bytes([["x"]])[:1024]).name == "pdf"
    assert format_of("-", made_files.docx_bytes()[:1024]).name == "docx"
    assert format_of("-", made_files.epub_bytes(tmp_path)[:1024]).name == "epub"
    assert format_of("-", PAGE_HTML.encode()[:1024]).name == "html"
    assert format_of("-", b"Just words.").name == "text"


def test_open_filter_and_desktop_entry_list_every_format():
    articles = open_filter().split(";;")[0]
    for entry in FORMATS.values():
        assert all(f"*{suffix}" in articles for suffix in entry.suffixes)
    entry = resource("precis.desktop").read_text(encoding="utf-8")
    listed = next(line for line in entry.splitlines() if line.startswith("MimeType="))
    assert set(listed.removeprefix("MimeType=").strip(";").split(";")) == set(mime_types())


def test_docx_created_date_is_the_date(tmp_path):
    import docx

    document = docx.Document()
    document.core_properties.created = datetime.datetime(2024, 5, 2, 9, 0)
    document.add_paragraph("A short note about the weather. It rained.")
    path = tmp_path / "note.docx"
    document.save(str(path))
    assert read_path(path).date == "2024-05-02"
