"""Ranking: every sentence's score under an algorithm, then the best that may be shown."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from desktop.engine.article import Article
from desktop.engine.summary.algorithms import ALGORITHMS, Scores
from desktop.engine.summary.boilerplate import heading_sentences, is_boilerplate
from desktop.engine.summary.length import WORDS, Length, word_count
from desktop.engine.summary.near_duplicates import NearDuplicates

NEAR_DUPLICATE = 0.7


def choose(article: Article, values: np.ndarray, length: Length, limit: int) -> list[int]:
    """Indices in rank order: best first, skipping boilerplate and near-duplicates."""
    order = sorted(range(len(values)), key=lambda i: (-values[i], i))
    chosen: list[int] = []
    vocabularies = [frozenset(w.lower() for w in s.text.split()) for s in article.sentences]
    seen = NearDuplicates(vocabularies, NEAR_DUPLICATE)
    total, headings = 0, heading_sentences(article)
    for i in order:
        if len(chosen) >= limit:
            break
        text = article.sentences[i].text
        if i in headings or is_boilerplate(text, article.title):
            continue
        vocabulary = vocabularies[i]
        if seen.is_near_duplicate(vocabulary):
            continue
        size = word_count(text)
        if length.mode == WORDS and chosen and total + size - length.value > length.value - total:
            break
        chosen.append(i)
        seen.add(vocabulary)
        total += size
    return chosen


def expected_size(article: Article, length: Length, limit: int) -> int:
    """Sentences the summary will have, estimated from the mean sentence for a word budget."""
    if length.mode != WORDS:
        return limit
    mean = article.words / max(1, len(article.sentences))
    return max(1, round(length.value / max(1.0, mean)))



def sentence_scores(article: Article, algorithm: str, size: int = 1) -> Scores:
    """Every body sentence's score under `algorithm`, with an explanation per sentence.

    `size` (sentences wanted) matters to Précis (openings and headline words count most in the
    shortest summaries) and to the greedy KL-Sum and SumBasic (how many picks to rank).
    """
    entry = ALGORITHMS[algorithm]
    result = entry.score(article, size)
    raw = result.values if isinstance(result, Scores) else result
    # A degenerate text (stop words only) can give NaN; such a sentence simply scores nothing.
    values = np.nan_to_num(np.asarray(raw, dtype=float), nan=0.0, posinf=0.0, neginf=0.0)
    if isinstance(result, Scores) and result.explain is not None:
        return Scores(values, result.explain)
    return Scores(values, _ranked_reason(values, entry.label))


def _ranked_reason(values: np.ndarray, label: str) -> Callable[[int], str]:
    order = np.argsort(-values, kind="stable")
    place = np.empty(len(values), dtype=int)
    place[order] = np.arange(1, len(values) + 1)
    return lambda i: f"{label} score {values[i]:.4g}: {place[i]} of {len(values)} sentences"
