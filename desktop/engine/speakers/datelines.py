"""A wire story's dateline ('HALIFAX —', 'OTTAWA (CP) --') is where it was filed, not speech."""

from __future__ import annotations

import re

from desktop.engine.article import Article
from desktop.engine.speakers.noun_phrases import Token

# a place in capitals, a province or state after a comma, an agency in brackets, then a dash
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"(?: \([A-Za-z ]+\))?(?: ?[—–] ?| -- | - )")
LEAD_PARAGRAPHS = 2  # a dateline opens the first paragraph, or the one after a standfirst


def past_dateline(article: Article, start: int) -> int:
    """Where reported content opening a lead paragraph starts once its dateline is left out."""
    for paragraph in article.paragraphs[:LEAD_PARAGRAPHS]:
        if paragraph.start == start:
            match = _DATELINE.match(article.text, start)
            return match.end() if match else start
    return start


_DATELINE_TOKENS = 8  # 'PORT ALDER, N.S. (CP) --' and a little more


def dateline_tokens(toks: list[Token]) -> int:
    """How many tokens a dateline opening the sentence takes ('SALT LAKE CITY —', 'TAMPA, Fla.
    —'): 0 when there is none. A dateline is never the subject of the sentence it opens."""
    text, ends = "", []
    for tok in toks[:_DATELINE_TOKENS]:
        text += " " * (tok.start - toks[0].start - len(text)) + tok.text
        ends.append(len(text))
    match = _DATELINE.match(text + " ")
    if match is None or match.end() >= len(text):
        return 0
    return sum(1 for end in ends if end <= match.end())
