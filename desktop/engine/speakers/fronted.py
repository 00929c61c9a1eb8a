"""'For Blackbird, the debate feels distant. "…," she says': the person a sentence is framed
for ('For NAME,' opening it) is who 'she' says the quotation right after it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from desktop.engine.article import Article
from desktop.engine.speakers.antecedents import quotation_opening
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.introductions import NAME

# 'For Blackbird,', 'But for Corinne Blackbird,', 'For Blackbird, though,': group 1 the name
_FOR_NAME = re.compile(rf"(?:(?:But|And|Yet)[ \t]+for|For)[ \t]+({NAME}(?:[ \t]+{NAME}){{0,2}}),")


def framed_for(article: Article, found: Found, named: list[tuple[int, str]]) -> str | None:
    """The known person (`named`: sorted (position, name) of the people named) whose name ends
    the 'For NAME,' that opens the sentence right before the quotation of the pronoun `found`,
    when nobody else is named between (a 'For' of a place or a body names nobody known: none)."""
    text = article.text
    index = bisect_right(article.sentence_starts, quotation_opening(text, found)) - 1
    if index < 1:
        return None
    before = article.sentences[index - 1]
    match = _FOR_NAME.match(text, before.start, before.end)
    if not match:
        return None
    name = match.group(1)
    full = {n for _, n in named if n == name or n.endswith(" " + name)}
    person = full.pop() if len(full) == 1 else None
    if person is None:
        return None
    lo = bisect_left(named, (match.end(), ""))
    hi = bisect_left(named, (found.mention.start, ""))
    return person if all(person.endswith(n) for _, n in named[lo:hi]) else None
