"""Whom an article names and where, read once before its attributions: titled names, runs of
name words, surnames alone, one-word names after a noun of one sex, and their sexes told."""

from __future__ import annotations

import bisect
import re

from desktop.engine.article import Article
from desktop.engine.speakers.aliases import (
    after_titles,
    lower_words,
    name_runs_in,
    named_runs,
    person_like,
    title_pattern,
)
from desktop.engine.speakers.descriptions import named_after_nouns, sexes_told
from desktop.engine.speakers.introductions import NAME
from desktop.engine.speakers.lexicon import (
    given_name_gender,
    non_name_words,
    person_nouns,
    title_genders,
    titles,
    word_set,
    word_sets,
)
from desktop.engine.speakers.quotes import Quotations
from desktop.engine.speakers.scan import finditer_from
from desktop.engine.speakers.sexes import Sexes, subject_sexes

_BEFORE_WORD = re.compile(r"([a-z]+)[ \t]+$")
_CAPITAL = re.compile(NAME)
# A one-word name, its age, and an apposition opening with an article, then a lower-case word
_APPOSED_GIVEN = re.compile(r"([A-Z][a-z]+),[ \t]+(\d+,[ \t]+)?((?:an?|the)[ \t]+"
                            r"[^,.;:!?\"“”\n]{1,80}),[ \t]+[a-z]")


