"""Whom 'he' or 'she' may stand for: not a place, not a lone word that no name ends in, not
the person the pronoun's own report names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import pronouns, title_genders, titles, word_set


def may_stand_for(text: str, found: Found, name: str, surnames: set[str]) -> bool:
    """Whether the pronoun of `found` may stand for `name`: not a place ('in Portavia'), not a
    lone word that no full name in `surnames` ends in ('Portavia has denied …'), not the person
    its own report names ('He said Mr Bell …').

    Args:
        text: the article's text.
        found: the attribution whose speaker is 'he' or 'she'.
        name: the person the pronoun might stand for.
        surnames: last words of the article's full and titled names, and names of known sex.
    """
    if placed(text, name) or " " not in name and name not in surnames:
        return False
    sex = pronouns()[found.words[0].lower()]
    return found.direct or found.content_first or not names_in(
        text[found.start - 1 : found.end], name, sex)


# After a name: more of a longer name, or a possessive ('Bell Tower', "Bell's").
_NAME_GOES_ON = re.compile(r"[\w’'-]|\s+[A-Z]")
PLACE_REACH = 80  # characters before a name in which its place preposition is looked for


@lru_cache(maxsize=256)
def placed(text: str, name: str) -> bool:
    """Whether `text` puts `name` after a place preposition ('in Portavia', 'at the Harbour
    Zoo'): a place, which 'he' or 'she' does not stand for. Not when the name is only the first
    part of a longer name or a possessive ('at Bell Tower', 'in Bell's view').

    Each place the name is written is found as a plain string and the words just before it are
    read: one search of the text for a preposition before the name took seconds on a long
    article with many names."""
    preposition = _place_preposition()
    start = text.find(name)
    while start >= 0:
        if (_NAME_GOES_ON.match(text, start + len(name)) is None
                and preposition.search(text, max(0, start - PLACE_REACH), start)):
            return True
        start = text.find(name, start + 1)
    return False


@cache
def _place_preposition() -> re.Pattern:
    """A place preposition ('in', 'at the') ending where a name begins."""
    places = "|".join(word_set("place_prepositions.txt"))
    return re.compile(rf"\b(?:{places})\s+(?:the\s+)?$")


def names_in(text: str, name: str, kind: str) -> bool:
    """Whether `text` names the person `name` with their given name or a title of sex `kind`
    ('He said Mr Bell had …': 'he' is not Bell, for a name is not bound by a pronoun above
    it). A bare surname may be a modifier ('the Trump campaign'); another given name or a title
    of the other sex is someone else ('He said Mrs Clinton …')."""
    first, last = name.split()[0], name.split()[-1]
    for match in re.finditer(rf"(\S*)\s+{re.escape(last)}\b", text):
        before = match.group(1).rstrip(".")
        if before == first or before in titles() and title_genders().get(before, kind) == kind:
            return True
    return False


def last_fitting(text: str, found: Found, latest_first: Iterable[tuple[int, str]],
                 sexes: tuple[dict[str, str], set[str | None]], surnames: set[str]) -> str | None:
    """The first of `latest_first` (position, name) whose last word has one of the sexes wanted
    (`sexes`: last word -> sex known, sexes wanted) and whom the pronoun of `found` may stand
    for. Each name is tried once, and a sex no name has is not looked for ('she said' in every
    sentence of an article with no woman named would read every name before each of them)."""
    known, wanted = sexes
    if None not in wanted and wanted.isdisjoint(known.values()):
        return None
    tried = set()
    for _, name in latest_first:
        if name not in tried and known.get(name.split()[-1]) in wanted and may_stand_for(
                text, found, name, surnames):
            return name
        tried.add(name)
    return None


def latest_first(people: list[tuple[int, str]], lo: int, hi: int) -> Iterator[tuple[int, str]]:
    """`people[hi - 1]`, `people[hi - 2]`, … `people[lo]`: a stretch of a sorted list of
    (position, name) read back from its end, lazily and without a copy."""
    return map(people.__getitem__, range(hi - 1, lo - 1, -1))
