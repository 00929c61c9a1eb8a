"""What an article tells of each person's sex: by the full name where it gives one ('Maria Lopez
and her husband Tom Lopez'), else by the name as written ('Mr. Lopez', 'Lee, a father of two')."""

from __future__ import annotations

import re
from functools import cache

from desktop.engine.article import Article
from desktop.engine.speakers.clauses import opens_clause
from desktop.engine.speakers.lexicon import sexed_pronouns
from desktop.engine.speakers.quotes import Quotations


class Sexes:
    """Name -> 'male' or 'female', as told; the first telling of a name wins."""

    def __init__(self) -> None:
        self._told: dict[str, str] = {}  # name as written ('Tom Lopez', 'Lopez') -> sex
        self._families: dict[str, set[str]] = {}  # last word of full names -> their sexes
        self._known: set[str] = set()  # the sexes told of anyone
        self._by_pronoun: dict[str, str] = {}  # name -> sex of the first pronoun it took

    def tell(self, name: str, sex: str) -> None:
        """Record that `name` (a full name, or one word: a surname or a given name) is of `sex`."""
        if not name:
            return
        if self._told.setdefault(name, sex) == sex:
            self._known.add(sex)
        if " " in name:
            self._families.setdefault(name.split()[-1], set()).add(sex)

    def told_by_pronoun(self, name: str, sex: str) -> None:
        """Record that a 'he' or 'she' of `sex` stood for `name` ('Minister Dana Reyes met Rob
        Keller. "…," she said. "…," he said': the 'he' is not Dana Reyes). It only rules out
        the other pronoun (see `other_pronoun`): a guess does not outrank a told sex."""
        self._by_pronoun.setdefault(name, sex)

    def other_pronoun(self, name: str, sex: str) -> bool:
        """Whether nothing tells the sex of `name` but a pronoun of another sex than `sex`
        stood for it before."""
        return self._by_pronoun.get(name, sex) != sex and self.of(name) is None

    def of(self, name: str) -> str | None:
        """The sex of `name`: told of that very name; else of its last word alone ('Mr. Lopez'
        for 'Sam Lopez'); else of the full names ending in it, when they all share one sex (no
        'Lopez' alone after 'Maria Lopez' and 'Tom Lopez')."""
        if name in self._told:
            return self._told[name]
        last = name.split()[-1] if name.split() else name
        if last in self._told:
            return self._told[last]
        family = self._families.get(last, set())
        return next(iter(family)) if len(family) == 1 else None

    def known(self) -> set[str]:
        """The sexes anyone in the article is told to have."""
        return self._known

    def last_words(self) -> set[str]:
        """Last words of the names of known sex."""
        return {name.split()[-1] for name in self._told}


SUBJECT_REACH = 200  # characters from a sentence's start within which its subject is looked for


def subject_sexes(article: Article, named: list[tuple[int, str]],
                  spans: Quotations) -> dict[str, str]:
    """Name -> the sex the possessive, object or reflexive pronouns after it tell ('Marit Stillwell
    accused the government of copying her party': female), when it opens its sentence and
    nobody else is named before them; outside quotation marks; a name told both is left out.

    Args:
        article: the article.
        named: (position, name) of each person named, in order.
        spans: the article's quotations.
    """
    votes: dict[str, set[str]] = {}
    for (at, name), following in zip(named, _next_other(named, len(article.text)), strict=True):
        sentence = article.sentence_at(at) if article.sentences else None
        if sentence is None or at - sentence.start > SUBJECT_REACH:
            continue  # a name that far into its sentence is not what it opens with
        told = _told_after(article.text, at, min(sentence.end, following), spans)
        if told and opens_clause(article, at):
            votes.setdefault(name, set()).update(told)
    return {name: sexes.pop() for name, sexes in votes.items() if len(sexes) == 1}


def _next_other(named: list[tuple[int, str]], end: int) -> list[int]:
    """For each of `named`, where the next other name is (`end` if none): the same name again
    at once ('Marit Stillwell' as a name run and as a titled name) is not someone else."""
    out = [end] * len(named)
    for k in range(len(named) - 2, -1, -1):
        out[k] = named[k + 1][0] if named[k + 1][1] != named[k][1] else out[k + 1]
    return out


def _told_after(text: str, at: int, end: int, spans: Quotations) -> set[str]:
    """The sexes the pronouns in `text[at:end]` tell, leaving out those inside a quotation."""
    return {sexed_pronouns()[match.group()] for match in _sexed_pronoun().finditer(text, at, end)
            if spans.containing(match.start()) is None}


@cache
def _sexed_pronoun() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(sexed_pronouns())})\b")
