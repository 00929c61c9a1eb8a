"""The word-overlap edge of sumy's TextRank and Reduction, computed a block of rows at a time."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from desktop.engine.summary.scorers.terms import Terms, row_blocks


def overlap_blocks(terms: Terms, ones_when_single: bool) -> Iterator[tuple[slice, np.ndarray]]:
    """Dense row blocks of `shared words / (log len_i + log len_j)`.

    Shared words count repeats on both sides, as sumy's loops do. Two one-word sentences have a
    zero denominator: sumy's TextRank then uses the raw count (`ones_when_single`), Reduction 0.
    """
    counts = terms.counts
    n = counts.shape[0]
    logs = np.log(np.maximum(terms.lengths, 1))
    counts_t = counts.T.tocsc()
    for rows in row_blocks(n, n):
        shared = (counts[rows] @ counts_t).toarray()
        norm = logs[rows, None] + logs[None, :]
        zero = norm == 0
        np.divide(shared, norm, out=shared, where=~zero)
        if not ones_when_single:
            shared[zero] = 0.0
        yield rows, shared
