"""Whom 'he' or 'she' may stand for: not a place, a team or body always named with 'the' or a
person's employer, not a lone word that no name ends in (but a given name of the pronoun's sex:
'Marco said … he said'), not the person its own report names."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from desktop.engine.article import Article
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import (
    clause_openers,
    flagged,
    given_name_gender,
    non_name_words,
    person_nouns,
    place_abbreviation,
    pronouns,
    title_genders,
    titles,
    word_set,
)
from desktop.engine.speakers.quotes import Quotations
from desktop.engine.speakers.sexes import Sexes, subject_sexes
from desktop.engine.speakers.written import written_at


def may_stand_for(text: str, found: Found, name: str, surnames: set[str]) -> bool:
    """Whether the pronoun of `found` may stand for `name`: not a place ('in Portavia'), not a
    name always written after 'the' ('The Harbour Hawks') or before the noun it qualifies ('a
    New York delegate'), not a lone word that no full name in `surnames` ends in ('Portavia has
    denied …'), not the person its own report names ('He said Mr Bell …').

    Args:
        text: the article's text.
        found: the attribution whose speaker is 'he' or 'she'.
        name: the person the pronoun might stand for.
        surnames: last words of the article's full and titled names, and names of known sex.
    """
    sex = pronouns()[found.words[0].lower()]
    if placed(text, name) or grouped(text, name) or attributive(text, name) or (
            " " not in name and name not in surnames and given_name_gender(name) != sex):
        return False  # 'Marco said … he said': a given name alone takes the pronoun of its sex
    return found.direct or found.content_first or not names_in(
        text[found.start - 1 : found.end], name, sex)


# After a name: more of a longer name, or a possessive ('Bell Tower', "Bell's").
_NAME_GOES_ON = re.compile(r"[\w’'-]|\s+[A-Z]")
PLACE_REACH = 80  # characters before a name in which its place preposition is looked for


@lru_cache(maxsize=256)
def _written(text: str, name: str) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, alone) for each place `text` writes `name`, found as a plain string; alone
    unless the name is only the first part of a longer name or a possessive ('Bell Tower',
    "Bell's"). One search of the text for a preposition before the name took seconds on a long
    article with many names; kept for the name, which `placed`, `grouped` and `affiliated` each
    read in turn (one look-up of the text, not three)."""
    return tuple((start, start + len(name), _NAME_GOES_ON.match(text, start + len(name)) is None)
                 for start in written_at(text, name))


@lru_cache(maxsize=256)
def placed(text: str, name: str) -> bool:
    """Whether `text` puts `name` after a place preposition ('in Portavia', 'at the Harbour
    Zoo'): a place, which 'he' or 'she' does not stand for. Not when the name is only the first
    part of a longer name or a possessive ('at Bell Tower', 'in Bell's view')."""
    preposition = _place_preposition()
    return any(alone and preposition.search(text, max(0, start - PLACE_REACH), start)
               for start, _, alone in _written(text, name))


_THE = re.compile(r"\b[Tt]he[ \t]+$")


@lru_cache(maxsize=256)
def grouped(text: str, name: str) -> bool:
    """Whether `text` writes `name` after 'the' each time it names it on its own: a team, a
    band or a body ('The Harbour Hawks lost', 'the Maple Leafs'), which 'he' or 'she' does
    not stand for; a person is named without it at least once ('the Bell family' beside 'Tom
    Bell said')."""
    starts = [start for start, _, alone in _written(text, name) if alone]
    return bool(starts) and all(_THE.search(text, max(0, at - 4), at) for at in starts)


_ARTICLE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+$")
_LOWER_WORD = re.compile(r"[ \t]+[a-z]")


@lru_cache(maxsize=256)
def attributive(text: str, name: str) -> bool:
    """Whether `text` writes `name` each time between an article and a lower-case word, as it
    writes a place or a body that qualifies a noun ('a New York delegate', 'an Iowa hog
    farmer', 'the Ohio senator'): no person, whom 'he' or 'she' could stand for ('Tom Bell
    said' names him once without)."""
    starts = [(at, end) for at, end, alone in _written(text, name) if alone]
    return bool(starts) and all(_ARTICLE.search(text, max(0, at - 5), at) and _LOWER_WORD.match(
        text, end) for at, end in starts)


# The two words before a name ('director of', 'analyst with the'): read from a few characters
# back, not with a pattern of every person noun tried at each of them (a tenth of a second per
# name on a megabyte of text).
_WORDS_BEFORE = re.compile(r"(\w+)\s+(\w+)\s+(?:the\s+)?$")
TIE_REACH = 40  # characters before a name in which those two words are read


@lru_cache(maxsize=256)
def affiliated(text: str, name: str) -> bool:
    """Whether `text` writes `name` as where a person works: after a person noun and 'of',
    'at', 'from' or 'with' ('a director of Quaylink Holdings', 'an analyst with Morgan
    Harbour') or before a person noun and a name ('Tessaro Systems chief Ana Ruiz'): a company
    or a body, which 'he' or 'she' does not stand for when nothing tells its sex. Not after a
    noun of kin ('the father of Jon Castro'), nor 'for' ('a lawyer for Tom Bell'), and not when
    the name goes on ('director of Bell Tower')."""
    nouns, ties, after = _affiliation()

    def after_tie(start: int) -> bool:  # 'director of (the) ' just before
        words = _WORDS_BEFORE.search(text, max(0, start - TIE_REACH), start)
        return bool(words) and words.group(2) in ties and words.group(1) in nouns

    return any(alone and after_tie(start) or after.match(text, end)
               for start, end, alone in _written(text, name))


@cache
def _affiliation() -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """The person nouns that tie a person to a body (not kin), the prepositions that tie them,
    and a person noun and a capital letter starting where a name ends."""
    nouns = person_nouns().keys() - flagged("person_nouns.txt", "kin")
    ties = word_set("affiliation_words.txt") | {"with"}
    alternatives = "|".join(sorted(nouns))
    return frozenset(nouns), ties, re.compile(rf"[ \t]+(?:{alternatives})[ \t]+[A-Z]")


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
                 sexes: tuple[Sexes, set[str | None]], surnames: set[str]) -> str | None:
    """The first of `latest_first` (position, name) who has one of the sexes wanted (`sexes`:
    what the article tells of sexes, sexes wanted) and whom the pronoun of `found` may stand
    for. Each name is tried once, and a sex no name has is not looked for ('she said' in every
    sentence of an article with no woman named would read every name before each of them)."""
    known, wanted = sexes
    if None not in wanted and wanted.isdisjoint(known.known()):
        return None
    tried = set()
    for _, name in latest_first:
        sex = known.of(name)
        if name not in tried and sex in wanted and may_stand_for(text, found, name, surnames) and (
                sex or not affiliated(text, name)):
            return name
        tried.add(name)
    return None


