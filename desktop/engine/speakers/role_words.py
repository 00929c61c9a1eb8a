"""Lower-case words that describe a person beside a name: 'cartoonist', 'retired', '19-year-old'."""

from __future__ import annotations

import re

from desktop.engine.speakers.lexicon import non_name_words, speaker_nouns, speech_verbs, time_word

# "the 24-year-old said": a person, by age (the group); a person's age has at most three
# figures ('the 1000-year-old oak' is no person)
AGE = re.compile(r"(\d{1,3})-(?:year|month)-old")
_FORMERLY = ("then", "ex")  # before a title or a party: 'then-CEO', 'ex-Liberal'


def role_like(word: str) -> bool:
    """A lower-case word that can describe a person ('cartoonist', 'then-candidate')."""
    if AGE.fullmatch(word):  # "19-year-old"
        return True
    if "-" in word.strip("-"):  # "then-candidate", "bow-tied", "year-old", "then-CEO"
        first, rest = word.split("-", 1)
        return word.replace("-", "").isalpha() and (word.islower() or first in _FORMERLY and (
            rest[:1].isupper()))
    return (word.isalpha() and word.islower() and word not in non_name_words()
            and not word.endswith(("ed", "ing", "ly")))


def adjective(word: str) -> bool:
    """'retired', 'embattled': a participle used as a role word before a name."""
    return word.isalpha() and word.islower() and word.endswith("ed") and len(word) > 4


def descriptor_word(word: str) -> bool:
    """A role word, or a number, hyphen or slash inside one ('19-year-old', '9/11 widow')."""
    return role_like(word) or word in ("-", "/") or word.isdigit()


PLACE_LEAD = 3  # capitalised words before the role words of an apposed name ('Thunder Bay ICU')


def name_lead(toks: list, k: int, reach: int = 2) -> int:
    """How many role words open an apposed name at token `k` ('81-year-old Ana Ruiz',
    'university student Mei Lin Zhou'): up to `reach`, and only when a name follows them; a
    place or a body's initials may stand before them ('Thunder Bay ICU nurse Priya Sethi')."""
    p = 0
    while p < PLACE_LEAD and k + p < len(toks) and toks[k + p].text.isalpha() and toks[
            k + p].text[:1].isupper():
        p += 1
    for start in (k + p, k) if p else (k,):
        n = 0
        while n < reach and start + n < len(toks) - 1 and role_like(toks[start + n].text):
            n += 1
        if n and toks[start + n].text[:1].isupper():
            return start + n - k
    return 0


def portfolio(word: str, head: str) -> bool:
    """'housing' before 'critic': a lower-case noun that tells what a role noun is for."""
    return word.isalpha() and word.islower() and head in speaker_nouns() and not (
        word in non_name_words() or time_word().match(word.capitalize()) or word in speech_verbs())
