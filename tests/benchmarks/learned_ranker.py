"""A learned ranker for Précis, measured against the shipped one (not shipped: it lost).

`train_precis.py` fits a conditional logit over these per-sentence features, the features alone
and times the digest weight (`precis.news_weight`: 1 for short digests, 0 for long summaries).

Each column has a name (the training report prints its weight) and a reason a linguist gives:
the inverted pyramid (opening, paragraph start, place in the article), centrality (the story's
words recur), the headline (what the story is about), the first sentence (the lede: later
sentences that restate it carry the news), length (a key sentence says one thing, and a very
short one says little), a pointing opener ("He…", "But…": half a thought), quotation (colour,
seldom the news), numbers and names (the facts of a story).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from desktop.engine.article import Article
from desktop.engine.summary.boilerplate import headline as headline_of
from desktop.engine.summary.coherence import points_back
from desktop.engine.summary.scorers import precis
from desktop.engine.summary.scorers.terms import stop_words

NAMES = ("opening", "paragraph_start", "late", "centrality", "headline", "lede",
         "long", "short", "points_back", "quote", "number", "names", "not_prose")
POSITION_DECAY, LONG_SENTENCE = precis.POSITION_DECAY, precis.LONG_SENTENCE  # as shipped
SHORT_SENTENCE = 10
_QUOTE = re.compile(r"[\"“”]|(?:^|\s)[‘']\w|\w[’']\s*(?:,|$)")
_DIGIT = re.compile(r"\d")
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'’-]*")


def position_columns(prose: np.ndarray, paragraph_start: np.ndarray) -> list[np.ndarray]:
    """opening (POSITION_DECAY to the prose rank), paragraph_start and late (share of
    the prose before the sentence); all 0 off the prose."""
    steps = np.maximum(np.cumsum(prose) - 1, 0)
    opening = np.where(prose, POSITION_DECAY**steps, 0.0)
    late = np.where(prose, steps / max(1, int(prose.sum())), 0.0)
    return [opening, (paragraph_start & prose).astype(float), late]


def lede_similarity(words: Sequence[Sequence[str]], prose: np.ndarray) -> np.ndarray:
    """Cosine of each sentence's content-word set with the first prose sentence's (the lede
    itself scores 1, sentences off the prose 0)."""
    out = np.zeros(len(words))
    if not prose.any():
        return out
    lede = set(words[int(np.argmax(prose))])
    for i, ws in enumerate(words):
        own = set(ws)
        if prose[i] and own and lede:
            out[i] = len(own & lede) / np.sqrt(len(own) * len(lede))
    return out


def surface_columns(sentences: Sequence[str]) -> list[np.ndarray]:
    """long, short, points_back, quote, number and names (capitalised words past the first,
    as a share of the words)."""
    sizes = np.array([len(s.split()) for s in sentences], dtype=float)
    long = np.maximum(0.0, sizes - LONG_SENTENCE) / LONG_SENTENCE
    short = np.maximum(0.0, SHORT_SENTENCE - sizes) / SHORT_SENTENCE
    flags = np.array([(points_back(s), bool(_QUOTE.search(s)), bool(_DIGIT.search(s)))
                      for s in sentences], dtype=float).reshape(-1, 3)
    names = np.array([len(_CAPITALISED.findall(s)) for s in sentences]) / np.maximum(sizes, 1)
    return [long, short, flags[:, 0], flags[:, 1], flags[:, 2], names]


def feature_matrix(sentences: Sequence[str], words: Sequence[Sequence[str]],
                   central: np.ndarray, headline: np.ndarray, prose: np.ndarray,
                   paragraph_start: np.ndarray) -> np.ndarray:
    """N × len(NAMES) features, columns in the order of NAMES.

    Args:
        words: each sentence's content words; central, headline: centrality and headline
            overlap (0-1) as the ranker computes them; prose, paragraph_start: booleans.
    """
    prose = np.asarray(prose, bool)
    paragraph_start = np.asarray(paragraph_start, bool)
    columns = [*position_columns(prose, paragraph_start), central, headline,
               lede_similarity(words, prose), *surface_columns(sentences),
               (~prose).astype(float)]
    return np.column_stack(columns) if len(sentences) else np.zeros((0, len(NAMES)))


def article_features(article: Article, size: int) -> tuple[np.ndarray, float]:
    """The features of `article`'s sentences (columns of NAMES) and the digest weight for a
    summary of about `size` sentences; centrality and headline overlap as Précis computes them."""
    texts = [s.text for s in article.sentences]
    prose = np.asarray(precis.prose_sentences(article), bool)
    parts = precis.scores(texts, article.language, prose, headline_of(article), size)
    stop = stop_words(article.language)
    starts = {p.start for p in article.paragraphs}
    matrix = feature_matrix(
        texts, [precis.content_words(t, stop) for t in texts], parts.centrality,
        parts.headline_overlap, prose, np.array([s.start in starts for s in article.sentences]))
    return matrix, parts.weight


def design_names() -> list[str]:
    """Names of the model's inputs, in the order of `design`'s columns."""
    return [*NAMES, *(f"{n}*digest" for n in NAMES)]


def design(matrix: np.ndarray, weight: float) -> np.ndarray:
    """Each feature alone and times the digest weight."""
    return np.hstack([matrix, weight * matrix])


def prose_mask(matrix: np.ndarray) -> np.ndarray:
    """Which rows of a feature matrix are prose sentences."""
    return matrix[:, NAMES.index("not_prose")] == 0


def learned_scores(matrix: np.ndarray, weight: float, coefficients: np.ndarray,
                   extra: np.ndarray | None = None) -> np.ndarray:
    """The model's score of each sentence (plus `extra`, already weighted); sentences off the
    prose rank below all."""
    values = design(matrix, weight) @ coefficients + (0.0 if extra is None else extra)
    prose = prose_mask(matrix)
    if prose.any() and not prose.all():
        values[~prose] = values[prose].min() - 1.0
    return values


def fit(groups: list[tuple[np.ndarray, np.ndarray, float]], penalty: float,
        offsets: list[np.ndarray] | None = None) -> np.ndarray:
    """Conditional logit: within each article, a softmax over its sentences should put its mass
    on the labelled ones (a summary is a choice among one article's sentences, so what is the
    same across an article, like a bias, drops out). L2-penalised, by L-BFGS.

    Args:
        groups: (design rows, 0/1 labels with at least one 1, article weight) per article.
        offsets: per article, a fixed score the learned one is added to (the shipped score:
            the model then learns corrections to it); none if not given.
    """
    from scipy.optimize import minimize

    rows = np.vstack([g[0] for g in groups])
    sizes = np.array([len(g[0]) for g in groups])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    article_weight = np.array([g[2] for g in groups])
    target = np.concatenate([g[1] / g[1].sum() * g[2] for g in groups])
    offset = np.concatenate(offsets) if offsets else 0.0

    def loss(theta):
        s = rows @ theta + offset
        top = np.maximum.reduceat(s, starts)
        shifted = np.exp(s - np.repeat(top, sizes))
        total = np.add.reduceat(shifted, starts)
        value = article_weight @ (top + np.log(total)) - target @ s
        p = shifted / np.repeat(total, sizes) * np.repeat(article_weight, sizes)
        return value + penalty * theta @ theta / 2, rows.T @ (p - target) + penalty * theta

    return minimize(loss, np.zeros(rows.shape[1]), jac=True, method="L-BFGS-B").x
