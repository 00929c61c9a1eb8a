"""Where an attribution's quotation starts and stops: after the sentence before it, through a
quotation its content opens, or at the closing mark of one its cue opens."""

from __future__ import annotations

import re

from desktop.engine.speakers.found import Found
from desktop.engine.speakers.quotes import Quotations, opens_after_sentence

_MARKS = " \"“”„«»‘’'`"
_CLOSES = re.compile(r"[,.!?…]*[\"”»’'`]")
_GOES_ON = re.compile(r"[^\w]*(?:and|but|or)\s+that\b")  # '…," and that …': reported speech goes on
# content that opens as a relative clause ('that has become …', 'which drew …') and presents
# the quotation after its colon
_RELATIVE_COLON = re.compile(r"\s*(?:that|which)\s[^\"“”:;]*:\s*$", re.IGNORECASE)


def opened_by_cue(body: str, f: Found, inner: list) -> bool:
    """'Ruiz said, "We will fix it," as she left': a quotation the comma or colon after the cue
    opens is what was said, and the words after its closing mark are the writer's, unless they
    go on with reported speech ('…," and that the money was there')."""
    if f.content_first or body[f.start : inner[0].start].strip(_MARKS) or body[
            max(0, f.start - 4) : f.start].rstrip()[-1:] not in (",", ":"):
        return False
    # it closes as a quotation does, with no space before its mark ('"…," as', not '"…is "late"')
    closes = _CLOSES.match(body, inner[0].end)
    return bool(closes) and not _GOES_ON.match(body, inner[-1].end, f.end)


def quotation_alone(body: str, f: Found, inner: list) -> bool:
    """Whether what `f` reports is its quotation alone: one its cue opens, or one a relative
    clause and its colon present."""
    return opened_by_cue(body, f, inner) or presented_by_relative(body, f, inner)


def presented_by_relative(body: str, f: Found, inner: list) -> bool:
    """'answered with a chant that has become a fixture of his rallies: "Build that wall!"': the
    cue took a noun ('a chant'), and the content read after it is that noun's relative clause,
    the writer's words, ending in the colon that presents the quotation; what was said is the
    quotation alone. Reported content never opens so: its 'that' is a conjunction the content
    starts after ('said that the plan was simple: "…"' keeps 'the plan was simple')."""
    if f.content_first or not inner or not _RELATIVE_COLON.fullmatch(
            body, f.start, inner[0].start - 1):
        return False
    return not body[inner[-1].end : f.end].strip(_MARKS + ".!?")


def through_quotation(f: Found, inner: list) -> int:
    """Where reported content ends: not inside a quotation it opens ('said the welcome was "like
    nothing else. It is loud."'), where the words are still the speaker's, but after it."""
    last = inner[-1] if inner else None
    if last is None or f.content_first or not f.start < last.start < f.end < last.end:
        return f.end
    return last.end + 1


def from_last_sentence(body: str, f: Found, spans: Quotations) -> Found:
    """'… in the U.S. "We are proud," Ruiz said.': a sentence the splitter kept whole (after an
    abbreviation, or its full stop lost) is not part of the quotation that opens after it."""
    if not f.content_first:
        return f
    for span in spans.starting_in(f.start + 1, f.end):
        if opens_after_sentence(body, f.start, span, f.end):
            return f._replace(start=span.start - 1)
    return f
