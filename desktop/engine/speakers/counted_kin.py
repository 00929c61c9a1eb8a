"""'Grandmother-of-three Pat', 'Father-of-two Tom Bell': a relation and how many, written as one
hyphenated word before a name, is the person's role, never part of their name."""

from __future__ import annotations

import re

from desktop.engine.speakers.lexicon import word_set

_COUNTED = re.compile(r"[A-Za-z]+-of-([a-z]+)")


def counted_kin(word: str) -> bool:
    """Whether `word` is 'X-of-<number>' ('Mother-of-two', 'grandfather-of-eleven'; not
    'Man-of-war' nor 'Jack-of-all-trades')."""
    match = _COUNTED.fullmatch(word)
    return bool(match) and match.group(1).capitalize() in word_set("number_words.txt")
