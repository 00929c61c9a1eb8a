"""SumBasic (Nenkova and Vanderwende 2005) as sumy computes it, vectorised, first picks only."""

from __future__ import annotations

import numpy as np

from desktop.engine.article import Article
from desktop.engine.summary.scorers.terms import Terms, greedy_picks, sumy_terms


def scores(terms: Terms, picks: int) -> np.ndarray:
    """sumy's SumBasic ratings (0 for the first sentence picked, -1 for the next...).

    Each step picks the sentence with the highest mean word probability, then squares the
    probability of each of its words once per occurrence, as sumy does. sumy places every
    sentence (quadratic); only `picks` steps are taken here, and the sentences never picked
    share the lowest rating.
    """
    counts = terms.counts
    n = counts.shape[0]
    ratings = np.full(n, -float(n + 1))
    total = counts.sum()
    if n == 0 or total == 0:
        return ratings if n == 0 else -np.arange(n, dtype=float)
    probability = np.asarray(counts.sum(axis=0)).ravel() / total
    lengths = terms.lengths
    safe = np.where(lengths > 0, lengths, 1.0)
    left = np.ones(n, dtype=bool)
    for step in range(min(picks, n)):
        mean = np.where(lengths > 0, (counts @ probability) / safe, 0.0)
        mean[~left] = -np.inf
        # sumy takes the first of equal means; ours differ from its sums by rounding only
        top = mean.max()
        best = int(np.flatnonzero(mean >= top - 1e-12 * max(1.0, abs(top)))[0])
        ratings[best] = -step
        left[best] = False
        row = slice(counts.indptr[best], counts.indptr[best + 1])
        columns, repeats = counts.indices[row], counts.data[row]
        probability[columns] = probability[columns] ** (2.0**repeats)
    return ratings


def article_scores(article: Article, size: int) -> np.ndarray:
    """The scores of `article`'s sentences, ranked greedily as far as `size` needs."""
    texts = [s.text for s in article.sentences]
    return scores(sumy_terms(texts, article.language), greedy_picks(len(texts), size))
