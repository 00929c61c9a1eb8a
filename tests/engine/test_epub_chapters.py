"""An e-book read whole or one chapter at a time, through the engine and precis-summarize."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.engine.errors import NoSuchChapter
from desktop.engine.readers import read_bytes, read_path
from tests.engine import made_files

THREE = (*made_files.HARBOUR_CHAPTERS,
         ("The Storm", "The storm broke after midnight. By morning the harbour wall had held."))


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "harbour.epub"
    path.write_bytes(made_files.epub_bytes(tmp_path, THREE))
    return path


def test_the_whole_book_lists_its_chapters(book):
    article = read_path(book)
    assert article.chapters == ("The Fog", "The Lamp", "The Storm")
    assert article.chapter is None
    assert article.title == "Tales of the Harbour"
    assert [article.text[s.start : s.end] for s in article.styles] == list(article.chapters)
    assert article.notes == ("“harbour.epub” has 3 chapters; all are shown, in order.",)


def test_one_chapter_is_read_alone_under_its_title(book):
    article = read_path(book, chapter=1)
    assert (article.title, article.byline) == ("The Lamp", "Ines Moreau")
    assert article.text == THREE[1][1]
    assert [s.text for s in article.sentences] == ["A lamp was lit in the old tower.",
                                                   "The boats found their way home at last."]
    assert (article.chapters, article.chapter) == (read_path(book).chapters, 1)
    assert article.notes == ("Chapter 2 of 3 of “Tales of the Harbour”.",)
    assert read_path(book, chapter=2).text == THREE[2][1]


@pytest.mark.parametrize("chapter", [3, 40, -1])
def test_a_chapter_the_book_does_not_have_is_a_sentence(book, chapter):
    with pytest.raises(NoSuchChapter) as caught:
        read_path(book, chapter=chapter)
    assert str(caught.value) == (f"“harbour.epub” has 3 chapters; there is no chapter "
                                 f"{chapter + 1}.")


def test_other_formats_have_no_chapters(tmp_path):
    assert read_bytes(b"The quay was quiet. Nobody came.", name="notes.txt").chapters == ()
    with pytest.raises(NoSuchChapter, match="“notes.txt” has no chapters; only e-books"):
        read_bytes(b"The quay was quiet. Nobody came.", name="notes.txt", chapter=0)


def test_chapters_are_named_by_the_table_of_contents_and_pages_without_text_skipped(tmp_path):
    data = made_files.epub_bytes(tmp_path, toc_titles=["I. Fog on the quay", "II. The lamp"],
                                 cover=True)
    whole = read_bytes(data, name="harbour.epub")
    assert whole.chapters == ("I. Fog on the quay", "II. The lamp")
    first = read_bytes(data, name="harbour.epub", chapter=0)
    assert (first.title, first.text) == ("I. Fog on the quay", made_files.HARBOUR_CHAPTERS[0][1])


def test_the_cli_reads_one_chapter_counting_from_one(book, capsys):
    assert main(["--chapter", "3", "--format", "json", str(book)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["title"], out["chapter"], out["text"]) == ("The Storm", 3, THREE[2][1])
    assert out["chapters"] == ["The Fog", "The Lamp", "The Storm"]
    assert {s["text"] for s in out["summary"]} <= set(THREE[2][1].replace(". ", ".|").split("|"))


def test_the_cli_lists_a_whole_books_chapters(book, capsys):
    assert main([str(book)]) == 0
    assert capsys.readouterr().out.endswith(
        "\nChapters:\n  1. The Fog\n  2. The Lamp\n  3. The Storm\n")
    assert main(["--format", "json", str(book)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["chapters"], out["chapter"]) == (["The Fog", "The Lamp", "The Storm"], None)
    assert main(["--format", "markdown", str(book)]) == 0
    assert capsys.readouterr().out.endswith(
        "\n## Chapters\n\n1. The Fog\n2. The Lamp\n3. The Storm\n")
    assert main(["--chapter", "2", str(book)]) == 0
    assert "Chapters:" not in capsys.readouterr().out  # one chapter: no contents


@pytest.mark.parametrize(("argv", "status", "message"), [
    (["--chapter", "4"], 1, "“harbour.epub” has 3 chapters; there is no chapter 4.\n"),
    (["--chapter", "0"], 2, "--chapter counts from 1\n"),
])
def test_the_cli_names_a_wrong_chapter(book, capsys, argv, status, message):
    assert main([*argv, str(book)]) == status
    err = capsys.readouterr().err
    assert err == f"precis-summarize: {message}"
