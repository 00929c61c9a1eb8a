"""A writer's aside set off by commas right after a speech verb ('said, however, that …')."""

from __future__ import annotations

from desktop.engine.speakers.lexicon import word_set
from desktop.engine.speakers.noun_phrases import Token

ASIDE_REACH = 6  # longest aside between the commas, in tokens ('in an interview on Monday')


def comma_aside_end(toks: list[Token], c: int) -> int:
    """Where the content may open after 'said, however, …', 'added, in an interview, …':
    a conjunct adverb (or an -ly one) alone, or an adverbial opened by a preposition, between
    two commas at `c`; `c` itself when no such aside stands there ('said, "We …"' no)."""
    if c + 2 >= len(toks) or toks[c].text != ",":
        return c
    close = next((k for k in range(c + 2, min(len(toks), c + 2 + ASIDE_REACH))
                  if not toks[k].text[:1].isalnum()), None)
    if close is None or toks[close].text != ",":
        return c
    first = toks[c + 1].text.lower()
    if close == c + 2 and (first in word_set("aside_adverbs.txt") or first.endswith("ly")):
        return close + 1
    if close > c + 2 and first in word_set("content_openers.txt") - {"last", "this"}:
        return close + 1
    return c