def latest_first(people: list[tuple[int, str]], lo: int, hi: int) -> Iterator[tuple[int, str]]:
    """`people[hi - 1]`, `people[hi - 2]`, … `people[lo]`: a stretch of a sorted list of
    (position, name) read back from its end, lazily and without a copy."""
    return map(people.__getitem__, range(hi - 1, lo - 1, -1))


# A sentence opened by one name word and a lower-case word: 'Ruiz laughed.', 'Ruiz, 74, smiled.'
# A name opening a sentence, its age and an apposition after it ('Doug, 67, a patient at the
# Moncton hospital,'), and the word after them
_LONE_SUBJECT = re.compile(r"([A-Z][\w’'-]*[a-z][\w’'-]*)(,[ \t]+\d+,(?:[ \t]+(?:an?|the)[ \t]+"
                           r"[^,.;:!?\"“”\n]{1,80},)?)?[ \t]+([a-z]+)")
_OPENING_MARKS = ('"', "“")
_OPENING_ADVERB = re.compile(r"([A-Z][a-z]+),?[ \t]+(?=[A-Z])")  # 'Later, ' before a name
_QUOTATION_REACH = 2000  # characters back in which a quotation's opening mark is looked for
_NO_QUOTATION = re.compile('["“”\n]')  # between a mark and a sentence inside its quotation
# What makes a word a place's: 'in' before it, or a place's abbreviation ('to St. Louis')
_IN_PLACE = re.compile(rf"(?:\bin|{place_abbreviation()})\s$")
# A capitalised word that opens no sentence or quotation: someone else named in between; not a
# word before a number ('Grade 2', 'Highway 16', 'Line 2'), which names no one
_NAMED_BETWEEN = re.compile(
    rf"(?<![.!?:\"“‘(\s])\s(?!{place_abbreviation()}\s)[A-Z][\w’'-]*[a-z](?![\w’'-]*\s\d)")


