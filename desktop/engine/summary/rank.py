"""Ranking: every sentence's score under an algorithm, then the best that may be shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from desktop.engine.article import Article
from desktop.engine.summary.algorithms import ALGORITHMS, Scores
from desktop.engine.summary.boilerplate import boilerplate_at, heading_sentences
from desktop.engine.summary.coherence import points_back
from desktop.engine.summary.length import WORDS, Length, word_count
from desktop.engine.summary.near_duplicates import NearDuplicates

if TYPE_CHECKING:  # numpy loads only for the scorers that return arrays (Précis's does not)
    import numpy as np

NEAR_DUPLICATE = 0.7
# A key sentence that points back ("He…", "But…") is shown with the sentence before it as one
# item (its lead-in). Only in summaries of up to PULL_IN_UP_TO sentences, where the opening
# prior decides, is that sentence brought in as a pick of its own, or the pointing one passed
# over: measured on BBC dev, the cnndm-dev tuning part and Wikinews (one- and two-sentence
# extracts gain, longer ones lose when the choice is bent).
PULL_IN_UP_TO = 2
FEW_PICKS = 50  # summaries up to this many sentences skip the near-duplicate index's word counts


def choose(article: Article, values: Sequence[float], length: Length, limit: int,
           coherent: bool = False) -> list[int]:
    """Indices in rank order: best first, skipping boilerplate and near-duplicates.

    With `coherent` (Précis's shortest summaries), a sentence that points back ("He…",
    "But…") comes with the sentence before it, chosen just ahead of it, or waits until that
    sentence is chosen on its own merit (then it is considered next: its score is above those
    still to come). Waiting sentences fill what is left only when nothing else can. Asked for
    every sentence, all are given (but the headings the source marked, which are never key
    sentences).
    """
    headings = heading_sentences(article)
    order = [i for i in sorted(range(len(values)), key=lambda i: (-values[i], i))
             if i not in headings]
    if limit >= len(values) and length.mode != WORDS:
        return order
    boilerplate = boilerplate_at(article)
    points = _pointing(article, coherent)
    picks = _Picks(article, length, limit, order)
    waiting: list[int] = []
    tried: set[int] = set()
    for i in order:
        queue = [i]
        while queue and not picks.done:
            j = queue.pop()
            if boilerplate(j) or j in picks.chosen:
                continue
            if points(j) and j - 1 not in picks.chosen:
                if j not in tried and picks.room >= 2:  # one try with the sentence before
                    tried.add(j)
                    queue += [j, j - 1]
                elif j not in waiting:
                    waiting.append(j)
            elif picks.add(j) and j + 1 in waiting:
                waiting.remove(j + 1)
                queue.append(j + 1)
    for j in waiting:
        if not picks.done and j not in picks.chosen:
            picks.add(j)
    return picks.chosen


def _pointing(article: Article, coherent: bool) -> Callable[[int], bool]:
    """Whether sentence j points back, worked out only for the candidates looked at."""
    known: dict[int, bool] = {}

    def points(j: int) -> bool:
        if j not in known:
            known[j] = coherent and j > 0 and points_back(article.sentences[j].text)
        return known[j]

    return points


class _Picks:
    """Chosen sentences so far, their vocabularies and words (for near-duplicates and budgets)."""

    def __init__(self, article: Article, length: Length, limit: int,
                 candidates: list[int]) -> None:
        self.article, self.length, self.limit = article, length, limit
        self.chosen: list[int] = []
        self._vocabularies: dict[int, frozenset[str]] = {}
        few = limit <= FEW_PICKS  # then only the sentences looked at need their words
        self.seen = NearDuplicates(None if few else map(self.vocabulary, candidates),
                                   NEAR_DUPLICATE)
        self.total, self.full = 0, False

    def vocabulary(self, index: int) -> frozenset[str]:
        """Sentence `index`'s words, lower-cased (worked out once)."""
        found = self._vocabularies.get(index)
        if found is None:
            found = frozenset(self.article.sentences[index].text.lower().split())
            self._vocabularies[index] = found
        return found

    @property
    def room(self) -> int:
        return self.limit - len(self.chosen)

    @property
    def done(self) -> bool:
        return self.full or self.room <= 0

    def add(self, index: int) -> bool:
        """Choose `index` unless it repeats a chosen sentence or overruns the word budget."""
        text = self.article.sentences[index].text
        vocabulary = self.vocabulary(index)
        if self.seen.is_near_duplicate(vocabulary):
            return False
        size, budget = word_count(text), self.length.value
        if (self.length.mode == WORDS and self.chosen
                and self.total + size - budget > budget - self.total):
            self.full = True
            return False
        self.chosen.append(index)
        self.seen.add(vocabulary)
        self.total += size
        return True


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
    if isinstance(result, Scores) and result.explain is not None:
        return result
    import numpy as np

    values = np.asarray(result.values if isinstance(result, Scores) else result, dtype=float)
    return Scores(values, _ranked_reason(values, entry.label))


def _ranked_reason(values: np.ndarray, label: str) -> Callable[[int], str]:
    import numpy as np

    order = np.argsort(-values, kind="stable")
    place = np.empty(len(values), dtype=int)
    place[order] = np.arange(1, len(values) + 1)
    return lambda i: f"{label} score {values[i]:.4g}: {place[i]} of {len(values)} sentences"
