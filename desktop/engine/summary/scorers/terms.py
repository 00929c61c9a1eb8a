"""Per-sentence stemmed terms and their sparse count matrix, shared by the vectorised scorers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop.engine.language import stop_words as language_stop_words
from desktop.engine.summary.stemming import stemmer as stemmer_for
from desktop.engine.wordsplit import words_of_sentences

if TYPE_CHECKING:  # numpy and scipy.sparse (~0.1 s) only for the scorers that build a matrix
    import numpy as np
    from scipy import sparse

# KL-Sum and SumBasic rank greedily: twice the summary plus this many (for skipped sentences).
GREEDY_EXTRA_PICKS = 20


@dataclass(frozen=True)
class Terms:
    """Stemmed non-stop words of each sentence, as lists and as an N × V count matrix."""

    stems: tuple[tuple[str, ...], ...]
    counts: sparse.csr_matrix
    vocabulary: dict[str, int]

    @property
    def lengths(self) -> np.ndarray:
        """Number of terms (repeats included) in each sentence."""
        import numpy as np

        return np.asarray(self.counts.sum(axis=1)).ravel()


@lru_cache(maxsize=16)
def stop_words(language: str) -> frozenset[str]:
    """sumy's stop-word list for `language`, lower-cased; empty if sumy has none."""
    try:
        return frozenset(w.lower() for w in language_stop_words(language))
    except LookupError:
        return frozenset()


@lru_cache(maxsize=16)
def stem_cache(language: str) -> Callable[[str], str]:
    """A memoised sumy stemmer for `language` (stemming a word twice is the common case)."""
    stemmer = stemmer_for(language)
    cache: dict[str, str] = {}

    def stem(word: str) -> str:
        found = cache.get(word)
        if found is None:
            found = cache[word] = stemmer(word)
        return found

    return stem


def sentence_stems(
    words_per_sentence: Iterable[Sequence[str]], language: str
) -> tuple[tuple[str, ...], ...]:
    """What sumy's scorers see: lower-cased words, stop words dropped, then stemmed."""
    stop, stem = stop_words(language), stem_cache(language)
    return tuple(
        tuple(stem(w) for w in map(str.lower, ws) if w not in stop) for ws in words_per_sentence
    )


def build_terms(stems: tuple[tuple[str, ...], ...]) -> Terms:
    """Count matrix (sentences × vocabulary) of already stemmed sentences."""
    import numpy as np
    from scipy import sparse

    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for row, sentence in enumerate(stems):
        for term in sentence:
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            rows.append(row)
    data = np.ones(len(cols))
    counts = sparse.csr_matrix(
        (data, (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))),
        shape=(len(stems), max(1, len(vocabulary))),
    )
    counts.sum_duplicates()
    return Terms(stems, counts, vocabulary)


def sumy_terms(sentences: Sequence[str], language: str) -> Terms:
    """Terms exactly as sumy's LexRank, TextRank and Reduction build them with our tokenizer."""
    return build_terms(sentence_stems(words_of_sentences(sentences), language))


def row_blocks(n: int, columns: int, cells: int = 2_000_000) -> Iterable[slice]:
    """Row slices small enough that a dense block of `columns` columns stays near `cells` cells."""
    step = max(1, cells // max(1, columns))
    for start in range(0, n, step):
        yield slice(start, min(n, start + step))


def greedy_picks(sentences: int, size: int) -> int:
    """How many greedy steps KL-Sum and SumBasic take: twice the summary, plus some to skip."""
    return min(sentences, 2 * size + GREEDY_EXTRA_PICKS)
