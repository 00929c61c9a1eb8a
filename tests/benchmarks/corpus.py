"""The shared corpus for benchmarks: `<repo>/../shared/corpus`, BBC splits and readers."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from desktop.engine.article import Article
from desktop.engine.readers import read_bytes

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
BBC = CORPUS / "bbc-news-summary"
WIKINEWS = CORPUS / "gum-wikinews"
CNNDM = CORPUS / "cnndm-dev"


def bbc_articles(split: str) -> list[Path]:
    """BBC article files of `split`: "dev" (number not divisible by 5) or "test"."""
    return [p for p in sorted(BBC.glob("articles/*/*.txt"))
            if (int(p.stem) % 5 == 0) == (split == "test")]


def bbc_examples(split: str) -> Iterator[tuple[Path, Article, str, list[bool]]]:
    """Each BBC article of `split` as read (file, Article), its reference summary, and which of
    its sentences the reference holds verbatim."""
    for path in bbc_articles(split):
        reference = read_text(BBC / "summaries" / path.parent.name / path.name)
        article = read_bytes(read_text(path).encode("utf-8"), name=path.name)
        yield path, article, reference, [s.text in reference for s in article.sentences]


def bbc_part(path: Path) -> str:
    """"tune" or "held": a third of BBC dev (by a hash of "category/NNN") is held out from
    training (`train_precis.py`)."""
    return cnndm_part(f"{path.parent.name}/{path.stem}")


def read_text(path: Path) -> str:
    """UTF-8, else cp1252 (one BBC file is Latin-1)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def cnndm_part(name: str) -> str:
    """"tune" or "held": cnndm-dev is all dev, so a third (by a hash of the name) is held out
    (the same rule splits BBC dev by "category/NNN": `bbc_part`)."""
    return "held" if int(hashlib.sha256(name.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def cnndm_articles() -> list[tuple[Path, list[str]]]:
    """(article file, highlight sentences) of each cnndm-dev article."""
    out = []
    for path in sorted(CNNDM.glob("docs/*.txt")):
        lines = (CNNDM / "refs" / path.name).read_text(encoding="utf-8").splitlines()
        out.append((path, [line.strip() for line in lines if line.strip()]))
    return out
