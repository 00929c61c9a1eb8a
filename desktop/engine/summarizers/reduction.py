"""Reduction (sumy's graph of word overlap, summed per sentence), vectorised."""

from __future__ import annotations

import numpy as np

from desktop.engine.summarizers.overlap import overlap_blocks
from desktop.engine.summarizers.terms import Terms


def scores(terms: Terms) -> np.ndarray:
    """Each sentence's summed overlap with every other sentence."""
    n = terms.counts.shape[0]
    out = np.zeros(n)
    for rows, block in overlap_blocks(terms, ones_when_single=False):
        block[np.arange(block.shape[0]), np.arange(rows.start, rows.stop)] = 0.0
        out[rows] = block.sum(axis=1)
    return out
