"""Sentence and word segmentation with NLTK's algorithms and the project's own abbreviation list."""

from __future__ import annotations

import re
from functools import lru_cache

# isort: off
from desktop.engine import nltk_import  # noqa: F401 - first: nltk without scipy.stats
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

# isort: on
from desktop.paths import word_list

_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-])*$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SPACE_RUN = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _sentence_tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types.update(word_list("abbreviations.txt"))
    return PunktSentenceTokenizer(params)


@lru_cache(maxsize=1)
def _word_tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blocks between blank lines, inner whitespace folded to a space."""
    blocks = _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = (_SPACE_RUN.sub(" ", block).strip() for block in blocks)
    return [p for p in paragraphs if p]


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph (Punkt, project abbreviations)."""
    return list(_sentence_tokenizer().span_tokenize(paragraph))


def words(sentence: str) -> tuple[str, ...]:
    """Word tokens of a sentence (letters, inner apostrophes and hyphens), punctuation dropped."""
    return tuple(w for w in _word_tokenizer().tokenize(sentence) if _WORD.match(w))


class SumyTokenizer:
    """The tokenizer sumy's documents need, without NLTK data (sumy's own needs `punkt_tab`)."""

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[a:b] for a, b in sentence_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return words(sentence)
