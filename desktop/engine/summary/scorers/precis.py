"""Précis's own news ranker: word-overlap centrality, with the lede and headline as priors."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, reduce
from itertools import repeat
from operator import add, mul

from desktop.engine.article import Article
from desktop.engine.interviews import interview_start
from desktop.engine.summary.algorithms import Scores
from desktop.engine.summary.boilerplate import boilerplate_at, heading_sentences, headline
from desktop.engine.summary.scorers.terms import stem_cache, stop_words
from desktop.paths import word_list

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
# Captions (a paragraph of one line without closing punctuation: Daily Mail's photo captions,
# teasers) are not prose, so the opening skips them; but the first ones sum the story up, so
# they have an opening prior of their own, CAPTION_WEIGHT for the first (as much as the sixth
# prose sentence has), decaying alike (tests/benchmarks/digest_priors.py measured it).
OPENING_WEIGHT = 3.0
HEADLINE_WEIGHT = 3.0
LONG_SENTENCE_WEIGHT = 1.0
LONG_SENTENCE = 20
POSITION_DECAY = 0.8
FULL_PRIOR_SIZE = 3
NEWS_SHARE, COVERAGE_SHARE = 0.15, 0.40
CAPTION_WEIGHT = 1.0
# An interview (questions and answers: engine.interviews.interview_start) is no inverted
# pyramid: its headline says what it is about, so the headline prior weighs INTERVIEW_HEADLINE of
# its full weight from k = 1 (Wikinews interviews, tests/benchmarks/digest_priors.py; giving the
# opening prior to the introduction only, before the first question, measured worse).
INTERVIEW_HEADLINE = 1.0
# As the priors fade, so does sumy's long stop-word list: a coverage summary's centrality ignores
# only function words (resources/function_words.txt), so "said", "would", "new" or "two" count as
# the article's words. English only (other languages keep sumy's list). Measured on BBC dev.
COVERAGE_STOP_LIST = "function_words.txt"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"'’”)\]]*\s*$")


@dataclass(frozen=True)
class PrecisScores:
    """Final scores and the parts that explain them, one value per sentence."""

    scores: list[float]
    centrality: list[float]
    position: list[float]
    headline: list[float]
    weight: float
    content_words: list[float]
    headline_overlap: list[float]  # share of the headline's content words (before weighting)


def content_words(sentence: str, stop: frozenset[str]) -> tuple[str, ...]:
    """Lower-cased words that are not stop words (no stemming: it measured worse on news)."""
    return tuple(w for w in _lower_words(sentence) if w not in stop)


def _lower_words(sentence: str) -> list[str]:
    """The sentence's words, lower-cased."""
    return list(map(str.lower, _WORD.findall(sentence)))


def centrality(terms_per_sentence: Sequence[Sequence[str]]) -> tuple[list[float], list[float]]:
    """How much of each sentence the rest of the article repeats, the best scaled to 1.

    centrality_i = sum over j != i of shared_ij / (len_i^0.4 * len_j^0.5), shared counting repeats.
    The sum factorises: each term's weight sum_j count_jt / len_j^0.5, then each sentence's
    sum_t count_it * weight_t. In plain Python (a short article's ranking needs no numpy, whose
    import takes longer than the ranking), summed one by one in the order of a sparse count
    matrix's products (sentences, then terms in first-seen order): the values are those of
    `counts @ (counts.T @ other)` with `other` computed alike.

    Returns:
        The centralities and each sentence's number of content words.
    """
    rows, vocabulary = _term_rows(terms_per_sentence)
    lengths = [float(len(terms) if counts is None else sum(counts)) for terms, counts in rows]
    others = [max(length, 1.0) ** -OTHER_EXPONENT for length in lengths]
    weight = [0.0] * vocabulary
    for (terms, counts), other in zip(rows, others, strict=True):
        for term, count in zip(terms, counts or repeat(1.0, len(terms)), strict=True):
            weight[term] += count * other
    values = []
    for (terms, counts), length, other in zip(rows, lengths, others, strict=True):
        shared = map(weight.__getitem__, terms)
        if counts is None:  # each term once: counts of 1 change no product
            total, own = reduce(add, shared, 0.0), length * other
        else:
            total = reduce(add, map(mul, counts, shared), 0.0)
            own = float(sum(c * c for c in counts)) * other
        values.append((total - own) / max(length, 1.0) ** OWN_EXPONENT)
    top = max(values, default=0.0)
    return ([v / top for v in values] if top > 0 else values), lengths


def _term_rows(terms_per_sentence: Sequence[Sequence[str]]
               ) -> tuple[list[tuple[list[int], list[float] | None]], int]:
    """Each sentence's distinct terms, numbered as first seen in the article and sorted, with
    their counts (None when every term occurs once, as most do); and the number of terms."""
    vocabulary: dict[str, int] = {}
    number = vocabulary.setdefault
    rows: list[tuple[list[int], list[float] | None]] = []
    for terms in terms_per_sentence:
        numbers = [number(t, len(vocabulary)) for t in terms]
        distinct = sorted(set(numbers))
        if len(distinct) == len(numbers):
            rows.append((distinct, None))
        else:
            found = Counter(numbers)
            rows.append((distinct, [float(found[t]) for t in distinct]))
    return rows, len(vocabulary)


