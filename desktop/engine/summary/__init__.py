"""Key sentences: `summarize` applies the length policy, the ranking and the order asked for.

Importing this package is light (the window lists algorithms and lengths at start-up); the
scorers load on the first summary, and numpy only for the algorithms other than Précis's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.engine.article import Article
from desktop.engine.summary.algorithms import (
    ALGORITHMS,
    ARTICLE_ORDER,
    DEFAULT_ALGORITHM,
    IMPORTANCE_ORDER,
    ORDERS,
    Algorithm,
)
from desktop.engine.summary.length import (
    WORDS,
    Length,
    default_count,
    default_length,
    reading_time,
    word_count,
)

__all__ = ["ALGORITHMS", "ARTICLE_ORDER", "DEFAULT_ALGORITHM", "IMPORTANCE_ORDER", "ORDERS",
           "Algorithm", "KeySentence", "LeadIn", "Length",
           "Summary", "UnknownAlgorithm", "default_count", "sentence_scores", "summarize"]


class UnknownAlgorithm(ValueError):
    """An algorithm name that is not in the registry."""


@dataclass(frozen=True)
class LeadIn:
    """The sentence before a key sentence that points back to it ("He…", "But…"), shown with
    it as one item: its index in `Article.sentences`, span and text."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class KeySentence:
    """A chosen sentence: its index in `Article.sentences`, span, score, rank (1 = best), why,
    and the sentence it points back to when that one is not chosen itself (`context`)."""

    index: int
    start: int
    end: int
    text: str
    score: float
    rank: int
    reason: str = ""
    context: LeadIn | None = None


@dataclass(frozen=True)
class Summary:
    algorithm: str
    sentences: tuple[KeySentence, ...]
    language: str = "english"
    order: str = ARTICLE_ORDER
    note: str = ""  # a sentence about a fallback (no stemmer for the language), or ''

    @property
    def words(self) -> int:
        """Words a reader reads: the key sentences and their lead-ins."""
        return sum(word_count(s.text) + (word_count(s.context.text) if s.context else 0)
                   for s in self.sentences)

    @property
    def reading_time(self) -> str:
        return reading_time(self.words)


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
    _check(algorithm, order)
    length = length or _length(len(article.sentences), count, ratio, words)
    limit = length.sentence_limit(len(article.sentences))
    note = _fallback_note(article.language)
    if limit == 0 or (length.mode == WORDS and length.value <= 0):
        return Summary(algorithm, (), article.language, order, note)
    key = _key_sentences(article, algorithm, length, limit)
    if order == ARTICLE_ORDER:
        key.sort(key=lambda k: k.index)
    return Summary(algorithm, tuple(key), article.language, order, note)


def _check(algorithm: str, order: str) -> None:
    """Raise for an algorithm or an order that is not in its table."""
    if algorithm not in ALGORITHMS:
        raise UnknownAlgorithm(f"Unknown algorithm “{algorithm}”; choose one of "
                               + ", ".join(ALGORITHMS) + ".")
    if order not in ORDERS:
        raise ValueError(f"Unknown order “{order}”; choose one of " + ", ".join(ORDERS) + ".")


def _key_sentences(article: Article, algorithm: str, length: Length,
                   limit: int) -> list[KeySentence]:
    """The chosen sentences in order of rank, each with its score, reason and lead-in."""
    from desktop.engine.summary.coherence import lead_ins
    from desktop.engine.summary.rank import PULL_IN_UP_TO, choose, expected_size, sentence_scores

    size = expected_size(article, length, limit)
    scores = sentence_scores(article, algorithm, size)
    coherent = ALGORITHMS[algorithm].coherent
    chosen = choose(article, scores.values, length, limit, coherent and size <= PULL_IN_UP_TO)
    context = lead_ins(article, chosen) if coherent else {}
    return [
        KeySentence(i, s.start, s.end, s.text, float(scores.values[i]), rank, scores.explain(i),
                    _lead_in(article, context.get(i)))
        for rank, i in enumerate(chosen, start=1)
        for s in (article.sentences[i],)
    ]


def _lead_in(article: Article, index: int | None) -> LeadIn | None:
    if index is None:
        return None
    s = article.sentences[index]
    return LeadIn(index, s.start, s.end, s.text)


def _length(n: int, count: int | None, ratio: float | None, budget: int | None) -> Length:
    if count is not None:
        return Length("sentences", max(0, count))
    if ratio is not None:
        return Length("percent", max(0.0, ratio * 100))
    if budget is not None:
        return Length(WORDS, max(0, budget))
    return default_length(n)


def __getattr__(name: str):
    if name == "sentence_scores":  # re-exported without loading numpy at import time
        from desktop.engine.summary.rank import sentence_scores

        return sentence_scores
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _fallback_note(language: str) -> str:
    from desktop.engine.summary.stemming import fallback_note  # lazy: loads sumy's stemmers

    return fallback_note(language)
