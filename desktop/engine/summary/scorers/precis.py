"""Précis's own news ranker: word-overlap centrality, with the lede and headline as priors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop.engine.article import Article
from desktop.engine.summary.algorithms import Scores
from desktop.engine.summary.boilerplate import heading_sentences, headline, is_boilerplate
from desktop.engine.summary.scorers.terms import stem_cache, stop_words

# Centrality exponents: tuned on the BBC News Summary dev split (numbers not divisible by 5).
OWN_EXPONENT = 0.4
OTHER_EXPONENT = 0.5
# News is written as an inverted pyramid: the opening sentences carry the story, the headline
# says what it is about, and a key sentence of a digest says one thing (a penalty per
# LONG_SENTENCE words past LONG_SENTENCE). These priors count in full while the summary is a
# short digest (up to NEWS_SHARE of the article's sentences) and fade to nothing by
# COVERAGE_SHARE, where a summary is about coverage, i.e. centrality. Opening and headline weigh
# in full from FULL_PRIOR_SIZE sentences on; a one-sentence summary must stand for the whole
# story, so it leans on centrality and its length is not held against it. Chosen on the tuning
# part of CNN / Daily Mail dev and on Wikinews; the BBC dev split checked the fade.
OPENING_WEIGHT = 3.0
HEADLINE_WEIGHT = 3.0
LONG_SENTENCE_WEIGHT = 1.0
LONG_SENTENCE = 20
POSITION_DECAY = 0.8
FULL_PRIOR_SIZE = 3
NEWS_SHARE, COVERAGE_SHARE = 0.15, 0.40
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"'’”)\]]*\s*$")


@dataclass(frozen=True)
class PrecisScores:
    """Final scores and the parts that explain them."""

    scores: np.ndarray
    centrality: np.ndarray
    position: np.ndarray
    headline: np.ndarray
    weight: float
    content_words: np.ndarray
    headline_overlap: np.ndarray  # share of the headline's content words (before weighting)


def content_words(sentence: str, stop: frozenset[str]) -> tuple[str, ...]:
    """Lower-cased words that are not stop words (no stemming: it measured worse on news)."""
    return tuple(w for w in map(str.lower, _WORD.findall(sentence)) if w not in stop)


def centrality(terms_per_sentence: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
    """How much of each sentence the rest of the article repeats, the best scaled to 1.

    centrality_i = sum over j != i of shared_ij / (len_i^0.4 * len_j^0.5), shared counting repeats.
    The sum factorises: each term's weight sum_j count_jt / len_j^0.5, then each sentence's
    sum_t count_it * weight_t. The sums run in the order of a sparse count matrix's products
    (sentences, then terms in first-seen order), so the values are those of `counts @
    (counts.T @ other)` to the bit, without importing scipy.

    Returns:
        The centralities and each sentence's number of content words.
    """
    rows, terms, counts, vocabulary = _term_counts(terms_per_sentence)
    n = len(terms_per_sentence)
    lengths = np.bincount(rows, weights=counts, minlength=n).astype(float)
    safe = np.maximum(lengths, 1.0)
    other = safe**-OTHER_EXPONENT
    own = np.bincount(rows, weights=counts * counts, minlength=n) * other
    weight = np.bincount(terms, weights=counts * other[rows], minlength=vocabulary)
    values = (np.bincount(rows, weights=counts * weight[terms], minlength=n) - own)
    values /= safe**OWN_EXPONENT
    top = values.max() if len(values) else 0.0
    return (values / top if top > 0 else values), lengths


def _term_counts(terms_per_sentence: Sequence[Sequence[str]]
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """(sentence, term, count) of each distinct term of each sentence, by sentence and term
    number (terms numbered as first seen), and the number of terms."""
    vocabulary: dict[str, int] = {}
    keys = [vocabulary.setdefault(t, len(vocabulary)) for ts in terms_per_sentence for t in ts]
    sizes = np.fromiter(map(len, terms_per_sentence), dtype=np.int64,
                        count=len(terms_per_sentence))
    rows = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
    width = max(1, len(vocabulary))
    cells, counts = np.unique(rows * width + np.asarray(keys, dtype=np.int64),
                              return_counts=True)
    return cells // width, cells % width, counts.astype(float), width


def news_weight(size: int, prose: int) -> float:
    """1 for a digest of up to NEWS_SHARE of `prose` sentences, falling to 0 at COVERAGE_SHARE."""
    share = size / max(1, prose)
    return float(np.clip((COVERAGE_SHARE - share) / (COVERAGE_SHARE - NEWS_SHARE), 0.0, 1.0))


def scores(sentences: Sequence[str], language: str, prose: Sequence[bool] | None = None,
           headline: str = "", size: int = 1) -> PrecisScores:
    """Score each sentence for a summary of about `size` sentences.

    Args:
        prose: which sentences are the article's own prose (not a date line, byline or
            caption); the opening is counted from the first of them. All, if not given.
        headline: the article's headline ("" if it has none).
        size: sentences wanted.
    """
    stop = stop_words(language)
    words = [content_words(s, stop) for s in sentences]
    central, lengths = centrality(words)
    is_prose = np.ones(len(sentences), bool) if prose is None else np.asarray(prose, bool)
    steps = np.cumsum(is_prose) - 1
    position = np.where(is_prose, POSITION_DECAY ** np.maximum(steps, 0), 0.0)
    overlap = np.asarray(_headline_overlap(words, headline, stop, language), dtype=float)
    weight = news_weight(size, int(is_prose.sum()))
    prior = weight * min(1.0, size / FULL_PRIOR_SIZE)
    too_long = np.maximum(0, np.array([len(s.split()) for s in sentences]) - LONG_SENTENCE)
    brevity = LONG_SENTENCE_WEIGHT * weight if size > 1 else 0.0
    position *= OPENING_WEIGHT * prior
    head = overlap * HEADLINE_WEIGHT * prior
    values = central + position + head - brevity * too_long / LONG_SENTENCE
    return PrecisScores(values, central, position, head, weight, lengths, overlap)


def _headline_overlap(words: list[tuple[str, ...]], headline: str, stop: frozenset[str],
                      language: str) -> list[float]:
    """Share of the headline's stems that each sentence's words have.

    An English (Snowball) stem begins with its word's first letter, so in English only words
    that begin as a headline stem does are stemmed: a long article has thousands of others.
    """
    stem = stem_cache(language)
    title = {stem(w) for w in content_words(headline, stop)}
    if not title:
        return [0.0] * len(words)
    firsts = {t[:1] for t in title} if language == "english" else None
    return [len({stem(w) for w in ws if firsts is None or w[:1] in firsts} & title) / len(title)
            for ws in words]


def is_caption(article: Article, index: int) -> bool:
    """A paragraph of one sentence with no closing punctuation: a caption, heading or teaser."""
    sentence = article.sentences[index]
    paragraph = article.paragraphs[sentence.paragraph]
    alone = sentence.start == paragraph.start and sentence.end >= paragraph.end - 1
    return alone and not _SENTENCE_END.search(sentence.text)


def explain(parts: PrecisScores, index: int) -> str:
    """Why a sentence scored as it did, for the score tooltip."""
    reasons = [f"centrality {parts.centrality[index]:.2f} (its words recur in the article)"]
    if parts.position[index] >= 0.01:
        reasons.append(f"position {parts.position[index]:.2f}")
    if parts.headline[index] >= 0.01:
        reasons.append(f"headline words {parts.headline[index]:.2f}")
    reasons.append(f"{int(parts.content_words[index])} content words")
    return "; ".join(reasons)


def prose_sentences(article: Article) -> list[bool]:
    """Which sentences are the article's own prose: not a heading, boilerplate or caption."""
    title, headings = headline(article), heading_sentences(article)
    return [i not in headings and not is_boilerplate(s.text, title) and not is_caption(article, i)
            for i, s in enumerate(article.sentences)]


def article_scores(article: Article, size: int) -> Scores:
    """Scores of `article`'s sentences for a summary of about `size`, with explanations."""
    texts = [s.text for s in article.sentences]
    parts = scores(texts, article.language, prose_sentences(article), headline(article), size)
    return Scores(parts.scores, lambda i: explain(parts, i))
