"""Near-duplicate checks among chosen sentences in about linear time (prefix filtering).

A sentence is a near-duplicate of a chosen one when they share at least `threshold` of the
shorter one's words. Checking every pair is quadratic: choosing all 10,000 sentences of a long
article took most of a minute. Prefix filtering (Chaudhuri et al., ICDE 2006; Bayardo et al.,
WWW 2007) finds the same pairs: with words ordered rarest first, two word sets that share at
least t words must share a word among the first |S| - t + 1 of each, so only sentences sharing
a rare word are compared, and each candidate is then checked exactly as before.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the shorter sentence's words that the other also uses."""
    return len(a & b) / max(1, min(len(a), len(b)))


class NearDuplicates:
    """The chosen sentences' word sets, indexed to answer `is_near_duplicate` quickly.

    Any one order of words gives the same answers; rarest first keeps the index lists short
    when many sentences are chosen. With few chosen, the lists stay short in any order, and
    counting every candidate's words would cost more than it saves.

    Args:
        vocabularies: every candidate's word set, for the rarest-first order; None when few
            sentences will be chosen (words are then ordered alphabetically).
        threshold: the overlap from which two sentences count as near-duplicates.
    """

    def __init__(self, vocabularies: Iterable[frozenset[str]] | None, threshold: float) -> None:
        self._rank: dict[str, int] | None = None
        if vocabularies is not None:
            frequency = Counter(w for vocabulary in vocabularies for w in vocabulary)
            # rarest first; a word's place in that order is a cheaper key than (count, word)
            ordered = sorted(frequency, key=lambda w: (frequency[w], w))
            self._rank = {w: place for place, w in enumerate(ordered)}
        self.threshold = threshold
        self._chosen: list[frozenset[str]] = []
        self._sizes: list[int] = []
        self._all_words: dict[str, list[int]] = defaultdict(list)  # word -> chosen holding it
        self._prefix_words: dict[str, list[int]] = defaultdict(list)  # in a chosen's prefix

    def _ordered(self, vocabulary: frozenset[str]) -> list[str]:
        if self._rank is None:
            return sorted(vocabulary)
        try:
            return sorted(vocabulary, key=self._rank.__getitem__)
        except KeyError:  # words no candidate has come last, alphabetically (one total order)
            return sorted(vocabulary, key=lambda w: (w not in self._rank, self._rank.get(w, 0), w))

    def _prefix_length(self, size: int) -> int:
        # At least `needed` shared words when sizes are `size` and larger: one less than the
        # exact bound keeps float rounding on the safe side (more candidates, same answers).
        needed = max(1, math.ceil(self.threshold * size) - 1)
        return max(1, size - needed + 1)

    def is_near_duplicate(self, vocabulary: frozenset[str]) -> bool:
        """True if `vocabulary` overlaps a chosen sentence's words at least `threshold`."""
        if not self._chosen:
            return False
        words, size, sizes = self._ordered(vocabulary), len(vocabulary), self._sizes
        candidates: set[int] = set()
        for w in words[: self._prefix_length(size)]:  # chosen at least as long as this one
            candidates.update(j for j in self._all_words.get(w, ()) if sizes[j] >= size)
        for w in words:  # chosen shorter: their own prefix must meet this sentence
            candidates.update(j for j in self._prefix_words.get(w, ()) if sizes[j] < size)
        return any(overlap(vocabulary, self._chosen[j]) >= self.threshold for j in candidates)

    def add(self, vocabulary: frozenset[str]) -> None:
        index = len(self._chosen)
        self._chosen.append(vocabulary)
        self._sizes.append(len(vocabulary))
        words = self._ordered(vocabulary)
        for w in words:
            self._all_words[w].append(index)
        for w in words[: self._prefix_length(len(words))]:
            self._prefix_words[w].append(index)
