"""Repair of run-together words: strong evidence only, exact offsets, and a way to switch it off."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.engine.readers import read_bytes, read_path
from desktop.engine.repair import article_vocabulary
from tests.engine.helpers import article

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def repaired(*paragraphs: str) -> dict[str, str]:
    a = article(*paragraphs)
    for r in a.repairs:
        assert a.text[r.start : r.end] == r.replacement
    return {r.original: r.replacement for r in a.repairs}


def test_glue_words_are_split():
    text = ("The soldiers stayed in place bykill protesters. It was awife who spoke. "
            "He gave a speechto workers and sat by the doorand waited.")
    assert repaired(text) == {"bykill": "by kill", "awife": "a wife", "speechto": "speech to",
                              "doorand": "door and"}


def test_a_name_seen_elsewhere_is_split_from_the_next_word():
    text = ("Leader Xu Lanfeng spoke on Monday.", "The support is ready, says Xu Lanfengdeclared.")
    assert repaired(*text) == {"Lanfengdeclared": "Lanfeng declared"}


def test_camel_case_glue_is_split_when_a_part_is_known_here():
    text = ("The Kazakh people protested.", "KazakhHome Office says order is restored.",
            "The protesters marched against the protestersJune rules.")
    assert repaired(*text) == {"KazakhHome": "Kazakh Home", "protestersJune": "protesters June"}


LEAVE_ALONE = ["YouTube", "iPhone", "McDonald", "TiVoToGo", "GordonGChang", "Southan", "chatshow",
               "outjumped", "Tokayev", "Shaolei", "twitter@GordonGChang", "#MakeAmericaGreat",
               "example.com/PayPal"]


@pytest.mark.parametrize("word", LEAVE_ALONE)
def test_names_brands_compounds_and_handles_are_left_alone(word):
    assert repaired(f"The report mentions {word} twice in passing.") == {}


def test_repairs_keep_offsets_exact_across_paragraphs():
    a = article("First bykill paragraph here.", "Second awife one, and speechto more.")
    assert len(a.repairs) == 3
    for sentence in a.sentences:
        assert a.text[sentence.start : sentence.end] == sentence.text
    for paragraph in a.paragraphs:
        assert a.text[paragraph.start : paragraph.end].strip() == a.paragraph_text(paragraph)


def test_repair_can_be_switched_off():
    a = article("It was awife who spoke.", repair=False)
    assert a.repairs == () and "awife" in a.text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus absent")
def test_clean_news_is_almost_untouched():
    paths = sorted((CORPUS / "polnear-dev" / "text").glob("*.txt"))[:40]
    paths += sorted((CORPUS / "bbc-news-summary" / "articles" / "politics").glob("*.txt"))[:60]
    changed = sum(len(read_path(p).repairs) for p in paths)
    assert changed <= 2, changed


@pytest.mark.parametrize(("name", "data"), [
    ("a.md", "# Bridge news\n\nIt was awife who spoke to the council.\n"),
    ("a.html", "<html><h1>Bridge news</h1><p>It was awife who spoke to the council.</p></html>"),
    ("a.txt", "Bridge news\n\nIt was awife who spoke to the council.\n"),
])
def test_every_reader_records_repairs(name, data):
    a = read_bytes(data.encode("utf-8"), name=name)
    assert [(r.original, a.text[r.start : r.end]) for r in a.repairs] == [("awife", "a wife")]
    assert read_bytes(data.encode("utf-8"), name=name, repair=False).repairs == ()


def test_vocabulary_counts_each_word_lower_cased_and_as_capitalised():
    vocabulary = article_vocabulary(["Bell said: bell-ringer Bell.", "BELL rang; 3bells"])
    assert vocabulary == {"bell": 4, "said": 1, "ringer": 1, "rang": 1, "bells": 1, "Bell": 2,
                          "BELL": 1}
