"""KL-Sum (Haghighi and Vanderwende 2009) as sumy computes it, vectorised, first picks only."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from desktop.engine.article import Article
from desktop.engine.summary.scorers.terms import greedy_picks, stop_words
from desktop.engine.wordsplit import words_of_sentences


def scores(words_per_sentence: Sequence[Sequence[str]], stop: frozenset[str],
           picks: int) -> np.ndarray:
    """sumy's KL-Sum ratings (0 for the first sentence picked, -1 for the next...).

    sumy greedily adds the sentence whose content words, joined with the summary's words, are
    closest (KL divergence) to the document's word distribution, until every sentence is
    placed: quadratic in the sentence count. Only `picks` steps are taken here, each one
    vectorised over all sentences; the sentences never picked share the lowest rating. sumy's
    quirks are kept: the document distribution filters stop words before lower-casing, the
    summary counts all its raw words, and a sentence with nothing to compare scores 0.
    """
    n = len(words_per_sentence)
    ratings = np.full(n, -float(n + 1))
    if n == 0:
        return ratings
    doc_words = [w.lower() for ws in words_per_sentence for w in ws if w not in stop]
    vocabulary: dict[str, int] = {}
    doc_counts = np.bincount([vocabulary.setdefault(w, len(vocabulary)) for w in doc_words],
                             minlength=len(vocabulary)).astype(float)
    rows, cols = [], []
    for i, ws in enumerate(words_per_sentence):
        for w in map(str.lower, ws):
            if w not in stop:
                rows.append(i)
                cols.append(vocabulary[w])
    counts = sparse.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(n, len(vocabulary) or 1))
    counts.sum_duplicates()
    doc = doc_counts / max(1, len(doc_words))
    _greedy(words_per_sentence, vocabulary, counts, doc, ratings, min(picks, n))
    return ratings


def _greedy(words_per_sentence, vocabulary, counts, doc, ratings, picks) -> None:
    """Take `picks` greedy steps, writing -step into `ratings`."""
    n = counts.shape[0]
    row = np.repeat(np.arange(n), np.diff(counts.indptr))
    col, value = counts.indices, counts.data
    d, log_d, log_value = doc[col], np.log(doc[col]), np.log(value)
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    summary = np.zeros(len(doc))
    summary_size = 0
    left = np.ones(n, dtype=bool)
    for step in range(1, picks + 1):
        total = lengths + summary_size
        log_total = np.log(np.where(total > 0, total, 1.0))
        in_summary = np.flatnonzero((summary > 0) & (doc > 0))
        base_mass = doc[in_summary].sum()
        base = float(np.sum(doc[in_summary] * (np.log(doc[in_summary])
                                                 - np.log(summary[in_summary]))))
        s = summary[col]
        shared = s > 0
        term = np.where(shared, d * (np.log(np.where(shared, s, 1.0)) - np.log(s + value)),
                        d * (log_d - log_value + log_total[row]))
        kl = base + base_mass * log_total + np.bincount(row, term, minlength=n)
        kl[total == 0] = 0.0
        kl[~left] = np.inf
        best = int(np.argmin(kl))
        ratings[best] = 1 - step
        left[best] = False
        for w in words_per_sentence[best]:
            index = vocabulary.get(w)
            if index is not None:
                summary[index] += 1
        summary_size += len(words_per_sentence[best])


def article_scores(article: Article, size: int) -> np.ndarray:
    """The scores of `article`'s sentences, ranked greedily as far as `size` needs."""
    texts = [s.text for s in article.sentences]
    picks = greedy_picks(len(texts), size)
    return scores(words_of_sentences(texts), stop_words(article.language), picks)
