"""Key sentences: the algorithm registry, the length policy applied, order and explanations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop.engine.algorithms import (
    ALGORITHMS,
    ARTICLE_ORDER,
    DEFAULT_ALGORITHM,
    IMPORTANCE_ORDER,
    ORDERS,
    Algorithm,
)
from desktop.engine.article import Article
from desktop.engine.boilerplate import is_boilerplate
from desktop.engine.length import (
    WORDS,
    Length,
    default_count,
    default_length,
    reading_time,
    word_count,
)
from desktop.engine.summarizers import (
    kl,
    lexrank,
    lsa,
    luhn,
    precis,
    reduction,
    sumbasic,
    textrank,
)
from desktop.engine.summarizers.sumy_backed import sumy_scores
from desktop.engine.summarizers.terms import stop_words, sumy_terms
from desktop.engine.wordsplit import words_of_sentences

__all__ = ["ALGORITHMS", "ARTICLE_ORDER", "DEFAULT_ALGORITHM", "IMPORTANCE_ORDER", "ORDERS",
           "Algorithm", "KeySentence", "Length",
           "Summary", "UnknownAlgorithm", "default_count", "sentence_scores", "summarize"]

NEAR_DUPLICATE = 0.7
# KL-Sum and SumBasic rank greedily: twice the summary plus this many (for skipped sentences).
GREEDY_EXTRA_PICKS = 20


class UnknownAlgorithm(ValueError):
    """An algorithm name that is not in the registry."""


@dataclass(frozen=True)
class KeySentence:
    """A chosen sentence: its index in `Article.sentences`, span, score, rank (1 = best), why."""

    index: int
    start: int
    end: int
    text: str
    score: float
    rank: int
    reason: str = ""


@dataclass(frozen=True)
class Summary:
    algorithm: str
    sentences: tuple[KeySentence, ...]
    language: str = "english"
    order: str = ARTICLE_ORDER

    @property
    def words(self) -> int:
        return sum(word_count(s.text) for s in self.sentences)

    @property
    def reading_time(self) -> str:
        return reading_time(self.words)


@dataclass(frozen=True)
class Scores:
    """One score per sentence and a function that explains one of them."""

    values: np.ndarray
    explain: Callable[[int], str]


def summarize(
    article: Article,
    count: int | None = None,
    ratio: float | None = None,
    algorithm: str = DEFAULT_ALGORITHM,
    *,
    words: int | None = None,
    length: Length | None = None,
    order: str = ARTICLE_ORDER,
) -> Summary:
    """Choose the key sentences of `article`'s body.

    Args:
        count, ratio, words: a number of sentences, a share (0-1) of them, or a word budget;
            `length` says the same as a `Length`; the default policy if none is given.
        algorithm: a key of `ALGORITHMS`.
        order: "article" (default) or "importance".

    Returns:
        The chosen sentences, each with its score, rank and reason. Boilerplate (bylines, date
        lines, social-media tails, the headline) and near-duplicates are never chosen.
    """
    if algorithm not in ALGORITHMS:
        raise UnknownAlgorithm(f"Unknown algorithm “{algorithm}”; choose one of "
                               + ", ".join(ALGORITHMS) + ".")
    if order not in ORDERS:
        raise ValueError(f"Unknown order “{order}”; choose one of " + ", ".join(ORDERS) + ".")
    length = length or _length(len(article.sentences), count, ratio, words)
    limit = length.sentence_limit(len(article.sentences))
    if limit == 0 or (length.mode == WORDS and length.value <= 0):
        return Summary(algorithm, (), article.language, order)
    scores = sentence_scores(article, algorithm, _expected_size(article, length, limit))
    chosen = _choose(article, scores.values, length, limit)
    key = [
        KeySentence(i, s.start, s.end, s.text, float(scores.values[i]), rank, scores.explain(i))
        for rank, i in enumerate(chosen, start=1)
        for s in (article.sentences[i],)
    ]
    if order == ARTICLE_ORDER:
        key.sort(key=lambda k: k.index)
    return Summary(algorithm, tuple(key), article.language, order)


def _length(n: int, count: int | None, ratio: float | None, budget: int | None) -> Length:
    if count is not None:
        return Length("sentences", max(0, count))
    if ratio is not None:
        return Length("percent", max(0.0, ratio * 100))
    if budget is not None:
        return Length(WORDS, max(0, budget))
    return default_length(n)


def _choose(article: Article, values: np.ndarray, length: Length, limit: int) -> list[int]:
    """Indices in rank order: best first, skipping boilerplate and near-duplicates."""
    order = sorted(range(len(values)), key=lambda i: (-values[i], i))
    chosen: list[int] = []
    seen: list[frozenset[str]] = []
    total = 0
    for i in order:
        if len(chosen) >= limit:
            break
        text = article.sentences[i].text
        if is_boilerplate(text, article.title):
            continue
        vocabulary = frozenset(w.lower() for w in text.split())
        if any(_overlap(vocabulary, other) >= NEAR_DUPLICATE for other in seen):
            continue
        size = word_count(text)
        if length.mode == WORDS and chosen and total + size - length.value > length.value - total:
            break
        chosen.append(i)
        seen.append(vocabulary)
        total += size
    return chosen


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the shorter sentence's words that the other also uses."""
    return len(a & b) / max(1, min(len(a), len(b)))


def _expected_size(article: Article, length: Length, limit: int) -> int:
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
    texts = [s.text for s in article.sentences]
    language = article.language
    if algorithm == "precis":
        opening = next((i for i, t in enumerate(texts) if not is_boilerplate(t, article.title)), 0)
        headline = "" if article.title_from_body else article.title
        parts = precis.scores(texts, language, opening, headline, size)
        return Scores(parts.scores, lambda i: precis.explain(parts, i))
    if algorithm in ("lexrank", "textrank", "reduction"):
        module = {"lexrank": lexrank, "textrank": textrank, "reduction": reduction}[algorithm]
        values = module.scores(sumy_terms(texts, language))
    elif algorithm in ("lsa", "luhn"):
        values = (lsa if algorithm == "lsa" else luhn).scores(words_of_sentences(texts), language)
    elif algorithm in ("kl", "sumbasic"):
        picks = min(len(texts), 2 * size + GREEDY_EXTRA_PICKS)
        if algorithm == "kl":
            values = kl.scores(words_of_sentences(texts), stop_words(language), picks)
        else:
            values = sumbasic.scores(sumy_terms(texts, language), picks)
    else:
        values = np.asarray(sumy_scores(article, algorithm), dtype=float)
    return Scores(values, _ranked_reason(values, ALGORITHMS[algorithm].label))


def _ranked_reason(values: np.ndarray, label: str) -> Callable[[int], str]:
    order = np.argsort(-values, kind="stable")
    place = np.empty(len(values), dtype=int)
    place[order] = np.arange(1, len(values) + 1)
    return lambda i: f"{label} score {values[i]:.4g}: {place[i]} of {len(values)} sentences"
