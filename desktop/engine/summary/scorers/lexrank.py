"""LexRank (Erkan and Radev 2004) as sumy computes it, sparse matrices instead of pair loops."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from desktop.engine.article import Article
from desktop.engine.summary.scorers.terms import Terms, row_blocks, sumy_terms

THRESHOLD = 0.1
EPSILON = 0.1


def scores(terms: Terms) -> np.ndarray:
    """sumy's LexRank scores: thresholded idf-modified cosine graph, power method."""
    n = terms.counts.shape[0]
    if n == 0:
        return np.zeros(0)
    weights = _tf_idf(terms)
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    inverse = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    edges = []
    for rows in row_blocks(n, n):
        block = (weights[rows] @ weights.T).toarray()
        block *= inverse[rows, None]
        block *= inverse[None, :]
        edges.append(sparse.csr_matrix(block > THRESHOLD, dtype=np.float64))
    graph = sparse.vstack(edges).tocsr()
    degrees = np.asarray(graph.sum(axis=1)).ravel()
    degrees[degrees == 0] = 1
    matrix = sparse.diags(1.0 / degrees) @ graph
    return power_method(matrix.T.tocsr(), EPSILON)


def _tf_idf(terms: Terms) -> sparse.csr_matrix:
    """tf / max tf of the sentence, times idf = log(N / (1 + sentences containing the term))."""
    counts = terms.counts.tocsr(copy=True)
    n = counts.shape[0]
    row_max = counts.max(axis=1).toarray().ravel()
    row_max[row_max == 0] = 1
    tf = sparse.diags(1.0 / row_max) @ counts
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(n / (1.0 + document_frequency))
    return (tf @ sparse.diags(idf)).tocsr()


def power_method(transposed: sparse.csr_matrix, epsilon: float) -> np.ndarray:
    """sumy's LexRank iteration: normalised power steps until they move less than `epsilon`."""
    n = transposed.shape[0]
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > epsilon:
        following = transposed @ p
        norm = np.linalg.norm(following)
        if not norm > 0:  # no edges at all (stop words only): every sentence alike
            return np.full(n, 1.0 / n)
        following /= norm
        change = np.linalg.norm(following - p)
        p = following
    return p


def article_scores(article: Article, size: int) -> np.ndarray:
    """The scores of `article`'s sentences (`size` does not change them)."""
    return scores(sumy_terms([s.text for s in article.sentences], article.language))
