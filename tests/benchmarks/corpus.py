"""The shared corpus for benchmarks: `<repo>/../shared/corpus`, BBC splits and readers."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
BBC = CORPUS / "bbc-news-summary"
WIKINEWS = CORPUS / "gum-wikinews"


def bbc_articles(split: str) -> list[Path]:
    """BBC article files of `split`: "dev" (number not divisible by 5) or "test"."""
    return [p for p in sorted(BBC.glob("articles/*/*.txt"))
            if (int(p.stem) % 5 == 0) == (split == "test")]


def read_text(path: Path) -> str:
    """UTF-8, else cp1252 (one BBC file is Latin-1)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")
