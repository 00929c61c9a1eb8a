"""Where the shared evaluation corpus lives (`<repo>/../shared/corpus`), and BBC dev samples."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
BBC = CORPUS / "bbc-news-summary"


def bbc_dev_articles(step: int = 97, limit: int = 6) -> list[Path]:
    """A spread of BBC dev articles (number not divisible by 5); empty if the corpus is absent."""
    found = sorted(p for p in BBC.glob("articles/*/*.txt") if int(p.stem) % 5)
    return found[::step][:limit]
