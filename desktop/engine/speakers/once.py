"""Each quoted word listed once: which of the quotes found for the same words is shown."""

from __future__ import annotations

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
    return [a for a in listed if not any(_within(a, b) for b in listed)]


def _within(a: Listed, b: Listed) -> bool:
    """Whether quote `a` is part of quote `b`, as `outermost` says."""
    inside = b.quote.start <= a.quote.start and a.quote.end <= b.quote.end and (
        b.quote.start, b.quote.end) != (a.quote.start, a.quote.end)
    return inside and (a.name == b.name or a.quote.direct and not b.quote.direct)


def claimed(listed: list[L]) -> list[L]:
    """'"…," Shore said, while Ruiz insisted: "…"': a quotation of the sentence that one
    attribution picked up beside its own is not its speaker's when another speaker's
    attribution holds it as its own content."""
    owners = {(a.quote.start, a.quote.end, a.name) for a in listed if a.own}
    spans = {(start, end) for start, end, _ in owners}
    return [a for a in listed if a.own or (a.quote.start, a.quote.end) not in spans
            or (a.quote.start, a.quote.end, a.name) in owners]
