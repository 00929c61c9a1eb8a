"""Headless commands: `precis-summarize FILE...` prints summaries and speakers. Imports no Qt."""

from __future__ import annotations

import argparse
import sys
import time

from desktop.engine.errors import ArticleError
from desktop.engine.export import Digest, to_json, to_markdown, to_text
from desktop.engine.pipeline import digest_path
from desktop.engine.readers import read_bytes
from desktop.engine.speakers import find_speakers
from desktop.engine.summarize import ALGORITHMS, DEFAULT_ALGORITHM, UnknownAlgorithm, summarize


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="precis-summarize",
        description="Print the key sentences and quoted speakers of articles (offline).",
    )
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--sentences", "-n", type=int, metavar="N", help="number of key sentences")
    length.add_argument("--ratio", "-r", type=float, metavar="R",
                        help="share of the article's sentences, 0-1")
    parser.add_argument("--algorithm", "-a", default=DEFAULT_ALGORITHM, choices=list(ALGORITHMS),
                        help=f"summariser (default {DEFAULT_ALGORITHM})")
    parser.add_argument("--no-repair", action="store_true",
                        help="keep run-together words (e.g. 'awife') as read")
    parser.add_argument("--format", "-f", default="text", choices=["text", "markdown", "json"])
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files; - reads stdin")
    return parser


def _digest_stdin(args: argparse.Namespace, timings: dict[str, float]) -> Digest:
    t0 = time.perf_counter()
    article = read_bytes(sys.stdin.buffer.read(), name="standard input",
                         repair=not args.no_repair)
    t1 = time.perf_counter()
    summary = summarize(article, count=args.sentences, ratio=args.ratio, algorithm=args.algorithm)
    t2 = time.perf_counter()
    speakers = find_speakers(article)
    timings.update(read=(t1 - t0) * 1000, summary=(t2 - t1) * 1000,
                   speakers=(time.perf_counter() - t2) * 1000)
    return Digest(article, summary, speakers)


def main(argv: list[str] | None = None) -> int:
    """Run `precis-summarize`; returns 0, or 1 when any file could not be read."""
    args = build_parser().parse_args(argv)
    if args.ratio is not None and not 0 < args.ratio <= 1:
        print("precis-summarize: --ratio must be between 0 and 1", file=sys.stderr)
        return 2
    status = 0
    for index, name in enumerate(args.files):
        timings: dict[str, float] = {}
        try:
            if name == "-":
                digest = _digest_stdin(args, timings)
            else:
                digest = digest_path(name, count=args.sentences, ratio=args.ratio,
                                     algorithm=args.algorithm, timings_ms=timings,
                                     repair=not args.no_repair)
        except (ArticleError, UnknownAlgorithm) as error:
            print(f"precis-summarize: {error}", file=sys.stderr)
            status = 1
            continue
        if args.format == "json":
            print(to_json(digest, timings), flush=True)
        else:
            if index:
                print()
            print(to_markdown(digest) if args.format == "markdown" else to_text(digest), end="")
    return status


if __name__ == "__main__":
    sys.exit(main())
