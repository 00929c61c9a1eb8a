"""LSA as sumy ranks it, without the SVD: with every dimension kept, the rank is a column norm."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from desktop.engine.article import Article
from desktop.engine.summary.scorers.terms import stem_cache, stop_words
from desktop.engine.wordsplit import words_of_sentences

SMOOTH = 0.4


def scores(words_per_sentence: Sequence[Sequence[str]], language: str) -> np.ndarray:
    """sumy's LSA rank of each sentence.

    sumy keeps all singular values (`REDUCTION_RATIO = 1`), so its rank
    `sqrt(sum_i sigma_i^2 v_ij^2)` is the norm of column j of the smoothed term matrix
    (`A^T A = V S^2 V^T`). The dictionary is the stems of non-stop words; every word whose stem is
    in it counts, stop word or not, as in sumy.
    """
    stop, stem = stop_words(language), stem_cache(language)
    dictionary = {stem(w) for ws in words_per_sentence for w in map(str.lower, ws) if w not in stop}
    out = np.zeros(len(words_per_sentence))
    if not dictionary:
        return out
    size = len(dictionary)
    for col, ws in enumerate(words_per_sentence):
        counts: dict[str, int] = {}
        for w in ws:
            term = stem(w.lower())
            if term in dictionary:
                counts[term] = counts.get(term, 0) + 1
        if not counts:
            continue
        freq = np.fromiter(counts.values(), dtype=np.float64)
        smoothed = SMOOTH + (1.0 - SMOOTH) * freq / freq.max()
        total = (size - len(counts)) * SMOOTH**2 + float(np.sum(smoothed**2))
        out[col] = np.sqrt(total)
    return out


def article_scores(article: Article, size: int) -> np.ndarray:
    """The scores of `article`'s sentences (`size` does not change them)."""
    return scores(words_of_sentences([s.text for s in article.sentences]), article.language)
