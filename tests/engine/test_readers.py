"""Reading files into Articles: formats, encodings, titles, dates and bad input."""

from __future__ import annotations

import os

import pytest

from desktop.engine.errors import EmptyArticle, NotText, TooLarge, UnreadableFile
from desktop.engine.readers import make_title, read_bytes, read_path


def test_seed_date_is_metadata_not_body(seed_path):
    article = read_path(seed_path)
    assert article.date == "2022-01-09"
    assert "date 2022" not in article.text
    assert article.text.startswith("Kazakh President Kassym-Jomart Tokayev on Friday")


def test_seed_title_is_first_sentence_cut_at_a_word(seed_path):
    article = read_path(seed_path)
    assert article.title_from_body
    assert len(article.title) <= 80
    assert article.title.endswith("…")
    expected = "Kazakh President Kassym-Jomart Tokayev on Friday ordered security forces to…"
    assert article.title == expected


def test_every_sentence_span_slices_the_body(seed_path):
    article = read_path(seed_path)
    assert len(article.sentences) > 40
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
    for paragraph in article.paragraphs:
        assert "\n" not in article.paragraph_text(paragraph)


def test_headline_line_then_blank_line_is_the_title():
    article = read_bytes(b"Storm closes schools\n\nHeavy snow fell overnight. Schools shut.\n",
                         name="a.txt")
    assert article.title == "Storm closes schools"
    assert not article.title_from_body
    assert [s.text for s in article.sentences] == ["Heavy snow fell overnight.", "Schools shut."]


def test_first_line_with_final_punctuation_is_body():
    article = read_bytes(b"It rained all day.\n\nThe river rose.\n", name="a.txt")
    assert article.title == "It rained all day"
    assert article.text.startswith("It rained all day.")


def test_byline_is_not_body():
    article = read_bytes(b"Markets rally\n\nBy Jane Doe\n\nShares rose on Monday.\n", name="a.txt")
    assert article.byline == "Jane Doe"
    assert article.text == "Shares rose on Monday."


def test_utf8_with_bom_and_latin1_fallback():
    bom = read_bytes("\ufeffCafé owners protest.".encode(), name="a.txt")
    assert bom.text == "Café owners protest."
    latin = read_bytes(("Le café était fermé. " * 20 + "Les élèves sont partis.").encode("latin-1"),
                       name="b.txt")
    assert "café était fermé" in latin.text


def test_wrapped_lines_join_into_one_paragraph():
    article = read_bytes(b"Title here\n\nOne line\nwrapped here.\n\n\n\nNext one.", name="a.txt")
    assert article.text == "One line wrapped here.\n\nNext one."


def test_markdown_and_html():
    md = read_bytes(b"# A heading\n\nSome **bold** text and a [link](http://x).\n", name="a.md")
    assert md.title == "A heading"
    assert md.text == "Some bold text and a link."
    page = (b"<html><head><title>Site</title><script>var x;</script></head><body>"
            b"<h1>Real title</h1><p>First para.</p><p>Second &amp; last.</p></body></html>")
    html = read_bytes(page, name="a.html")
    assert html.title == "Real title"
    assert html.text == "First para.\n\nSecond & last."


def test_make_title_short_and_long():
    assert make_title("Short one.") == "Short one"
    long = "word " * 40
    title = make_title(long)
    assert len(title) <= 80 and title.endswith("…") and " …" not in title


@pytest.mark.parametrize(
    ("content", "error", "phrase"),
    [
        (b"", EmptyArticle, "holds no text"),
        (b"   \n\n  \t\n", EmptyArticle, "holds no text"),
        (b"\x00\x01\x02PNG\x00\x00" * 100, NotText, "not a text file"),
    ],
)
def test_bad_content_gets_a_sentence(tmp_path, content, error, phrase):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(error, match=phrase):
        read_path(path)


def test_missing_folder_unreadable_and_huge(tmp_path, monkeypatch):
    with pytest.raises(UnreadableFile, match="does not exist"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(UnreadableFile, match="is a folder"):
        read_path(tmp_path)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(30 * 1024 * 1024)
    with pytest.raises(TooLarge, match="MB"):
        read_path(huge)
    if os.geteuid() != 0:  # root reads anything, so permission denial cannot be shown as root
        locked = tmp_path / "locked.txt"
        locked.write_text("text")
        locked.chmod(0)
        with pytest.raises(UnreadableFile, match="permission"):
            read_path(locked)


def test_permission_error_becomes_a_sentence(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Some text.")

    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("desktop.engine.readers.source.os.open", refuse)
    with pytest.raises(UnreadableFile, match="permission to read “locked.txt”"):
        read_path(path)


def test_reading_never_writes(seed_path):
    before = (seed_path.read_bytes(), os.stat(seed_path).st_mtime_ns)
    read_path(seed_path)
    assert (seed_path.read_bytes(), os.stat(seed_path).st_mtime_ns) == before
