"""Names of persons in the text: runs of name words, and each alias to its fullest name."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from desktop.engine.article import Article
from desktop.engine.speakers.counted_kin import counted_kin
from desktop.engine.speakers.dates import dated
from desktop.engine.speakers.introductions import NAME
from desktop.engine.speakers.lexicon import (
    ambiguous_name,
    given_name,
    given_name_genders,
    organisation_words,
    place_abbreviation,
    speaker_nouns,
    titles,
    word_set,
    word_sets,
)
from desktop.engine.speakers.noun_phrases import SUFFIXES, is_name_word
from desktop.engine.speakers.parties import party_before
from desktop.engine.speakers.surnames import (
    full_names_by_tail,
    given_before,
    given_once,
    particled,
)

# Names run within a line: a paragraph break never joins two names ("… Linda Lamb" / "Sinclair").
_AGENT = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman")  # agent nouns: 'Trooper'
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
# ('Julie A. Diaz', 'Martin St. Louis': an initial or a place's abbreviation inside)
NAME_RUN = re.compile(rf"(?<![\w.])((?:{place_abbreviation()}[ \t]+)?{NAME}"
                      rf"(?:[ \t]+(?:(?:[A-Z]\.|{place_abbreviation()})[ \t]+)?{NAME}){{1,4}})")


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern[str]:
    """'President Xi Jinping', 'Mr. Smith': titles (group 1), then one or two names (group 2)."""
    words = "|".join(sorted((re.escape(t) for t in titles()), key=len, reverse=True))
    return re.compile(
        rf"\b((?:(?:{words})\.?[ \t]+)*(?:{words}))\.?[ \t]+({NAME}(?:[ \t]+{NAME})?)")


@lru_cache(maxsize=1)
def name_runs_in(text: str) -> tuple[re.Match[str], ...]:
    """`NAME_RUN`'s matches in `text`, found once for the resolver and the aliases (the cache
    holds the last article; a string keeps its hash, so a look-up costs nothing)."""
    return tuple(NAME_RUN.finditer(text))


@lru_cache(maxsize=1)
def name_run_starts(text: str) -> tuple[int, ...]:
    """Where each of `name_runs_in(text)` starts, in order: for a bisect to those in a span."""
    return tuple(m.start(1) for m in name_runs_in(text))


@lru_cache(maxsize=1)
def lower_words(text: str) -> frozenset[str]:
    """The words `text` writes in lower case (found once per article, as `name_runs_in`)."""
    return frozenset(re.findall(r"\b[a-z][\w’'-]*", text))


def person_like(name: str) -> bool:
    """Not an organisation ('Tax Foundation'), not a possessive ('Donald Trump’s') and not a
    street or place ('Harbour Street', 'Queens Quay'; 'Tom Harbour' is a person)."""
    return not name.endswith(("’s", "'s")) and organisation_words().isdisjoint(
        name.split()) and not street_named(name)


def street_named(name: str) -> bool:
    """Whether `name` of two or more words ends in a street's or place's word and opens with no
    given name ('Harbour Street', 'Elm St.', 'Union Station'; not 'Della Street', nor
    'Ji-won Road')."""
    words = name.split()
    return len(words) > 1 and words[-1].rstrip(".") in (
        word_sets("street_words.txt", "place_words.txt")) and not (
        given_name(words[0]) or "-" in words[0])


@lru_cache(maxsize=8192)
def after_titles(run: str) -> str:
    """'Kazakh President Kassym-Jomart Tokayev' -> 'Kassym-Jomart Tokayev' ('' if one word);
    a common word inside a name stays ('Roberta Many Guns')."""
    words = run.split()
    cut = max((i + 1 for i in range(len(words)) if _not_in_name(words, i)),
              default=0)  # "Actor Bruce Willis", "The Clinton", "Harbourland's Tom Bell",
    # "Ecuadorian Volkov" (where the person is from; "Dawn French" keeps her surname)
    cut += given_name_start(words[cut:])
    return " ".join(words[cut:]) if len(words) - cut >= 2 else ""


def _not_in_name(words: list[str], i: int) -> bool:
    """Whether the run's word `i` and those before it are no part of the person's name: a
    title, a word no name has, a speaker noun ('Many' of 'Many said', not of 'Roberta Many
    Guns'), a possessive, a nationality or a party before the name."""
    w = words[i]
    inside = bool(i) and ambiguous_name(words[i - 1], w, "".join(words[i + 1 : i + 2]))
    return w in titles() or counted_kin(w) or not (is_name_word(w) or inside) or (
        w.lower() in speaker_nouns() and not inside) or w.endswith(("'s", "’s")) or (
        i + 1 < len(words) and (w in word_set("nationality_words.txt") or party_before(
            words[i:])))


def given_name_start(words: list[str]) -> int:
    """Where a person's name starts in a run of capitalised words: at a given name after role
    words, two or more or an agent noun ('Liberal Democrat Ana Ruiz', 'Trooper Tom Bell' -> 2,
    1), and before the surname; 0 when the run opens with a given name ('Mary Ann Lee') or with
    what may be one ('Hernan Ana Ruiz', 'St Louis …'), holds an organisation's word or shows
    no given name."""
    if len(words) < 3 or given_name(words[0]) or not person_like(" ".join(words)):
        return 0
    k = next((k for k in range(1, len(words) - 1) if given_name(words[k])), 0)
    roles = words[:k]
    if k == 1 and not roles[0].lower().endswith(_AGENT):
        return 0
    return k if all(w[:1].isupper() and (len(w) > 2 or w.isupper()) and not w.endswith(
        ".") for w in roles) else 0  # 'Harbour TV Tom Bridge': an acronym's two capitals too


class NamedRun(NamedTuple):
    """A `NAME_RUN` match as `run_name` reads it: `name` (after its titles) for the resolver,
    `run` (a '-based' first word cut too) and its `full` name (after titles) for the aliases."""

    match: re.Match[str]
    name: str
    run: str
    full: str


@lru_cache(maxsize=1)
def named_runs(text: str, starts: tuple[int, ...]) -> tuple[NamedRun, ...]:
    """Each of `name_runs_in(text)` read once for the resolver and the aliases (`starts`: where
    the sentences start); the cache holds the last article, as `name_runs_in`'s does."""
    opening, lower = set(starts), lower_words(text)
    out = []
    for match in name_runs_in(text):
        plain = run_name(text, match, opening, lower)
        name = after_titles(plain)
        if match.group(1).split(maxsplit=1)[0].endswith("-based"):
            run = run_name(text, match, opening, lower, True)
            out.append(NamedRun(match, name, run, after_titles(run)))
        else:
            out.append(NamedRun(match, name, plain, name))
    return tuple(out)


def run_name(text: str, match: re.Match[str], starts: set[int], lower: frozenset[str],
             based: bool = False) -> str:
    """A `NAME_RUN` match's words without a sentence's capitalised opening word that `text`
    also writes in lower case (`starts`: where sentences start; `lower`: `lower_words(text)`),
    with `based` a '-based' first word, and a date opening it."""
    before, run = word_before(text, match.start(1)), match.group(1)
    if based and run.split()[0].endswith("-based") or (match.start(1) in starts
                                                       and opening_word(run, lower)):
        before, run = run.split(maxsplit=1)
    return undated(before, run)


def word_before(text: str, start: int) -> str:
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before.group(1) if before else ""


def undated(before: str, run: str) -> str:
    """A run of name words without a date opening it ('In March Ana Ruiz', 'Monday Ruiz')."""
    words = run.split()
    while len(words) > 1 and (dated(before, words[0]) or len(words) > 2 and dated(*words[:2])):
        before = words.pop(0)  # "On Monday Ruiz": "On", then "Monday"
    return " ".join(words)


def opening_word(run: str, lower: set[str]) -> bool:
    """Whether the first word of a run that opens a sentence is capitalised only for that: the
    article writes it in lower case too ('Rival Sony'), a given name follows it in a run of
    three ('Defenceman Erik Lind'), or it is a participle ('Watching Ana Ruiz …')."""
    words = run.split()
    return not given_name(words[0]) and (words[0].lower() in lower or len(words) >= 3
                                         and given_name(words[1]) or participle(words[0]))


def participle(word: str) -> bool:
    """'Watching', 'Realising': a word of six letters or more in -ing opening a sentence is a
    participle, not a name ('King', 'Ming' are shorter)."""
    return len(word) >= 6 and word.endswith("ing") and word[:1].isupper() and word[1:].islower()


def canonical_names(names: list[str], article: Article, genders: dict[str, str] | None = None,
                    taken: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each name -> the longest name it is part of ('Xi' -> 'Xi Jinping', 'Mr Xi' -> ...);
    `genders` (name -> 'male'/'female', from 'Mr', 'Mrs') keeps 'Mr. Obama' from the full
    name of a woman of the same family."""
    genders = genders or {}
    counts = Counter(names)
    named = [r for r in named_runs(article.text, article.sentence_starts)
             if organisation_words().isdisjoint(r.run.split())]
    runs = Counter(r.full for r in named)
    del runs[""]
    surnames = {r.split()[-1] for r in runs}  # an owner's name only for a surname no other has
    runs.update(o for o in map(_owner, (r.run for r in named if not r.full)) if o and (
        o.split()[-1] not in surnames))
    order = {r: i for i, r in enumerate(runs)}  # first mention: the article's own person first
    by_word: dict[str, list[tuple[str, int]]] = {}  # a run's last word, and first if repeated
    opening: dict[str, list[str]] = {}  # a run's first word
    for r, c in runs.items():
        words = r.split()
        opening.setdefault(words[0], []).append(r)
        if len(words) > 2 and words[-1].rstrip(".") in SUFFIXES:
            words = words[:-1]  # "Bob Smith Jr" is Smith's name too
        for word in {words[-1], *([words[0]] if c >= 2 else [])}:
            by_word.setdefault(word, []).append((r, c))
    full, text, tails = {}, article.text, full_names_by_tail(runs)  # one text: cached on
    for name in counts:
        parts = name.split()
        if len(parts) == 1 and (is_name_word(parts[0]) or parts[0] in given_name_genders()):
            # a surname ('Tokayev'), or a given name the article repeats in full ('Xi Jinping')
            longer = [(c, -order[r], r) for r, c in by_word.get(parts[0], ()) if r not in taken
                      and given_name_genders().get(r.split()[0], genders.get(name))
                      == genders.get(name, given_name_genders().get(r.split()[0]))]
            full[name] = max(longer)[2] if longer else given_once(
                parts[0], opening.get(parts[0], []), text)
        else:
            full[name] = name
        if full[name] == name:  # 'Grandpré', 'De Grandpré' -> 'Luc de Grandpré'
            full[name] = given_before(particled(name, text), tails)  # 'Bear Robe'
    widest = _widest(set(full.values()))
    return _same_letters({name: widest[expanded] for name, expanded in full.items()})


def namesakes(told: dict[str, list[str]], names: list[str],
              article: Article) -> dict[tuple[str, str], str]:
    """(surname, sex) -> full name, for each surname `told` titled for both sexes ('Ms. Tran',
    'Mr. Tran' after 'Minh Tran and her husband, Duc Tran'): two people, each sex in the order
    told taking the full name it fits that the first has not taken. Two reads of the article's
    names in all, whatever the number of surnames."""
    out: dict[tuple[str, str], str] = {}
    for rank in range(max(map(len, told.values()), default=0)):
        sexes = {name: s[rank] for name, s in told.items() if len(s) > rank}
        full = canonical_names(names, article, sexes, frozenset(out.values()))
        out |= {(name, sex): full[name] for name, sex in sexes.items()}
    return out


def _owner(name: str) -> str:
    """"Kevin Dufresne's" -> 'Kevin Dufresne': a person named only as an owner ("Premier Kevin
    Dufresne's office said") is the full name of the surname alone after ('Dufresne said')."""
    name = after_titles(name[:-2]) if name.endswith(("'s", "’s")) else ""
    return name if name and given_name(name.split()[0]) else ""


def _widest(names: set[str]) -> dict[str, str]:
    """Each name -> the first name holding all its words, most words first, then the longest,
    then alphabetically ('Ann Lee' -> 'Mary Ann Lee'). Only names that share a name's rarest
    word are looked at: thousands of names cost no more than their number."""
    ordered = sorted(names, key=lambda n: (-len(n.split()), -len(n), n))
    words = [set(o.split()) for o in ordered]
    holding: dict[str, list[int]] = {}  # word -> the names holding it, in `ordered`'s order
    for i, held in enumerate(words):
        for word in held:
            holding.setdefault(word, []).append(i)
    out = {}
    for name, own in zip(ordered, words, strict=True):
        rarest = min((holding[w] for w in own), key=len, default=range(len(ordered)))
        out[name] = ordered[next(i for i in rarest if own <= words[i])]
    return out


def _same_letters(out: dict[str, str]) -> dict[str, str]:
    """Names spelt with the same letters are one ('HarbourLink', 'Harbour Link'; 'Ana.com',
    'Ana'): each goes to the spelling with the most words, then the shortest."""
    spellings: dict[str, set[str]] = {}
    for name in out.values():
        spellings.setdefault(_letters(name), set()).add(name)
    return {n: min(spellings[_letters(o)], key=lambda s: (-len(s.split()), len(s), s))
            for n, o in out.items()}


def _letters(name: str) -> str:
    return re.sub(r"[^\w]|_", "", re.sub(r"\.(?:com|org|net)$", "", name.lower()))