def lone_subject(article: Article, found: Found, sex: str, spans: Quotations) -> str | None:
    """The one name word that opens the sentence before the pronoun of `found` and its quotation
    as its subject ('Ruiz laughed. "…," she joked'), when nobody else is named in between but
    places ('Ruiz, 41, moved to St. Louis.'): a person named by surname alone, whom no full name
    gives away. A person: its sentence tells its sex ('Ruiz shrugged her shoulders'; not of
    `sex`: nobody), its age ('Ruiz, 74,'), or a verb only people do follows it ('laughed').
    Not a place, a team or a body ('in Portavia', 'the Harbour Hawks', 'a director of Tessaro';
    'Portavia has denied it'), not a function or title word."""
    index = bisect_right(article.sentence_starts, quotation_opening(article.text, found)) - 1
    if index < 1:
        return None
    before = article.sentences[index - 1]
    start = before.start
    opener = _OPENING_ADVERB.match(article.text, start, before.end)
    if opener and opener.group(1).lower() in word_set("between_words.txt"):
        start = opener.end()  # 'Later, Ruiz laughed.', 'Then Ruiz …'
    match = _LONE_SUBJECT.match(article.text, start, before.end)
    if not match:
        return None
    name, text = match.group(1), article.text
    if match.group(3) in pronouns() or match.group(3) in word_set("determiners.txt"):
        return None  # 'Initially she lived …', 'Career the …': no subject
    if match.group(3) in clause_openers():
        return None  # 'Asked whether …, he laughed': a participle opening a clause, no subject
    if name.lower() in non_name_words() or name in titles() or _quoted(text, before.start) or any(
            not _IN_PLACE.search(text, max(0, other.start() - PLACE_REACH), other.start() + 1)
            for other in _NAMED_BETWEEN.finditer(text, max(match.end(1), match.end(2)),
                                                 found.mention.start)):
        return None
    if placed(text, name) or grouped(text, name) or affiliated(text, name):
        return None
    told = subject_sexes(article, [(match.start(1), name)], spans).get(name)
    if told:  # 'Ruiz shrugged her shoulders.'
        return name if told == sex else None
    return name if match.group(2) or match.group(3) in word_set("person_verbs.txt") else None


def _quoted(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation of its paragraph (after an odd number of straight
    marks, or after a “ not yet closed): a quoted sentence's first word is nobody's name."""
    breaks, straight, opening, closing = _marks(text)
    start = _last(breaks, 0, at) + 1
    count = bisect_left(straight, at) - bisect_left(straight, start)
    return count % 2 == 1 or _last(opening, start, at) > _last(closing, start, at)


@lru_cache(maxsize=1)
def _marks(text: str) -> tuple[list[int], ...]:
    """Where `text` breaks lines and writes '"', '“' and '”', in order: a look-up per name, not
    a scan back to its paragraph's start (the whole text, in an article of one paragraph)."""
    return tuple([m.start() for m in re.finditer(mark, text)] for mark in ("\n", '"', "“", "”"))


def _last(positions: list[int], start: int, end: int) -> int:
    """The last of sorted `positions` in `[start, end)`, as `str.rfind` gives it (-1: none)."""
    k = bisect_left(positions, end) - 1
    return positions[k] if k >= 0 and positions[k] >= start else -1


def quotation_opening(text: str, found: Found) -> int:
    """Where the quotation or the report of `found` opens: a quotation found from its last
    sentence ('"Time will tell. We will see," she said') opens at the mark before, in its
    paragraph."""
    start = min(found.start, found.mention.start)
    if found.content_first and not set(text[start - 1 : start + 1]) & set(_OPENING_MARKS):
        mark = max(text.rfind(m, max(0, start - _QUOTATION_REACH), start) for m in _OPENING_MARKS)
        if mark >= 0 and not _NO_QUOTATION.search(text, mark + 1, start):
            return mark
    return start
