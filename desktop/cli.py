"""Headless commands: `precis-summarize FILE...` prints summaries and speakers. Imports no Qt."""

from __future__ import annotations

import argparse
import sys

from desktop.engine.summary.algorithms import ALGORITHMS, ARTICLE_ORDER, DEFAULT_ALGORITHM, ORDERS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="precis-summarize",
        description="Print the key sentences and quoted speakers of articles (offline).",
    )
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--sentences", "-n", type=int, metavar="N", help="number of key sentences")
    length.add_argument("--ratio", "-r", type=float, metavar="R",
                        help="share of the article's sentences, 0-1")
    length.add_argument("--words", "-w", type=int, metavar="N",
                        help="word budget: about N words")
    names = ", ".join(f"{a.name} ({a.label})" for a in ALGORITHMS.values())
    parser.add_argument("--algorithm", "-a", default=DEFAULT_ALGORITHM, choices=list(ALGORITHMS),
                        metavar="NAME", help=f"summariser: {names}; default {DEFAULT_ALGORITHM}")
    parser.add_argument("--order", "-o", default=ARTICLE_ORDER, choices=list(ORDERS),
                        help="key sentences in article order (default) or by importance")
    parser.add_argument("--no-repair", action="store_true",
                        help="keep run-together words (e.g. 'awife') as read")
    parser.add_argument("--format", "-f", default="text", choices=["text", "markdown", "json"])
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files; - reads stdin")
    return parser


def _digest(name: str, args: argparse.Namespace, timings: dict[str, float]):
    from desktop.engine.pipeline import digest_bytes, digest_path
    from desktop.engine.summary.length import WORDS, Length

    length = Length(WORDS, args.words) if args.words is not None else None
    options = dict(count=args.sentences, ratio=args.ratio, algorithm=args.algorithm,
                   timings_ms=timings, length=length, order=args.order,
                   repair=not args.no_repair)
    if name == "-":
        return digest_bytes(sys.stdin.buffer.read(), name="standard input", **options)
    return digest_path(name, **options)


def main(argv: list[str] | None = None) -> int:
    """Run `precis-summarize`; returns 0, or 1 when any file could not be read."""
    args = build_parser().parse_args(argv)
    if args.ratio is not None and not 0 < args.ratio <= 1:
        print("precis-summarize: --ratio must be between 0 and 1", file=sys.stderr)
        return 2
    if (args.words is not None and args.words < 1) or (args.sentences or 0) < 0:
        print("precis-summarize: lengths must be positive", file=sys.stderr)
        return 2
    from desktop.engine.errors import ArticleError
    from desktop.engine.export import to_json, to_markdown, to_text
    from desktop.engine.summary import UnknownAlgorithm

    status = 0
    for index, name in enumerate(args.files):
        timings: dict[str, float] = {}
        try:
            digest = _digest(name, args, timings)
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
