"""The one table of summarisers: name -> label, description and scorer (imported on first use).

Adding an algorithm is one entry here plus its scorer: a function `(article, size)` in a module
of `scorers/` that returns one score per sentence (an array, or `Scores` with explanations).
sumy's summarisers are the reference for all but Précis's own (see `scorers/__init__.py`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy and the article model are not loaded to list the algorithms
    import numpy as np

    from desktop.engine.article import Article

ARTICLE_ORDER, IMPORTANCE_ORDER = "article", "importance"
ORDERS: dict[str, str] = {ARTICLE_ORDER: "Article order", IMPORTANCE_ORDER: "By importance"}
SCORERS = "desktop.engine.summary.scorers"


@dataclass(frozen=True)
class Scores:
    """One score per sentence and, where the scorer can say, why each scored as it did."""

    values: np.ndarray | Sequence[float]
    explain: Callable[[int], str] | None = None


@dataclass(frozen=True)
class Algorithm:
    """A summariser: CLI name, label in the window, what it does, and its scorer.

    `scorer` is "module:function" in `scorers/`; by default the module named like the algorithm
    and its `article_scores`. `coherent`: a key sentence that points back ("He…", "But…") is
    shown with the one before it (its lead-in), or in the shortest summaries chosen only with it
    (the other algorithms choose as sumy's do).
    """

    name: str
    label: str
    description: str
    scorer: str = ""
    coherent: bool = False

    def score(self, article: Article, size: int) -> Any:
        """The scorer's result for `article` and a summary of about `size` sentences."""
        module, _, function = (self.scorer or self.name).partition(":")
        found = importlib.import_module(f"{SCORERS}.{module}")
        return getattr(found, function or "article_scores")(article, size)


ALGORITHMS: dict[str, Algorithm] = {a.name: a for a in (
    Algorithm("precis", "Précis", "word-overlap centrality; opening and headline in digests",
              coherent=True),
    Algorithm("lexrank", "LexRank", "sentence graph centrality (vectorised, as sumy)"),
    Algorithm("lsa", "LSA", "latent semantic analysis (vectorised, as sumy)"),
    Algorithm("textrank", "TextRank", "PageRank over word overlap (vectorised, as sumy)"),
    Algorithm("luhn", "Luhn", "clusters of significant words (as sumy, faster)"),
    Algorithm("edmundson", "Edmundson", "cue, key, title and location words (sumy)",
              "sumy_backed:edmundson_scores"),
    Algorithm("kl", "KL-Sum", "closest word distribution to the article (vectorised, as sumy)"),
    Algorithm("sumbasic", "SumBasic", "word probabilities, lowered once used (vectorised)"),
    Algorithm("reduction", "Reduction", "summed word overlap (vectorised, as sumy)"),
)}
DEFAULT_ALGORITHM = "precis"
