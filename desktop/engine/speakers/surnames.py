"""A surname alone that the article writes in full with more before it: a given name joined to
another's full name ('Erik' of 'Erik and Nils Karlsson') or a particle ('Grandpré' of 'Luc de
Grandpré'); a given name alone that is the one full name it opens ('Rachel' of 'Rachel
Doucet')."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import islice

from desktop.engine.speakers.lexicon import (
    given_name,
    given_name_gender,
    inner_words,
    titles,
    word_set,
)
from desktop.engine.speakers.scan import finditer_from
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


def given_once(name: str, opened: list[str], text: str) -> str:
    """A given name alone ('Rachel') -> the one full name it opens, named once ('Rachel Doucet
    still smells smoke …'), as a feature calls its people after the first mention; the name
    itself when it is no given name, opens two full names ('Rachel Lee', 'Rachel Doucet') or
    opens a name with a particle ('Bill de Blasio': not 'Bill Bratton'). So too a family name
    written first ('Xu' of 'Xu Wei', family_first_names.txt). A word no list knows is a given
    name before 'and' and a given name with a surname when the article calls that person by it
    alone too ('Colm' of 'Colm and Aidan O'Driscoll'; not 'Green' of 'Green and Anna Schneider
    said' alone); `opened`: the full names that open with `name`."""
    known = given_name_gender(name) is not None or name in word_set("family_first_names.txt")
    if not opened and (known or not name.isupper() and _written_twice(name, text)):
        return shared_surname(name, text)
    if not known:
        return name
    if len(opened) != 1 or _particle_after(text, name):
        return name
    return opened[0]


def _written_twice(name: str, text: str) -> bool:
    """Whether `text` writes `name` as a whole word twice or more: one count of every word per
    text; a name with a hyphen or an apostrophe ('Wal-Mart', "Parker's") is tried as a whole
    word only where the text writes it (a search for `\\b` and the name walks the text at a
    regex's pace: 12 ms a name on a megabyte, where `str.find` takes well under one)."""
    if _ONE_WORD.fullmatch(name):
        return _word_counts(text)[name] > 1
    whole = re.compile(rf"\b{re.escape(name)}\b")
    return next(islice(finditer_from(whole, text, [name]), 1, None), None) is not None


_ONE_WORD = re.compile(r"\w+")


@lru_cache(maxsize=2)
def _word_counts(text: str) -> Counter[str]:
    return Counter(_ONE_WORD.findall(text))


def _particle_after(text: str, name: str) -> bool:
    """Whether `text` writes `name` before a particle and a capital ('Bill de Blasio'): the
    pattern tried only where the name is written (`match` at a place sees the character before
    it, so `\\b` is unchanged), not a search of the whole text per given name."""
    pattern = _particle_pattern(name)
    return any(pattern.match(text, at) for at in written_at(text, name))


@lru_cache(maxsize=64)
def _particle_pattern(name: str) -> re.Pattern[str]:
    particles = "|".join(sorted(inner_words() - word_set("function_words.txt")))
    return re.compile(rf"\b{re.escape(name)}[ \t]+(?:{particles})[ \t]+[A-Z]")


def given_before(name: str, tails: dict[str, set[str]]) -> str:
    """'Bear Robe' -> 'Elsie Bear Robe': a surname of two or more words said alone is the one
    full name that writes a given name before it (`tails`: the article's name runs by all but
    their first word, as `full_names_by_tail` gives them); else the name itself ('Bear Robe'
    when no given name is written before it, or two are)."""
    words = name.split()
    if len(words) < 2 or given_name(words[0]):
        return name
    full = tails.get(name, set())
    return next(iter(full)) if len(full) == 1 else name


def full_names_by_tail(runs: Iterable[str]) -> dict[str, set[str]]:
    """The name runs of two or more words after a given name, by those words ('Bear Robe' ->
    {'Elsie Bear Robe'}): read once per article, not once per name."""
    tails: dict[str, set[str]] = {}
    for run in runs:
        words = run.split()
        if len(words) > 2 and given_name(words[0]):
            tails.setdefault(" ".join(words[1:]), set()).add(run)
    return tails
