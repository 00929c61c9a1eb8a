"""Précis's own news ranker: cosine-style word-overlap centrality plus a small lead bonus."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop.engine.summarizers.terms import build_terms, stop_words

# Tuned on the BBC News Summary dev split (articles whose number is not divisible by 5).
OWN_EXPONENT = 0.4
OTHER_EXPONENT = 0.5
LEAD_BONUS = 0.05
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class PrecisScores:
    """Final scores and the parts that explain them."""

    scores: np.ndarray
    centrality: np.ndarray
    lead: np.ndarray
    content_words: np.ndarray


def content_words(sentence: str, stop: frozenset[str]) -> tuple[str, ...]:
    """Lower-cased words that are not stop words (no stemming: it measured worse on news)."""
    return tuple(w for w in map(str.lower, _WORD.findall(sentence)) if w not in stop)


def scores(sentences: Sequence[str], language: str) -> PrecisScores:
    """Score each sentence by how many of its words the rest of the article repeats.

    centrality_i = sum over j != i of shared_ij / (len_i^0.4 * len_j^0.5), scaled so the best is
    1, where shared counts repeats. The sum factorises, so it costs one sparse product instead of
    a sentence-by-sentence matrix. The first sentence gets `LEAD_BONUS` on top.
    """
    stop = stop_words(language)
    terms = build_terms(tuple(content_words(s, stop) for s in sentences))
    counts = terms.counts
    n = counts.shape[0]
    if n == 0:
        empty = np.zeros(0)
        return PrecisScores(empty, empty, empty, empty)
    lengths = np.maximum(terms.lengths, 1.0)
    other = lengths ** -OTHER_EXPONENT
    column_mass = counts.T @ other
    own = np.asarray(counts.multiply(counts).sum(axis=1)).ravel() * other
    centrality = (counts @ column_mass - own) / lengths**OWN_EXPONENT
    top = centrality.max()
    if top > 0:
        centrality = centrality / top
    lead = np.zeros(n)
    lead[0] = LEAD_BONUS
    return PrecisScores(centrality + lead, centrality, lead, terms.lengths)


def explain(parts: PrecisScores, index: int) -> str:
    """Why a sentence scored as it did, for the score tooltip."""
    reasons = [f"shares words with the rest of the article: centrality "
               f"{parts.centrality[index]:.2f} of 1"]
    if parts.lead[index]:
        reasons.append(f"opening sentence (+{parts.lead[index]:.2f})")
    reasons.append(f"{int(parts.content_words[index])} content words")
    return "; ".join(reasons)
