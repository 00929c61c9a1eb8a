"""One call from a path or bytes to everything shown: read, split, summarise, find speakers."""

from __future__ import annotations

import time
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.article import Article
from desktop.engine.readers import read_bytes, read_path
from desktop.engine.speakers import Speaker, find_speakers
from desktop.engine.summary import Summary, summarize
from desktop.engine.worker import Worker, worth_forking


@dataclass(frozen=True)
class Digest:
    """Everything Précis shows about one article: the article, its summary and its speakers."""

    article: Article
    summary: Summary
    speakers: tuple[Speaker, ...]


def digest_path(path: str | Path, timings_ms: dict[str, float] | None = None,
                **options) -> Digest:
    """Read `path` and compute its summary and speakers; fills `timings_ms` if given.

    Timings are read (decoding and parsing, segmentation excluded), split (sentence
    segmentation), summary and speakers, in milliseconds. `options` are `repair` (False shows
    the text exactly as read, without splitting run-together words), `chapter` (an e-book's
    0-based chapter to read alone; None reads the whole book) and those of
    `desktop.engine.summary.summarize` (count, ratio, algorithm, length, order).
    """
    started = time.perf_counter()
    article = read_path(path, repair=options.pop("repair", True),
                        chapter=options.pop("chapter", None))
    return _digest(article, started, timings_ms, options)


def digest_bytes(data: bytes, name: str = "article", timings_ms: dict[str, float] | None = None,
                 **options) -> Digest:
    """Like `digest_path` for the bytes of a file called `name` (e.g. standard input)."""
    started = time.perf_counter()
    article = read_bytes(data, name=name, repair=options.pop("repair", True),
                         chapter=options.pop("chapter", None))
    return _digest(article, started, timings_ms, options)


def _digest(article: Article, started: float, timings_ms: dict[str, float] | None,
            options: dict) -> Digest:
    t1 = time.perf_counter()
    # A long article's speakers are found in a child process while this one summarises.
    with Worker(_timed_speakers, article) if worth_forking(len(article.text)) else (
            nullcontext(None)) as worker:
        summary = summarize(article, **options)
        t2 = time.perf_counter()
        speakers, speakers_ms = worker.result() if worker else _timed_speakers(article)
    if timings_ms is not None:
        read_ms = (t1 - started) * 1000 - article.split_ms
        timings_ms.update(read=read_ms, split=article.split_ms, summary=(t2 - t1) * 1000,
                          speakers=speakers_ms)
    return Digest(article, summary, speakers)


def _timed_speakers(article: Article) -> tuple[tuple[Speaker, ...], float]:
    """The speakers of `article` and the milliseconds finding them took."""
    started = time.perf_counter()
    speakers = find_speakers(article)
    return speakers, (time.perf_counter() - started) * 1000
