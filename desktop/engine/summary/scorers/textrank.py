"""TextRank (Mihalcea and Tarau 2004) as sumy computes it, with a sparse similarity graph."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from desktop.engine.article import Article
from desktop.engine.summary.scorers.overlap import overlap_blocks
from desktop.engine.summary.scorers.terms import Terms, sumy_terms

EPSILON = 1e-4
DAMPING = 0.85
_ZERO_DIVISION_PREVENTION = 1e-7


def scores(terms: Terms) -> np.ndarray:
    """PageRank over the overlap graph; the damping term is applied without a dense matrix."""
    n = terms.counts.shape[0]
    if n == 0:
        return np.zeros(0)
    parts = []
    for _rows, block in overlap_blocks(terms, ones_when_single=True):
        block /= block.sum(axis=1)[:, None] + _ZERO_DIVISION_PREVENTION
        parts.append(sparse.csr_matrix(block))
    weights_t = sparse.vstack(parts).T.tocsr()
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > EPSILON:
        following = (1.0 - DAMPING) / n * p.sum() + DAMPING * (weights_t @ p)
        change = np.linalg.norm(following - p)
        p = following
    return p


def article_scores(article: Article, size: int) -> np.ndarray:
    """The scores of `article`'s sentences (`size` does not change them)."""
    return scores(sumy_terms([s.text for s in article.sentences], article.language))
