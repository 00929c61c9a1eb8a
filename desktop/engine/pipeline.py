"""One call from a path to everything shown: read, summarise, find speakers."""

from __future__ import annotations

import time
from pathlib import Path

from desktop.engine.export import Digest
from desktop.engine.readers import read_path
from desktop.engine.speakers import find_speakers
from desktop.engine.summarize import DEFAULT_ALGORITHM, summarize


def digest_path(
    path: str | Path,
    count: int | None = None,
    ratio: float | None = None,
    algorithm: str = DEFAULT_ALGORITHM,
    timings_ms: dict[str, float] | None = None,
    repair: bool = True,
) -> Digest:
    """Read `path` and compute its summary and speakers; fills `timings_ms` if given.

    `repair=False` shows the text exactly as read, without splitting run-together words.
    """
    timings = timings_ms if timings_ms is not None else {}
    t0 = time.perf_counter()
    article = read_path(path, repair=repair)
    t1 = time.perf_counter()
    summary = summarize(article, count=count, ratio=ratio, algorithm=algorithm)
    t2 = time.perf_counter()
    speakers = find_speakers(article)
    t3 = time.perf_counter()
    timings.update(read=(t1 - t0) * 1000, summary=(t2 - t1) * 1000, speakers=(t3 - t2) * 1000)
    return Digest(article, summary, speakers)
