"""Headless commands: `precis-summarize FILE...` prints summaries and speakers. Imports no Qt."""

from __future__ import annotations

import argparse
import re
import sys

from desktop.engine.summary.algorithms import ALGORITHMS, ARTICLE_ORDER, DEFAULT_ALGORITHM, ORDERS

# C0 and C1 control characters but tab and newline: an article or a file name could otherwise
# move the cursor, recolour or retitle the terminal (JSON output escapes them itself).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` without control characters (terminal escape sequences lose their ESC)."""
    return _CONTROL.sub("", text)


def escaped_json(text: str) -> str:
    """JSON text with raw C1 controls (which json.dumps leaves in) written as \\u escapes."""
    return re.sub("[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)


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
    parser.add_argument("--chapter", "-c", type=int, metavar="N",
                        help="read only chapter N of an e-book (1 is the first); a whole "
                        "book's output lists its chapters")
    parser.add_argument("--format", "-f", default="text", choices=["text", "markdown", "json"])
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files; - reads stdin")
    return parser


def _digest(name: str, args: argparse.Namespace, timings: dict[str, float]):
    from desktop.engine.pipeline import digest_bytes, digest_path
    from desktop.engine.summary.length import WORDS, Length

    length = Length(WORDS, args.words) if args.words is not None else None
    options = dict(count=args.sentences, ratio=args.ratio, algorithm=args.algorithm,
                   timings_ms=timings, length=length, order=args.order,
                   repair=not args.no_repair,
                   chapter=None if args.chapter is None else args.chapter - 1)
    if name == "-":
        from desktop.engine.readers.source import read_stream

        return digest_bytes(read_stream(sys.stdin.buffer), name="standard input", **options)
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
    if args.chapter is not None and args.chapter < 1:
        print("precis-summarize: --chapter counts from 1", file=sys.stderr)
        return 2
    from desktop.engine.worker import forking

    with forking():  # no threads here: long articles may use a second process
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from desktop.engine.errors import ArticleError
    from desktop.engine.export import to_json, to_markdown, to_text
    from desktop.engine.summary import UnknownAlgorithm

    status = 0
    for index, name in enumerate(args.files):
        timings: dict[str, float] = {}
        try:
            digest = _digest(name, args, timings)
        except (ArticleError, UnknownAlgorithm) as error:
            print(printable(f"precis-summarize: {error}"), file=sys.stderr)
            status = 1
            continue
        for note in (*digest.article.notes, digest.summary.note):
            if note:
                print(printable(f"precis-summarize: {note}"), file=sys.stderr)
        if args.format == "json":
            print(escaped_json(to_json(digest, timings)), flush=True)
        else:
            if index:
                print()
            text = to_markdown(digest) if args.format == "markdown" else to_text(digest)
            print(printable(text), end="")
    return status


if __name__ == "__main__":
    sys.exit(main())
