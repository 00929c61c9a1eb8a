"""Quotations the speakers panel leaves out, on unannotated dev text (run on demand).

    PYTHONPATH=. python tests/benchmarks/quotation_misses.py [--sample N] [--corpus NAME]

Scans BBC News Summary dev, cnndm-dev, the GUM Wikinews texts and the PolNeAR tuning part for
text of three words or more in quotation marks (straight or curly double quotes, '' pairs,
curly single quotes) and checks it against the quotes `find_speakers` lists. Per corpus and per
part (a third of each is held out by the same hashes as the other benchmarks; samples come from
the tuning parts only, the held-out PolNeAR part is never scanned) it prints the share of
scanned quotations shown, and counts of those missed, cut short (under 80% of the words shown),
shown as reported speech, and listed quotes running past the closing mark. Scare quotes and
titles are rightly left out, so 100% is not the goal: a missed quotation whose words of four
letters or more are all capitalised is counted as a title, and the share of the rest is
printed too; the sample says which misses read as speech.

Measured 2026-11-28 (round 8, session 4), shown / scanned, then of those not titles:
    bbc-dev       tune 99.5% of 5514, 99.7% of 5503 (missed 3, titles 11, cut 1, reported 15);
                  held 99.5%, 99.6%
    cnndm-dev     tune 100% of 64; held 63.9% of 61, 97.5% of 40 (21 of the 22 missed are titles)
    wikinews      tune 88.8% of 80, 95.9% of 74 (missed 1: a slogan on shirts; titles 6: books,
                  a headline, a website; cut 2: misprinted marks); held 96.9%, 98.4%
    polnear-tune  96.1% of 539, 99.4% of 521 (missed 1: the writer's credit line; titles 18:
                  programmes, songs, acts, headlines)
    The tune parts hold no quoted speech left unshown but misprints; what changed this round is
    how quotes read (a turn of a quoted transcript holding a curly quotation shown direct, a
    quotation after a lost full stop shown alone, marks kept paired, money in brackets whole).
Round 7, shown / scanned (tune part; held part):
    bbc-dev       99.4% of 5514 (missed 14, cut 1, reported 16); held 99.5% of 2241
    cnndm-dev     100% of 64; held 63.9% of 61 (22 missed: not inspected, held out)
    wikinews      88.8% of 80 (missed 7, cut 2: titles and two misprinted sources); held 96.9%
    polnear-tune  96.1% of 539 (missed 19: titles, programme names, a credit line)
Before this round's rules (same finder, engine of bd6f96e): bbc-dev 85.1% (missed 729: a
quotation of several paragraphs whose breaks were lost showed only its first paragraph); held
86.7%; cnndm-dev 98.4%, held 63.9%; wikinews 90.0%, held 96.9%; polnear-tune 94.6%.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from desktop.engine.readers import read_path
from desktop.engine.speakers import find_speakers
from tests.benchmarks.corpus import BBC, CNNDM, CORPUS, WIKINEWS, bbc_articles, bbc_part, cnndm_part
from tests.benchmarks.speakers_quality import part_of

POLNEAR = CORPUS / "polnear-dev" / "text"
# '' pairs and curly single quotes within one paragraph (a ’ followed by a letter is an
# apostrophe: "don’t"); double quotes, straight or curly, are paired by `_straight`.
SCAN = re.compile(r"''(?:(?!'')[^\n])+''|‘(?:[^’\n]|’(?=\w))+’(?!\w)")
WORD = re.compile(r"[^\W_]+")
MIN_WORDS = 3
SHOWN_SHARE = 0.8  # a quotation with at least this share of its words listed is shown
CONTEXT = 70
KINDS = ("missed", "title", "cut", "reported", "past")  # the verdicts other than shown


def corpora() -> dict[str, list[tuple[Path, str]]]:
    """(file, part) of each corpus: dev text only, split into 'tune' and 'held'."""
    wiki = sorted(WIKINEWS.glob("*.txt"))
    return {
        "bbc-dev": [(p, bbc_part(p)) for p in bbc_articles("dev")],
        "cnndm-dev": [(p, cnndm_part(p.stem)) for p in sorted(CNNDM.glob("docs/*.txt"))],
        "wikinews": [(p, _hashed_part(p.stem)) for p in wiki],
        "polnear-tune": [(p, "tune") for p in sorted(POLNEAR.glob("*.txt"))
                         if part_of(p.name) == "tune"],
    }


def _hashed_part(name: str) -> str:
    return "held" if hashlib.sha256(name.encode()).digest()[0] % 3 == 0 else "tune"


def scanned(text: str) -> Iterator[tuple[int, int]]:
    """Inner spans of three words or more between quotation marks, paragraph by paragraph."""
    spans = [(m.start() + (2 if m.group().startswith("''") else 1),
              m.end() - (2 if m.group().startswith("''") else 1)) for m in SCAN.finditer(text)]
    doubles = text.replace("“", '"').replace("”", '"')  # '"Oz has …,” said Gorski'
    for line in re.finditer(r"[^\n]+", doubles):
        spans += [(line.start() + a, line.start() + b) for a, b in _straight(line.group())]
    for start, end in sorted(spans):
        if len(WORD.findall(text[start:end])) >= MIN_WORDS:
            yield start, end


def _straight(line: str) -> Iterator[tuple[int, int]]:
    """Spans between double quotes of one line, read by the side each mark faces: a
    mark after a space and before a word opens, so one opening while a quotation is open ends
    it (the paragraph break between the two was lost: '"No regrets. "We did nothing wrong."');
    a quotation still open at the end of the line runs to it."""
    opened = -1
    for match in re.finditer('"', line):
        at = match.start()
        before, after = line[at - 1 : at] or " ", line[at + 1 : at + 2] or " "
        opening = (before.isspace() or before in "([{—–-:/") and not after.isspace()
        if opening:
            if opened >= 0:
                yield opened, at
            opened = at + 1
        elif opened >= 0:
            yield opened, at
            opened = -1
    if opened >= 0:
        yield opened, len(line)


def _words_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in WORD.finditer(text, start, end)]


def judge(text: str, quotes: list) -> list[tuple[str, int, int]]:
    """(verdict, start, end) for each scanned quotation: shown, reported, cut, missed or past."""
    out = []
    for start, end in scanned(text):
        words = _words_in(text, start, end)
        over = [q for q in quotes if q.start < end and q.end > start]
        listed = sum(1 for a, b in words if any(q.start <= a and b <= q.end for q in over))
        share = listed / len(words)
        if not over or share == 0:
            verdict = "title" if _titled(text[start:end]) else "missed"
        elif share < SHOWN_SHARE:
            verdict = "cut"
        elif any(q.start >= start - 1 and len(WORD.findall(text[end : q.end])) >= 2
                 and not _inside_other(text, end, q.end) for q in over):
            verdict = "past"  # a quote that opens with the quotation and runs on past it
        elif not any(q.direct for q in over):
            # reported speech holding a few quoted words ('said it would "cut costs" soon') is
            # a mixed quotation, rightly shown as reported
            quoted = len(words) >= 0.6 * max(len(WORD.findall(q.text)) for q in over)
            verdict = "reported" if quoted else "mixed"
        else:
            verdict = "shown"
        out.append((verdict, start, end))
    return out


def _titled(quoted: str) -> bool:
    """A name or a title, not speech: every word of four letters or more is capitalised
    ('Tides of the North Sea', 'The Harbour Radio 4 Countdown', 'Meet the Mayor')."""
    long = [w for w in WORD.findall(quoted) if len(w) >= 4]
    return bool(long) and all(w[0].isupper() for w in long)


def _inside_other(text: str, start: int, end: int) -> bool:
    """Whether the words after a closing mark are only marks, attribution and a next quotation
    ('…," he said. "…'): then a listed quote running on is the next piece, not a run-past."""
    tail = text[start:end]
    return any(m in tail for m in ('"', "“", "”", "''", "‘"))


def _quotes(path: Path) -> tuple[str, list]:
    article = read_path(path)
    return article.text, [q for s in find_speakers(article) for q in s.quotes]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="print N misses (tuning parts only) of each kind but 'shown'")
    parser.add_argument("--corpus", help="only this corpus")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir() or not BBC.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return 0
    samples: dict[str, list[str]] = {}
    for name, files in corpora().items():
        if args.corpus and name != args.corpus:
            continue
        counts = {"tune": Counter(), "held": Counter()}
        for path, part in files:
            text, quotes = _quotes(path)
            for verdict, start, end in judge(text, quotes):
                counts[part][verdict] += 1
                if part == "tune" and verdict in KINDS:
                    samples.setdefault(verdict, []).append(_context(name, path, text, start, end))
        for part, count in counts.items():
            total = sum(count.values())
            if total:
                kinds = ", ".join(f"{k} {count[k]}" for k in KINDS)
                shown = count["shown"] + count["mixed"]
                speech = total - count["title"]
                print(f"{name:13} {part}: shown {shown}/{total} ({shown / total:.1%}; "
                      f"{count['mixed']} in reported speech; {shown / speech:.1%} of the "
                      f"{speech} not titles); {kinds}")
    for verdict, lines in samples.items():
        print(f"\n## {verdict} ({len(lines)} in the tuning parts)")
        for line in lines[: args.sample]:
            print(line)
    return 0


def _context(corpus: str, path: Path, text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT) : start].replace("\n", " ¶ ")
    after = text[end : end + CONTEXT].replace("\n", " ¶ ")
    return f"- {corpus}/{path.stem}: …{before}[[{text[start:end]}]]{after}…"


if __name__ == "__main__":
    sys.exit(main())
