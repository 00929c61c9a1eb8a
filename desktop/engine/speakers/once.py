"""Each quoted word listed once: which of the quotes found for the same words is shown."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import Protocol, TypeVar


class _Span(Protocol):
    start: int
    end: int
    direct: bool


class Listed(Protocol):
    """A quote with the speaker it is listed under; `own` when the attribution's content holds
    it (not a quotation of the sentence picked up beside it)."""

    quote: _Span
    name: str
    own: bool


L = TypeVar("L", bound=Listed)


def outermost(listed: list[L]) -> list[L]:
    """Each word shown once: a quote inside another quote of the same speaker is part of it
    ('"…," Ford said, adding that the province "will act."': 'will act.' is within the
    reported 'the province "will act."'), and so are the words quoted inside what someone is
    reported to say (theirs, not a speaker's named earlier in the sentence); reported speech
    inside another's ('Ruiz said Ford told her …') stays with its own speaker."""
    spans: dict[str, set[tuple[int, int]]] = {}
    for a in listed:
        spans.setdefault(a.name, set()).add((a.quote.start, a.quote.end))
    inner = {(name, *span) for name, held in spans.items() for span in _contained(held)}
    reported = sorted({(a.quote.start, a.quote.end) for a in listed if not a.quote.direct})
    starts = [start for start, _ in reported]
    reach = list(accumulate((end for _, end in reported), max))  # sorted: one look-up each
    return [a for a in listed if (a.name, a.quote.start, a.quote.end) not in inner and not (
        a.quote.direct and _inside(a.quote.start, a.quote.end, starts, reach, reported))]


def _contained(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans lying inside another of `spans`, in one pass over them sorted."""
    out, reach = [], -1
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if end <= reach:
            out.append((start, end))
        reach = max(reach, end)
    return out


def _inside(start: int, end: int, starts: list[int], reach: list[int],
            spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies inside one of the sorted `spans` (`reach`: running maxima of
    their ends) other than itself."""
    k = bisect_right(starts, start) - 1
    if k >= 0 and spans[k] == (start, end):
        k -= 1  # itself, the last of those starting where it does: the others before it
    return k >= 0 and reach[k] >= end


def claimed(listed: list[L]) -> list[L]:
    """'"…," Shore said, while Ruiz insisted: "…"': a quotation of the sentence that one
    attribution picked up beside its own is not its speaker's when another speaker's
    attribution holds it as its own content."""
    owners = {(a.quote.start, a.quote.end, a.name) for a in listed if a.own}
    spans = {(start, end) for start, end, _ in owners}
    return [a for a in listed if a.own or (a.quote.start, a.quote.end) not in spans
            or (a.quote.start, a.quote.end, a.name) in owners]


def told_once(listed: list[L], untold: str) -> list[L]:
    """A quote listed under a speaker is not listed again under `untold` (the unattributed
    quotes): '… Ruiz said: "…' + '… money," she added.' with a 'she' nobody can be told."""
    spans = {(a.quote.start, a.quote.end) for a in listed if a.name != untold}
    return [a for a in listed if a.name != untold or (a.quote.start, a.quote.end) not in spans]
