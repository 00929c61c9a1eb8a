"""Dates and times in a speaker's phrase or a role: 'In March Ana Ruiz' (March a date, Ana Ruiz
the name), 'said on Tuesday', 'Ruiz, 19,' (an age, no date)."""

from __future__ import annotations

import re
from functools import cache

from desktop.engine.speakers.lexicon import flagged, number_word, time_word

_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year a news story writes ('2008')
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")  # a day of a month ('15', '3rd')


def dated(before: str, word: str) -> bool:
    """Whether `word` is a date rather than a name: a day or month word ('Monday Ruiz'), or a
    month that is also a name after a word of time ('In March Ana Ruiz', 'late August'), or
    'Yesterday', 'Today' opening a sentence ('Yesterday Ruiz said')."""
    return bool(time_word().match(word) or time_word().match(word.lower())) or (
        word in flagged("date_words.txt", "month")
        and before.lower() in flagged("date_words.txt", "before"))


def date_phrase(words: list[str]) -> bool:
    """Whether `words` are a date or a time and nothing more ('on Tuesday', 'March 3', 'last
    week', '2019', 'two weeks ago'), never a role; not 'the 2019 champion', 'a Monday columnist'
    (a day number or 'May' alone tells no date: 'Ruiz, 19,' is an age)."""
    told = False
    for before, word in zip(["", *words], words, strict=False):
        lower = word.lower()
        if dated(before, word) or _YEAR.fullmatch(word) or lower in flagged(
                "date_words.txt", "period") or word in flagged("date_words.txt", "month") and (
                len(words) > 1):
            told = True
        elif not (lower in _date_openers()
                  or _DAY.fullmatch(word) or number_word().match(word.capitalize())):
            return False
    return told


@cache
def _date_openers() -> frozenset[str]:
    """Words a date may open with or hold beside its day ('on', 'early'): date_words.txt."""
    return flagged("date_words.txt", "before") | flagged("date_words.txt", "with")
