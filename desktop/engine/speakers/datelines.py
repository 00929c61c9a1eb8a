"""A wire story's dateline ('HALIFAX —', 'OTTAWA (CP) --') is where it was filed, not speech."""

from __future__ import annotations

import re

from desktop.engine.article import Article

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
