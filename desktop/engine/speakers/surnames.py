"""A surname alone that the article writes in full with more before it: a given name joined to
another's full name ('Erik' of 'Erik and Nils Karlsson') or a particle ('Grandpré' of 'Luc de
Grandpré')."""

from __future__ import annotations

import re
from functools import cache

from desktop.engine.speakers.lexicon import given_name, inner_words, titles, word_set
from desktop.engine.speakers.written import written_at

_SHARED = re.compile(r" and ([A-Z][\w'’-]+) ([A-Z][\w'’-]+)\b(?! [A-Z])")
_GIVEN_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")
PARTICLE_REACH = 40  # characters before a surname scanned for a given name and its particles


def shared_surname(name: str, text: str) -> str:
    """'Erik' of 'Erik and Nils Karlsson' -> 'Erik Karlsson': a given name before 'and' and a
    full name shares its surname; else the name itself."""
    for at in written_at(text, name):
        match = _SHARED.match(text, at + len(name))
        if match and given_name(match.group(1)) and not (at and text[at - 1].isalnum()):
            return f"{name} {match.group(2)}"
    return name


@cache
def name_particles() -> frozenset[str]:
    """'de', 'van', 'von', 'du', 'da', …: the lower-case words inside a person's name."""
    return frozenset(inner_words() - word_set("function_words.txt") - {"&"})


def particled(name: str, text: str) -> str:
    """'Grandpré', or 'De Grandpré' opening a sentence -> 'Luc de Grandpré': the one full name
    the article writes as a given name, particles and that surname; else the name itself."""
    words = name.split()
    if len(words) > 2 or len(words) == 2 and words[0].lower() not in name_particles():
        return name
    found = set()
    end = len(words[-1])
    for at in written_at(text, words[-1]):
        if text[at - 1 : at] != " " or text[at + end : at + end + 1].isalnum():
            continue  # inside a longer word
        before = text[max(0, at - PARTICLE_REACH) : at].split(" ")[:-1]
        k = len(before)
        while k and before[k - 1] in name_particles():
            k -= 1
        if 0 < k < len(before) and _given(before[k - 1]):
            found.add(" ".join([*before[k - 1 :], words[-1]]))
    return found.pop() if len(found) == 1 else name


def _given(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and word not in titles() and (
        word.lower() not in name_particles())
