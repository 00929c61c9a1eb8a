"""Quotations that stand as a sentence of their own ('"We stopped skating."') or close one
after a colon ('Lind has a message for fans: "Be patient with us."'): what leads.py gives the
subject of a sentence beside it and recaps.py the person a sentence after it names."""

from __future__ import annotations

from dataclasses import replace

from desktop.engine.article import Article, Sentence
from desktop.engine.speakers.quotes import Quotations, title_case

LEAD_WORDS = 3  # fewer words between quotation marks are a term, not a quotation that stands
QUOTED_SHARE = 0.6  # a sentence of which this share is quoted is the quotation itself


def colon_quotation(article: Article, sentence: Sentence,
                    spans: Quotations) -> tuple[tuple[int, int] | None, Sentence | None]:
    """'Lind has a message for fans: "Be patient with us."': the quotation of a whole sentence
    after a colon, and the clause before the colon as a sentence of its own."""
    colon = sentence.text.find(":")
    after = spans.starting_in(sentence.start + colon, sentence.start + colon + 4)
    if colon < 0 or not after or after[0].end < sentence.end - 3:
        return None, None
    text = article.text[after[0].start : after[0].end]
    if not text[:1].isupper() or len(text.split()) < LEAD_WORDS or title_case(text):
        return None, None  # 'one thing on his mind: "the cup"': a term, not what was said
    head = replace(sentence, end=sentence.start + colon, text=sentence.text[:colon])
    return (after[0].start, sentence.end), head


def opening_quotation(article: Article, sentence: Sentence,
                      spans: Quotations) -> tuple[int, int] | None:
    """The quotation a sentence opens with and mostly is, as (start, end); None otherwise."""
    first = spans.starting_in(sentence.start, sentence.start + 3)
    if not first:
        return None
    inner = spans.overlapping(sentence.start, sentence.end)
    quoted = sum(min(s.end, sentence.end) - max(s.start, sentence.start) for s in inner)
    text = article.text[first[0].start : first[0].end]
    if quoted < QUOTED_SHARE * len(sentence.text.strip()) or len(text.split()) < LEAD_WORDS \
            or title_case(text):
        return None
    return sentence.start, sentence.end


def group_of(spans: Quotations, start: int) -> list:
    """The pieces of the quotation opening at `start`."""
    return spans.groups[spans.starting_in(start, start + 3)[0].group]
