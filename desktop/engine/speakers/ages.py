"""Whom an age descriptor stands for: 'says the 74-year-old' after 'Ana Ruiz, 74,'."""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from functools import lru_cache

from desktop.engine.article import Article
from desktop.engine.furniture import reach_start
from desktop.engine.speakers.antecedents import latest_first, placed
from desktop.engine.speakers.introductions import NAME
from desktop.engine.speakers.lexicon import word_set
from desktop.engine.speakers.role_words import AGE

# The age the article gives a name: 'Ana Ruiz, 74,', 'Ana Ruiz (74)', 'Ruiz, 74.'; the name is
# read back from the age (a pattern tried at each capital of a long text backtracks)
_AGE_GIVEN = re.compile(r",[ \t]+(\d{1,3})(?=[,.;])|[ \t]+\((\d{1,3})\)")
_NAME_BEFORE = re.compile(rf"(?<![\w’'-])({NAME}(?:[ \t]+{NAME}){{0,3}})$")
NAME_REACH = 80  # characters before an age in which its name is read


def of_age(article: Article, described: tuple[str, ...], at: int,
           people: tuple[list[tuple[int, str]], ...], reach: int) -> str | None:
    """Whom an age descriptor at `at` stands for ('the 74-year-old'): the person the article
    gave that age ('Ana Ruiz, 74,'), else the person named last within `reach` paragraphs
    before it (of `people`, sorted lists of (position, name)) but for a street, a place or a
    person of another age; None when nobody fits."""
    age, text = age_of(described), article.text
    if age and (person := aged(text, age, at)):
        return person
    near = reach_start(article, article.sentence_at(at).paragraph, reach)
    told = ages_told(text, at)
    named = heapq.merge(*(latest_first(names, bisect_left(names, (near, "")), bisect_left(
        names, (at, ""))) for names in people), reverse=True)
    return next((name for _, name in named if told.get(name, age) == age
                 and not street_or_place(text, name)), None)


def age_of(words: tuple[str, ...]) -> str | None:
    """The age in years a descriptor gives ('the 31-year-old mother of two' -> '31'), if any;
    none for months ('the 18-month-old')."""
    for word in words:
        match = AGE.fullmatch(word)
        if match:
            return match.group(1) if "-year-" in word else None
    return None


def has_age(words: tuple[str, ...]) -> bool:
    """Whether a descriptor gives an age ('the 74-year-old', 'the 31-year-old mother of two')."""
    return any(AGE.fullmatch(word) for word in words)


def aged(text: str, age: str, at: int) -> str | None:
    """The person named last before `at` whom `text` gives the age `age` ('Ana Ruiz, 74,')."""
    people = [name for start, name, years in _ages(text) if start < at and years == age]
    return people[-1] if people else None


def street_or_place(text: str, name: str) -> bool:
    """Whether `name` is a street's ('Elm Street') or a place's ('in Portavia'): nobody of an
    age."""
    return name.split()[-1].rstrip(".") in word_set("street_words.txt") or placed(text, name)


def ages_told(text: str, before: int) -> dict[str, str]:
    """Name -> the age `text` gives them before `before` (the last one given)."""
    return {name: years for start, name, years in _ages(text) if start < before}


@lru_cache(maxsize=4)
def _ages(text: str) -> tuple[tuple[int, str, str], ...]:
    """(position, name, age) for each name given an age in `text`, in order; read once for an
    article (a string keeps its hash, so a look-up costs nothing)."""
    out = []
    for match in _AGE_GIVEN.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, match.start() - NAME_REACH), match.start())
        if name:
            out.append((name.start(1), name.group(1), match.group(1) or match.group(2)))
    return tuple(out)
