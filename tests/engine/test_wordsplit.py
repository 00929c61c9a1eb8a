"""The batch word splitter gives exactly NLTKWordTokenizer's (filtered) words."""

from __future__ import annotations

import pytest

from desktop.engine.readers import read_path
from desktop.engine.text import words
from desktop.engine.wordsplit import words_of_sentences
from desktop.paths import seed_article
from tests.engine.corpus import bbc_dev_articles

TRICKY = [
    'It continued: "We tried everything. "',
    "There was no comment from the men's' lawyers.",
    "Don't say you can't; they'll say we'd gone, and I'm sure you've heard they're right.",
    "'Tis the season, and 'twas fun: gimme more'n that, I cannot wait, wanna come?",
    "The U.S. and the U.K. agreed... Mr. Smith (of Acme) said: “It’s fine”—really!",
    "Prices rose 3,000 times, by 4.5%, to $12bn; well-known e-mail users' groups objected.",
    "He said 'courageous achievement' and the girls' team — «bravo» — won ‘gold’.",
    "A final word.)",
    "Ends with an abbreviation etc.",
]


def test_tricky_sentences():
    assert words_of_sentences(TRICKY) == [words(s) for s in TRICKY]


@pytest.mark.parametrize("path", [seed_article(), *bbc_dev_articles(step=23, limit=20)],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_articles(path):
    sentences = [s.text for s in read_path(path).sentences]
    assert words_of_sentences(sentences) == [words(s) for s in sentences]


def test_empty():
    assert words_of_sentences([]) == []
