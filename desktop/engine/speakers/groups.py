"""Unnamed groups an article introduces, for a later 'the noun': 'a spokesperson for the city'
then 'the spokesperson', 'the regional health board' then 'the board'."""

from __future__ import annotations

from desktop.engine.speakers.lexicon import inner_words, word_sets


class Introduced:
    """The latest unnamed group introduced with each noun, as a scan back would find it."""

    def __init__(self) -> None:
        self._by_noun: dict[str, str] = {}  # noun -> the last 'a/an noun …' or 'the … noun'

    def add(self, name: str) -> None:
        """Record an unnamed group by its noun: 'a spokesperson for the city' by
        'spokesperson', 'the regional health board' (lower case, three words or more) by
        'board'."""
        first = name.split()
        if len(first) > 1 and first[0] in ("a", "an"):
            self._by_noun[first[1]] = name
            self._by_noun[_head(first[1:])] = name  # 'a company spokesperson': its head too
        elif len(first) > 2 and first[0] == "the" and all(
                w.isalpha() and w.islower() for w in first):
            self._by_noun[first[-1]] = name

    def same(self, name: str) -> str:
        """'the spokesperson' -> the group introduced with that noun before, else `name`."""
        words = name.split()
        if len(words) == 2 and words[0].lower() == "the":
            return self._by_noun.get(words[1], name)
        return name


def _head(words: list[str]) -> str:
    """The last of the lower-case words before a complement ('company spokesperson for the
    mill' -> 'spokesperson'), else the first word."""
    stops = inner_words() | word_sets("speaker_place_prepositions.txt", "affiliation_words.txt")
    k = 0
    while k < len(words) and words[k].isalpha() and words[k].islower() and words[k] not in stops:
        k += 1
    return words[k - 1] if k else words[0]