class Named:
    """The persons an article names, by position, and what it tells of their sex."""

    def __init__(self, article: Article, authors: set[str], spans: Quotations) -> None:
        """`authors`: words of the article's byline, whose names are nobody quoted; `spans`: its
        quotations, inside which a pronoun tells nothing of the person named before them."""
        self.article = article
        self.authors = authors
        self.persons: list[tuple[int, str]] = []  # (position, name), kept sorted
        self.titles: dict[str, str] = {}  # name -> title seen before it ("President")
        self.runs: list[tuple[int, str]] = []  # any "First Last" in the text, in order
        self.alone: set[str] = set()  # runs whose last word also stands alone ("Holt")
        self.sexes = Sexes()
        self.title_lasts: set[str] = set()  # "President Obama's": Obama
        self.sentence_starts = set(article.sentence_starts)
        self.lower = lower_words(article.text)  # words written lower
        self._title_names()
        self._name_runs()
        for name, sex in sexes_told(article.text).items():  # 'Lee, a father of two'
            self.sexes.tell(after_titles(name) or name, sex)
        named = sorted(self.persons + self.runs)
        for name, sex in subject_sexes(article, named, spans).items():
            self.sexes.tell(name, sex)  # 'Marit Stillwell accused … of copying her party'
        self._named_alone()
        self._apposed_alone()

    def is_author(self, name: str) -> bool:
        return bool(self.authors & set(name.split()))

    def _named_alone(self) -> None:
        """'His mother, Karin, …': a person named by one word between commas after a noun of one
        sex is a person of that sex for the pronouns that follow (a name run needs two words).
        Not without the commas: a daughter named in passing ('her daughter Jessica') took a later
        'she' that was her mother's, and PolNeAR held-out names fell .868 -> .864."""
        common = self.lower | non_name_words()  # words written lower case
        for at, name, noun in named_after_nouns(self.article.text):
            if " " not in name and name.lower() not in common and self.article.text[
                    at - 2 : at] == ", " and self.article.text.startswith(",", at + len(name)):
                bisect.insort(self.persons, (at, name))
                self.sexes.tell(name, person_nouns()[noun])

    def _apposed_alone(self) -> None:
        """'Walt, a 71-year-old retiree in Oakville, lives on his pension.': a given name of one
        sex opening a sentence, set off by an apposition that opens with an article and tells an
        age or a person's noun, is a person of that sex for the pronouns that follow (a feature
        naming people by a given name); not a place ('Regina, the capital, …'). An age before
        the apposition ('Doug, 67, a patient, …') is left to `lone_subject`, which weighs a
        person named after it."""
        text, common = self.article.text, self.lower | non_name_words()
        for match in _APPOSED_GIVEN.finditer(text):
            name, aged, apposition = match.groups()
            sex = given_name_gender(name)
            if sex and not aged and match.start() in self.sentence_starts and (
                    name.lower() not in common and _personal_apposition(apposition)):
                bisect.insort(self.persons, (match.start(), name))
                self.sexes.tell(name, sex)

    def _title_names(self) -> None:
        for match in finditer_from(title_pattern(), self.article.text, titles()):
            self.title_lasts.add(match.group(2).split()[-1].split("’")[0].split("'")[0])
            name = re.sub(r"['’]s$", "", match.group(2))  # "Mr. Osei's watch": a man named Osei
            if person_like(name) and not _place_word(name) and not self.is_author(name) and not any(
                w.split("’")[0].split("'")[0] in titles() for w in name.split()
            ):
                self.persons.append((match.start(2), name))
                title = match.group(1).split()[-1]
                dot = "." if self.article.text[match.end(1) : match.end(1) + 1] == "." else ""
                self.titles.setdefault(name, " ".join(match.group(1).split()) + dot)
                if title in title_genders():
                    self.sexes.tell(name, title_genders()[title])
        self.persons.sort()

    def _name_runs(self) -> None:
        """Runs of name words that are persons: not after a place preposition ('in South
        Surrey'), not an organisation; `alone` holds those whose last word also stands alone."""
        text = self.article.text
        runs = name_runs_in(text)
        named = named_runs(text, self.article.sentence_starts)
        in_runs = {w.start() for r in runs for w in _CAPITAL.finditer(text, r.start(), r.end())}
        lone = [w for w in _CAPITAL.finditer(text) if w.start() not in in_runs]
        alone = {w.group() for w in lone}
        lower = self.lower
        places = word_set("place_prepositions.txt")
        for match, name, *_ in named:
            before = _BEFORE_WORD.search(text, max(0, match.start() - 20), match.start())
            if not name or not person_like(name) or self.is_author(name) or (
                    before and (before.group(1) in places or _street_after(before.group(1),
                                                                          name))):
                continue
            self.runs.append((match.start(1), name))
            last = name.split()[-1]
            if last in alone and last.lower() not in lower:
                self.alone.add(name)
            given = given_name_gender(name.split()[0])
            if given:
                self.sexes.tell(name, given)
        self._surname_mentions(lone)

    def _surname_mentions(self, lone: list[re.Match]) -> None:
        """'Bell agreed.' after 'Tom Bell': a surname alone is a mention of the full name
        introduced last before it, for the pronouns that follow; after a title of one sex, of
        the last of that sex ('Mrs. Lopez' after 'Maria Lopez' and 'Tom Lopez'). So is a given
        name alone that no surname matches ('Priya rolled up her sign.' after 'Priya Lal')."""
        by_last: dict[str, list[str]] = {}
        by_given: dict[str, list[str]] = {}  # 'Priya' of 'Priya Raghunathan', as the Star writes
        titled = {position: self.sexes.of(name) for position, name in self.persons}
        mentions = []
        runs = iter(self.runs)
        upcoming = next(runs, None)
        for word in lone:
            while upcoming is not None and upcoming[0] < word.start():
                by_last.setdefault(upcoming[1].split()[-1], []).append(upcoming[1])
                if given_name_gender(upcoming[1].split()[0]):
                    by_given.setdefault(upcoming[1].split()[0], []).append(upcoming[1])
                upcoming = next(runs, None)
            if word.group().lower() in self.lower:
                continue
            sex = titled.get(word.start())
            named = (n for n in reversed(by_last.get(word.group()) or by_given.get(
                word.group(), ())) if sex is None or self.sexes.of(n) in (None, sex))
            if full := next(named, None):
                mentions.append((word.start(), full))
        self.runs = sorted(self.runs + mentions)


def _personal_apposition(apposition: str) -> bool:
    """Whether an apposition after a name tells a person: an age in it ('a 71-year-old
    retiree') or a person's noun ('a mother of three')."""
    words = apposition.lower().split()
    return any(w.endswith("-year-old") or w in person_nouns() for w in words)


def _street_after(word: str, name: str) -> bool:
    """'on Victoria Street': a name ending in a street's word after a word placing something on
    it is the street, though a given name opens it ('Della Street spoke' is a person)."""
    return word in word_set("street_prepositions.txt") and name.split()[-1].rstrip(".") in (
        word_set("street_words.txt"))


def _place_word(name: str) -> bool:
    """'Queen Square', 'King Street': a title before a street's or place's word names no one."""
    return " " not in name and name.rstrip(".") in (
        word_sets("street_words.txt", "place_words.txt"))
