"""The quick first look agrees with the full reading, and gives up quietly when it cannot tell."""

from __future__ import annotations

from desktop.engine.preview import preview_path
from desktop.engine.readers import read_path
from tests.fresh_python import fresh_python


def test_the_preview_has_the_full_readings_header_and_paragraphs(tmp_path):
    path = tmp_path / "storm.txt"
    path.write_text("date 2024-03-02 Storm closes harbour\n\nBy Ana Ruiz\n\nThe harbour closed "
                    "on Friday.  Boats stayed in.\n\n\nFerries will run again on Monday.\n",
                    encoding="utf-8")
    quick, full = preview_path(path), read_path(path, repair=False)
    assert (quick.title, quick.date, quick.byline) == (full.title, full.date, full.byline)
    assert quick.title == "Storm closes harbour" and quick.byline == "Ana Ruiz"
    assert quick.text == full.text and quick.paragraphs == full.paragraphs
    assert quick.sentences == () and len(full.sentences) == 3


def test_without_a_headline_the_heading_is_the_files_name(seed_path):
    quick, full = preview_path(seed_path), read_path(seed_path)
    assert quick.title_from_body and full.title_from_body
    assert quick.heading == full.heading == seed_path.name
    assert quick.text.startswith("Kazakh President Kassym-Jomart Tokayev")


def test_the_preview_gives_up_where_only_the_full_reader_can_explain(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 au lait\n\nIt was good.\n".encode("cp1252"))
    (tmp_path / "page.html").write_text("<h1>T</h1><p>Text.</p>", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("\n\n  \n", encoding="utf-8")
    for name in ("latin.txt", "page.html", "blank.txt", "missing.txt"):
        assert preview_path(tmp_path / name) is None, name
    assert preview_path(tmp_path) is None  # a folder


def test_the_preview_imports_no_nlp(seed_path):
    code = ("import sys; from desktop.engine.preview import preview_path; "
            f"preview_path({str(seed_path)!r}); "
            "print(sorted(m for m in ('nltk', 'numpy', 'wordfreq', 'sumy', 'charset_normalizer') "
            "if m in sys.modules))")
    assert fresh_python(code) == "[]"


def test_a_transcript_written_a_turn_a_line_is_a_paragraph_a_turn(tmp_path):
    path = tmp_path / "show.txt"
    path.write_text("Dana Reyes spoke with Tom Alder.\nThe show aired on Monday.\n"
                    "REYES: Will the ferry run?\nALDER: It will run on time\nfrom June.\n\n"
                    "WASHINGTON: The vote\nwas close.\n", encoding="utf-8")
    quick, full = preview_path(path), read_path(path, repair=False)
    assert quick.text == full.text
    assert full.text.split("\n\n") == [
        "Dana Reyes spoke with Tom Alder. The show aired on Monday.",
        "REYES: Will the ferry run?", "ALDER: It will run on time from June.",
        "WASHINGTON: The vote was close."]  # one label alone is no transcript
