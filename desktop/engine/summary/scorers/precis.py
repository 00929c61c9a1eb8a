"""Précis's own news ranker: word-overlap centrality, plus opening and headline when short."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop.engine.article import Article
from desktop.engine.summary.algorithms import Scores
from desktop.engine.summary.boilerplate import is_boilerplate
from desktop.engine.summary.scorers.terms import build_terms, stem_cache, stop_words

# Centrality exponents: tuned on the BBC News Summary dev split (numbers not divisible by 5).
OWN_EXPONENT = 0.4
OTHER_EXPONENT = 0.5
# Opening and headline weights: equal to centrality's for one- and two-sentence summaries, a
# tenth as much with each further sentence (long summaries are about coverage: BBC dev says so).
# Weight and decay were chosen on the Wikinews documents, which have no dev part.
SHORT_SUMMARY_WEIGHT = 1.0
SHORT_SUMMARY_FADE = 0.1
SHORT_SUMMARY_SIZE = 2
POSITION_DECAY = 0.8
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class PrecisScores:
    """Final scores and the parts that explain them."""

    scores: np.ndarray
    centrality: np.ndarray
    position: np.ndarray
    headline: np.ndarray
    weight: float
    content_words: np.ndarray


def content_words(sentence: str, stop: frozenset[str]) -> tuple[str, ...]:
    """Lower-cased words that are not stop words (no stemming: it measured worse on news)."""
    return tuple(w for w in map(str.lower, _WORD.findall(sentence)) if w not in stop)


def centrality(terms_per_sentence: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
    """How much of each sentence the rest of the article repeats, the best scaled to 1.

    centrality_i = sum over j != i of shared_ij / (len_i^0.4 * len_j^0.5), shared counting repeats.
    The sum factorises, so it costs one sparse product, not a sentence-by-sentence matrix.

    Returns:
        The centralities and each sentence's number of content words.
    """
    counts = build_terms(tuple(tuple(t) for t in terms_per_sentence)).counts
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    safe = np.maximum(lengths, 1.0)
    other = safe**-OTHER_EXPONENT
    own = np.asarray(counts.multiply(counts).sum(axis=1)).ravel() * other
    values = (counts @ (counts.T @ other) - own) / safe**OWN_EXPONENT
    top = values.max() if len(values) else 0.0
    return (values / top if top > 0 else values), lengths


def scores(sentences: Sequence[str], language: str, opening: int = 0, headline: str = "",
           size: int = 1) -> PrecisScores:
    """Score each sentence for a summary of about `size` sentences.

    Args:
        opening: index of the first real sentence (not a date line or byline).
        headline: the article's headline ("" if it has none).
        size: sentences wanted; opening and headline weigh 1 up to two sentences, then fade.
    """
    stop = stop_words(language)
    words = [content_words(s, stop) for s in sentences]
    central, lengths = centrality(words)
    n = len(sentences)
    steps = np.arange(n) - opening
    position = np.where(steps >= 0, POSITION_DECAY ** np.maximum(steps, 0), 0.0)
    stem = stem_cache(language)
    title = {stem(w) for w in content_words(headline, stop)}
    overlap = [len({stem(w) for w in ws} & title) / len(title) if title else 0.0 for ws in words]
    weight = SHORT_SUMMARY_WEIGHT * SHORT_SUMMARY_FADE ** max(0, size - SHORT_SUMMARY_SIZE)
    head = np.asarray(overlap, dtype=float)
    return PrecisScores(central + weight * (position + head), central, position, head, weight,
                        lengths)


def explain(parts: PrecisScores, index: int) -> str:
    """Why a sentence scored as it did, for the score tooltip."""
    reasons = [f"centrality {parts.centrality[index]:.2f} (its words recur in the article)"]
    if parts.weight >= 0.01:
        if parts.position[index] >= 0.01:
            reasons.append(f"position {parts.position[index]:.2f} × {parts.weight:.2g}")
        if parts.headline[index]:
            reasons.append(f"headline words {parts.headline[index]:.0%} × {parts.weight:.2g}")
    reasons.append(f"{int(parts.content_words[index])} content words")
    return "; ".join(reasons)


def article_scores(article: Article, size: int) -> Scores:
    """Scores of `article`'s sentences for a summary of about `size`, with explanations."""
    texts = [s.text for s in article.sentences]
    opening = next((i for i, t in enumerate(texts) if not is_boilerplate(t, article.title)), 0)
    headline = "" if article.title_from_body else article.title
    parts = scores(texts, article.language, opening, headline, size)
    return Scores(parts.scores, lambda i: explain(parts, i))
