"""'police said', 'the Mounties said': the one police force (of that nickname: the RCMP) the
article named before ('the RCMP', 'the Toronto Police Service'); none when it named two, or
none: then 'police' and 'Mounties' are an unnamed group of officers."""

from __future__ import annotations

import re
from functools import cache

from desktop.engine.article import Article
from desktop.engine.speakers.lexicon import flagged, word_set

_FORCE = r"(?:[A-Z][\w’'-]*[ \t]+){1,3}Police(?:[ \t]+(?:Service|Department|Force))?"


@cache
def _force_name() -> re.Pattern[str]:
    initials = "|".join(sorted(map(re.escape, flagged("police_forces.txt")), key=len,
                               reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{_FORCE}|{initials})(?![\w’'-])")


def nickname(word: str) -> bool:
    """Whether `word` is a police force's nickname ('Mounties')."""
    return word.lower() in _nicknames()


@cache
def _nicknames() -> frozenset[str]:
    """The nicknames police_forces.txt gives after a force's initials, read once."""
    return frozenset(w for line in word_set("police_forces.txt") for w in line.split()[1:])


class Police:
    """Where an article names police forces, read once, for its 'police said'."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self._named: list[tuple[int, str]] | None = None

    def one_before(self, words: tuple[str, ...], at: int) -> tuple[str, None, str] | None:
        """(name, role, kind) of the force 'police' or 'the Mounties' at `at` stands for: the
        one force named before it (of that nickname: the RCMP), else None."""
        lowered = [w.lower() for w in words]
        if lowered[:1] == ["the"]:
            lowered = lowered[1:]
        if len(lowered) != 1 or lowered[0] != "police" and not nickname(lowered[0]):
            return None
        if self._named is None:
            self._named = [(m.start(), _without_the(m.group()))
                           for m in _force_name().finditer(self.text)]
        names = {name for start, name in self._named if start < at and (
            lowered[0] == "police" or name in flagged("police_forces.txt", lowered[0]))}
        return (names.pop(), None, "organisation") if len(names) == 1 else None


def _without_the(name: str) -> str:
    return name[4:] if name.startswith("The ") else name
