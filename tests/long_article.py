"""A synthetic news text of about a megabyte, with quotes and speakers (tests and benchmarks)."""

from __future__ import annotations

import random
from pathlib import Path

WORDS = ("council minister river market school budget report police court storm energy "
         "farmers teachers museum hospital railway election harbour festival bridge").split()


def write_long_article(path: Path, size: int = 1_050_000) -> Path:
    """Write a news-like text of about `size` bytes to `path` and return the path."""
    rng = random.Random(7)
    paragraphs, total, n = [], 0, 0
    while total < size:
        a, b, c = rng.sample(WORDS, 3)
        name = f"{rng.choice(['Anna', 'Marek', 'Lena', 'Tomas'])} {rng.choice(['Berg', 'Novak'])}"
        paragraph = (f"The {a} said on Monday that the {b} would open the {c} next year. "
                     f"\"We will finish the {b} on time,\" {name} said. "
                     f"Officials expect {n % 97 + 3} new {c} projects in the region.")
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
        n += 1
    path.write_text("Regional news digest\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    return path
