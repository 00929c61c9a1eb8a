"""Sentences never worth a summary: bylines, date lines, social-media tails, the headline,
and the document's own headings."""

from __future__ import annotations

import re

_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\s*(?:follow|like|find)\b.{0,60}\b(?:on|at)\s+(?:twitter|facebook|instagram|x|"
        r"linkedin|threads|mastodon|bluesky|tiktok)\b",
        r"^\s*(?:sign up|subscribe|click here|read more|share this|email us)\b",
        r"^\s*by\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}\s*[.,]?\s*$",
        r"^\s*(?:posted|updated|published|last (?:modified|updated))\b.{0,40}\d",
        r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|"
        r"aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*\.?$",
        r"^\s*\d{4}-\d{2}-\d{2}\s*$",
        r"^\s*(?:copyright|©|\(c\))\s",
    )
]
_NON_WORD = re.compile(r"\W+")


def heading_sentences(article) -> set[int]:
    """Indices of sentences that are (inside) a heading the source marked as such."""
    headings = [(s.start, s.end) for s in article.styles if s.kind == "heading"]
    if not headings:
        return set()
    return {s.index for s in article.sentences
            if any(a <= s.start and s.end <= b for a, b in headings)}


def is_boilerplate(sentence: str, title: str = "") -> bool:
    """True for a byline, date line, "Follow him on Twitter…" tail, or a repeat of the headline."""
    if any(p.search(sentence) for p in _PATTERNS):
        return True
    if title:
        normal = _NON_WORD.sub(" ", sentence).strip().lower()
        return normal == _NON_WORD.sub(" ", title).strip().lower()
    return False