def news_weight(size: int, prose: int) -> float:
    """1 for a digest of up to NEWS_SHARE of `prose` sentences, falling to 0 at COVERAGE_SHARE."""
    share = size / max(1, prose)
    return min(max((COVERAGE_SHARE - share) / (COVERAGE_SHARE - NEWS_SHARE), 0.0), 1.0)


def scores(sentences: Sequence[str], language: str, prose: Sequence[bool] | None = None,
           headline: str = "", size: int = 1,
           captions: Sequence[bool] | None = None, interview: bool = False) -> PrecisScores:
    """Score each sentence for a summary of about `size` sentences.

    Args:
        prose: which sentences are the article's own prose (not a date line, byline or
            caption); the opening is counted from the first of them. All, if not given.
        headline: the article's headline ("" if it has none).
        size: sentences wanted.
        captions: which sentences are captions (their own opening prior). None, if not given.
        interview: the article is an interview (questions and answers), not news.
    """
    stop = stop_words(language)
    is_prose = [True] * len(sentences) if prose is None else [bool(p) for p in prose]
    weight = news_weight(size, sum(is_prose))
    words, central, lengths = _centrality(sentences, stop, language, weight)
    prior = weight * min(1.0, size / FULL_PRIOR_SIZE)
    opening = _opening(is_prose, OPENING_WEIGHT * prior)
    if captions is not None:
        below = _opening(captions, CAPTION_WEIGHT * prior)
        opening = [o + c for o, c in zip(opening, below, strict=True)]
    overlap = _headline_overlap(words, headline, stop, language)
    head_prior = prior if not interview else max(prior, weight * INTERVIEW_HEADLINE)
    head = [o * HEADLINE_WEIGHT * head_prior for o in overlap]
    brevity = LONG_SENTENCE_WEIGHT * weight if size > 1 else 0.0
    values = [c + p + h - brevity * max(0, len(s.split()) - LONG_SENTENCE) / LONG_SENTENCE
              for c, p, h, s in zip(central, opening, head, sentences, strict=True)]
    return PrecisScores(values, central, opening, head, weight, lengths, overlap)


def _centrality(sentences: Sequence[str], stop: frozenset[str], language: str,
                weight: float) -> tuple[list[tuple[str, ...]], list[float], list[float]]:
    """Each sentence's content words (not in `stop`), its centrality and number of them.

    Past a digest (`weight` below 1) an English summary's centrality is blended with the
    centrality over all but function words, the latter weighing 1 - `weight`; a coverage
    summary (`weight` 0) needs only the latter (on a 1 MB article at `--ratio 1` the other took
    a third of the ranking's time, to be multiplied by 0).
    """
    if weight >= 1.0 or language != "english":
        words = [content_words(s, stop) for s in sentences]
        return (words, *centrality(words))
    lowered = [_lower_words(s) for s in sentences]  # found once for both lists
    words = [tuple(w for w in ws if w not in stop) for ws in lowered]
    function_words = _function_words()
    coverage, _ = centrality([[w for w in ws if w not in function_words] for ws in lowered])
    if weight <= 0.0:
        return words, coverage, [float(len(w)) for w in words]
    central, lengths = centrality(words)
    blended = [weight * d + (1.0 - weight) * c for d, c in zip(central, coverage, strict=True)]
    return words, blended, lengths


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The function words, their contractions with a typographic apostrophe too ("it’s")."""
    words = word_list(COVERAGE_STOP_LIST)
    return frozenset(words + [w.replace("'", "’") for w in words if "'" in w])


def _opening(is_prose: Sequence[bool], weight: float) -> list[float]:
    """The prior of each prose sentence's place: `weight` for the first, falling by
    POSITION_DECAY a sentence; 0 for the rest."""
    steps = -1
    position = []
    for prose in is_prose:
        steps += prose
        position.append((POSITION_DECAY ** max(steps, 0) if prose else 0.0) * weight)
    return position


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
    return sentence_kinds(article)[0]


def sentence_kinds(article: Article) -> tuple[list[bool], list[bool]]:
    """Which sentences are prose, and which are captions (neither is a heading or boilerplate)."""
    boilerplate, headings = boilerplate_at(article), heading_sentences(article)
    prose, captions = [], []
    for i in range(len(article.sentences)):
        kept = i not in headings and not boilerplate(i)
        caption = kept and is_caption(article, i)
        prose.append(kept and not caption)
        captions.append(caption)
    return prose, captions


def article_scores(article: Article, size: int) -> Scores:
    """Scores of `article`'s sentences for a summary of about `size`, with explanations."""
    texts = [s.text for s in article.sentences]
    prose, captions = sentence_kinds(article)
    parts = scores(texts, article.language, prose, headline(article), size, captions,
                   interview_start(article) is not None)
    return Scores(parts.scores, lambda i: explain(parts, i))
