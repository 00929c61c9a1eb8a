"""Key sentences: an algorithm registry over sumy, a length policy and ranking."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy
from sumy.models.dom import ObjectDocumentModel
from sumy.models.dom import Paragraph as SumyParagraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from desktop.engine.article import Article
from desktop.engine.text import SumyTokenizer, words

DEFAULT_ALGORITHM = "lexrank"
ALGORITHMS: dict[str, tuple[str, type]] = {
    "lexrank": ("LexRank", LexRankSummarizer),
    "lsa": ("LSA", LsaSummarizer),
    "textrank": ("TextRank", TextRankSummarizer),
    "luhn": ("Luhn", LuhnSummarizer),
    "edmundson": ("Edmundson", EdmundsonSummarizer),
    "kl": ("KL-Sum", KLSummarizer),
    "sumbasic": ("SumBasic", SumBasicSummarizer),
    "reduction": ("Reduction", ReductionSummarizer),
}


class UnknownAlgorithm(ValueError):
    """An algorithm name that is not in the registry."""


@dataclass(frozen=True)
class KeySentence:
    """A chosen sentence: its index in `Article.sentences`, its span, score and rank (1 = best)."""

    index: int
    start: int
    end: int
    text: str
    score: float
    rank: int


@dataclass(frozen=True)
class Summary:
    algorithm: str
    sentences: tuple[KeySentence, ...]

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


def default_count(sentence_count: int) -> int:
    """About a fifth of the sentences, clamped to 3-7 (never more than there are)."""
    return min(sentence_count, max(3, min(7, round(sentence_count / 5))))


def summarize(
    article: Article,
    count: int | None = None,
    ratio: float | None = None,
    algorithm: str = DEFAULT_ALGORITHM,
) -> Summary:
    """Choose the key sentences of `article`'s body.

    Args:
        count: number of sentences; `ratio` (0-1) of the article's sentences if not given;
            the default length policy if neither is.
        algorithm: a key of `ALGORITHMS`.

    Returns:
        The chosen sentences in article order, each with its score and rank.
    """
    if algorithm not in ALGORITHMS:
        raise UnknownAlgorithm(f"Unknown algorithm “{algorithm}”; choose one of "
                               + ", ".join(ALGORITHMS) + ".")
    n = len(article.sentences)
    if count is None:
        count = round(n * ratio) if ratio is not None else default_count(n)
    count = max(0, min(n, count))
    if count == 0:
        return Summary(algorithm, ())
    scores = _sumy_scores(article, algorithm)
    ranked = sorted(range(n), key=lambda i: (-scores[i], i))[:count]
    rank_of = {i: r + 1 for r, i in enumerate(ranked)}
    chosen = tuple(
        KeySentence(i, s.start, s.end, s.text, float(scores[i]), rank_of[i])
        for i, s in enumerate(article.sentences)
        if i in rank_of
    )
    return Summary(algorithm, chosen)


def _sumy_scores(article: Article, algorithm: str) -> list[float]:
    """One score per body sentence from a sumy summarizer, read through its count callback."""
    tokenizer = SumyTokenizer(article.language)
    paragraphs: list[list[SumySentence]] = [[] for _ in article.paragraphs]
    for s in article.sentences:
        paragraphs[s.paragraph].append(SumySentence(s.text, tokenizer))
    document = ObjectDocumentModel(tuple(SumyParagraph(p) for p in paragraphs))
    scores = [0.0] * len(article.sentences)

    def record(infos):
        infos = list(infos)
        for info in infos:
            scores[info.order] = float(info.rating)
        return infos

    summarizer = _summarizer(algorithm, article.language)
    if algorithm == "edmundson":
        summarizer.bonus_words = _title_words(article)
        summarizer.stigma_words = ("however",)
        summarizer.null_words = tuple(_stop_words(article.language))
    # sumy's power iteration divides by a zero norm on tiny documents; that is not an error here.
    with numpy.errstate(divide="ignore", invalid="ignore"):
        summarizer(document, record)
    return [score if math.isfinite(score) else 0.0 for score in scores]


def _summarizer(algorithm: str, language: str) -> Callable:
    summarizer = ALGORITHMS[algorithm][1](_stemmer(language))
    if hasattr(summarizer, "stop_words"):
        summarizer.stop_words = _stop_words(language)
    return summarizer


def _title_words(article: Article) -> tuple[str, ...]:
    """Edmundson's bonus words: the headline's and first paragraph's content words."""
    stop = _stop_words(article.language)
    first = article.paragraph_text(article.paragraphs[0]) if article.paragraphs else ""
    found = [w for w in words(article.title + " " + first) if w.lower() not in stop]
    return tuple(found) or ("the",)


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Stemmer:
    return Stemmer(language)


@lru_cache(maxsize=8)
def _stop_words(language: str) -> frozenset[str]:
    return frozenset(get_stop_words(language))
