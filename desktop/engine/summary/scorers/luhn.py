"""Luhn (1958) as sumy computes it, with a set of significant stems instead of a tuple scan."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from desktop.engine.article import Article
from desktop.engine.summary.scorers.terms import stem_cache, stop_words
from desktop.engine.wordsplit import words_of_sentences

MAX_GAP = 4


def scores(words_per_sentence: Sequence[Sequence[str]], language: str) -> np.ndarray:
    """sumy's Luhn rating: the best chunk's significant words squared over its length.

    Significant stems are those of non-stop words occurring more than once in the document;
    every word of a sentence (stop words too) is stemmed and looked up, as in sumy. sumy looks
    each one up in a tuple of all significant stems, which is what makes it slow.
    """
    stem, stop = stem_cache(language), stop_words(language)
    lowered = [[w.lower() for w in ws] for ws in words_per_sentence]
    frequency = Counter(stem(w) for ws in lowered for w in ws if w not in stop)
    significant = {term for term, count in frequency.items() if count > 1}
    return np.array([_rating([stem(w) in significant for w in ws]) for ws in lowered],
                     dtype=float)


def _rating(flags: list[bool]) -> float:
    """Best chunk rating of one sentence, given which of its words are significant."""
    chunks: list[list[int]] = []
    in_chunk = False
    quiet = [0] * MAX_GAP
    for flag in flags:
        if flag and not in_chunk:
            in_chunk = True
            chunks.append([1])
        elif in_chunk:
            chunks[-1].append(int(flag))
        if chunks and chunks[-1][-MAX_GAP:] == quiet:
            in_chunk = False
    return max((_chunk_rating(c) for c in chunks), default=0)


def _chunk_rating(chunk: list[int]) -> float:
    while chunk and chunk[-1] == 0:
        chunk = chunk[:-1]
    significant = sum(chunk)
    return 0 if significant == 1 else significant**2 / len(chunk)


def article_scores(article: Article, size: int) -> np.ndarray:
    """The scores of `article`'s sentences (`size` does not change them)."""
    return scores(words_of_sentences([s.text for s in article.sentences]), article.language)
