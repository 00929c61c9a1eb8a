"""Reduction (sumy's graph of word overlap, summed per sentence), vectorised."""

from __future__ import annotations

import numpy as np

from desktop.engine.article import Article
from desktop.engine.summary.scorers.overlap import overlap_blocks
from desktop.engine.summary.scorers.terms import Terms, sumy_terms


def scores(terms: Terms) -> np.ndarray:
    """Each sentence's summed overlap with every other sentence."""
    n = terms.counts.shape[0]
    out = np.zeros(n)
    for rows, block in overlap_blocks(terms, ones_when_single=False):
        block[np.arange(block.shape[0]), np.arange(rows.start, rows.stop)] = 0.0
        out[rows] = block.sum(axis=1)
    return out


def article_scores(article: Article, size: int) -> np.ndarray:
    """The scores of `article`'s sentences (`size` does not change them)."""
    return scores(sumy_terms([s.text for s in article.sentences], article.language))
