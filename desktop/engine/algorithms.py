"""The summarisers and orders on offer, as the window and the CLI list them (no heavy imports)."""

from __future__ import annotations

from dataclasses import dataclass

ARTICLE_ORDER, IMPORTANCE_ORDER = "article", "importance"
ORDERS: dict[str, str] = {ARTICLE_ORDER: "Article order", IMPORTANCE_ORDER: "By importance"}


@dataclass(frozen=True)
class Algorithm:
    """A summariser as the window lists it."""

    name: str
    label: str
    description: str


ALGORITHMS: dict[str, Algorithm] = {a.name: a for a in (
    Algorithm("precis", "Précis", "word-overlap centrality; opening, headline when short"),
    Algorithm("lexrank", "LexRank", "sentence graph centrality (vectorised, as sumy)"),
    Algorithm("lsa", "LSA", "latent semantic analysis (vectorised, as sumy)"),
    Algorithm("textrank", "TextRank", "PageRank over word overlap (vectorised, as sumy)"),
    Algorithm("luhn", "Luhn", "clusters of significant words (as sumy, faster)"),
    Algorithm("edmundson", "Edmundson", "cue, key, title and location words (sumy)"),
    Algorithm("kl", "KL-Sum", "closest word distribution to the article (vectorised, as sumy)"),
    Algorithm("sumbasic", "SumBasic", "word probabilities, lowered once used (vectorised)"),
    Algorithm("reduction", "Reduction", "summed word overlap (vectorised, as sumy)"),
)}
DEFAULT_ALGORITHM = "precis"
