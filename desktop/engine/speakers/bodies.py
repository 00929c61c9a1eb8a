"""'the board said': the one body named in full before whose name has that head noun ('the
Toronto District School Board', 'the Bank of Canada') or that an apposition describes with it
('Hydro One, the province's largest utility,'); none when the article named two."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from desktop.engine.article import Article
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import flagged, given_name, non_name_words, word_set
from desktop.engine.speakers.organisations import Group, body_words

MODIFIERS = 2  # words between 'the' and the head noun: 'the central bank', 'the local school board'
_CAPITAL = r"(?:(?:[A-Z]\.){2,3}|[A-Z][\w&-]*\.?)"  # a name's word or initials ('B.C.'), no 's


@cache
def body_heads() -> dict[str, bool]:
    """Head noun -> whether a name must write it with an 'of' complement ('the City of …')."""
    return {head: head in flagged("body_heads.txt", "of") for head in flagged("body_heads.txt")}


@cache
def _body_name(head: str) -> re.Pattern[str]:
    """A name with `head` as its head noun: capitalised words, then the noun capitalised, then
    an 'of'/'for'/'on' complement of capitalised words ('Canadian Federation of Independent
    Business'); no capital after it, where the noun would modify another ('Board Chair')."""
    complement = (rf"[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?{_CAPITAL}"
                  rf"(?:[ \t]+(?:and[ \t]+)?{_CAPITAL}){{0,3}}")
    needed = "" if body_heads()[head] else "?"
    return re.compile(rf"(?<![\w’'-])((?:{_CAPITAL}[ \t]+){{0,4}}){head.capitalize()}"
                      rf"(?:{complement}){needed}(?![\w’'-])(?![ \t]+[A-Z])")


@cache
def _place_body(head: str) -> re.Pattern[str]:
    """'the Yukon government': 'the', capitalised words, then the noun in lower case (group 1
    all but 'the'); read for 'government' only, a place's government ('the Labour party', 'the
    Senate committee' may be a part or a kind, not the one body named)."""
    return re.compile(rf"(?<![\w’'-])[Tt]he[ \t]+((?:{_CAPITAL}[ \t]+){{1,3}}{head})(?![\w’'-])")


@cache
def _apposed(head: str) -> re.Pattern[str]:
    """A name, then an apposition with `head` as its head noun: 'Hydro One, the province's
    largest utility,' (group 1 the name, group 2 the words before the noun)."""
    return re.compile(rf"(?<![\w’'-])((?:{_CAPITAL}[ \t]+){{0,4}}{_CAPITAL}),[ \t]+(?:the|an?|its)"
                      rf"((?:[ \t]+[\w’'-]+){{0,{MODIFIERS + 1}}}?)[ \t]+{head}(?=[,.;]|[ \t]+"
                      rf"(?:that|which|in|of|for|at|with|on|representing|behind|serving)\b)")


def _apposed_body(match: re.Match[str]) -> bool:
    """Whether an apposition's match describes a body: its name opens with no given name ('Tom
    Bell, the union's lawyer,' no) and no function word comes before its noun ('Ana Ruiz, a
    lawyer for the union,' no)."""
    return not given_name(match.group(1).split()[0]) and not any(
        w.lower() in non_name_words() for w in match.group(2).split())


class Bodies:
    """Where an article names bodies in full, read once per head noun, for 'the board'."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self._named: dict[str, list[tuple[int, str]]] = {}
        self._openings: list[tuple[int, int]] | None = None  # (name start, comma) of appositions

    def one_before(self, words: tuple[str, ...], at: int) -> tuple[str, None, str] | None:
        """(name, role, kind) of the body 'the [modifiers] noun' at `at` stands for: the one
        body named before it with that noun as its head, else None."""
        lowered = [w.lower() for w in words]
        if not 2 <= len(lowered) <= MODIFIERS + 2 or lowered[0] != "the" or (
                lowered[-1] not in body_heads() and lowered[-1] not in word_set(
                    "body_nouns.txt")) or not all(
                w.isalpha() for w in lowered[1:-1]):  # 'the premier's office': hers, no body
            return None
        names = {name for start, name in self._names(lowered[-1]) if start < at}
        return (names.pop(), None, "organisation") if len(names) == 1 else None

    @staticmethod
    def spoke_before(groups: list[Group], found: Found) -> Group | None:
        """The organisation that spoke last, in the sentence of 'the agency' (`found`) or the
        one before, when no one else spoke since ('The Special Investigations Unit (SIU) says …
        The agency says …'); it speaks on (added to `groups`). Else None."""
        lowered = [w.lower() for w in found.words]
        if len(lowered) != 2 or lowered[0] != "the" or lowered[1] not in body_words() or not (
                groups):
            return None
        last, name, role, kind = groups[-1]
        if kind != "organisation" or found.sentence - last > 1:
            return None
        groups.append((found.sentence, name, role, kind))
        return name, role, kind

    def _names(self, head: str) -> list[tuple[int, str]]:
        if head not in self._named:
            found = [(m.start(), m.group(1)) for m in self._apposed(head) if _apposed_body(m)]
            if head == "government":  # as 'the Yukon government said' lists it
                found += [(m.start(), f"the {m.group(1)}") for m in _place_body(
                    head).finditer(self.text)]
            for m in self._body_names(head) if head in body_heads() else ():
                if len(_without_article(m.group()).split()) > 1:  # a lone 'Board' is no name
                    found.append((m.start(), m.group()))
            self._named[head] = [(at, _without_article(n)) for at, n in found]
        return self._named[head]

    def _apposed(self, head: str) -> Iterator[re.Match[str]]:
        """The matches `_apposed(head).finditer` gives, tried only where a name stands before
        ', the' (', a', ', its'): that scan is made once for every head noun."""
        if self._openings is None:
            self._openings = [(run.start(), m.start()) for m in _OPENING.finditer(self.text)
                              if (run := _RUN.search(self.text, max(0, m.start() - 400),
                                                     m.start()))]
        return _tried_at(_apposed(head), self.text, self._openings)

    def _body_names(self, head: str) -> Iterator[re.Match[str]]:
        """The matches `_body_name(head).finditer` gives, tried only where the capitalised
        noun is written, from the capitalised words before it."""
        text = self.text
        return _tried_at(_body_name(head), text, [(_BEFORE.search(
            text, max(0, at - 400), at).start(), at) for at in _word_starts(
                text, head.capitalize())])


def _word_starts(text: str, word: str) -> Iterator[int]:
    r"""Where `(?<![\w’'-])word` matches, in `finditer`'s order: `str.find` for the word, and the
    look-behind tried there (a pattern that opens with a look-behind is tried at every position
    of the text: 13 ms a megabyte for each head noun)."""
    at = text.find(word)
    while at >= 0:
        if _NO_WORD_BEFORE.match(text, at):
            yield at
            at = text.find(word, at + len(word))  # finditer resumes after a match
        else:
            at = text.find(word, at + 1)


def _tried_at(pattern: re.Pattern[str], text: str,
              anchors: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` gives when a match can start only at the first of the
    capitalised words (earliest start, anchor) before each anchor: tried there in order, or
    past the last match, never overlapping it."""
    last = 0
    for start, anchor in anchors:
        starts = [start] if start >= last else [
            w.start() for w in _WORD_START.finditer(text, last, anchor + 1)]
        for at in starts:
            if match := pattern.match(text, at):
                last = match.end()
                yield match
                break


_OPENING = re.compile(r",[ \t]+(?:the|an?|its)[ \t]")  # an apposition's first words
_RUN = re.compile(rf"(?<![\w’'-])(?:{_CAPITAL}[ \t]+){{0,4}}{_CAPITAL}\Z")  # the name before it
_BEFORE = re.compile(rf"(?<![\w’'-])(?:{_CAPITAL}[ \t]+){{0,4}}\Z")  # before a body's noun
_WORD_START = re.compile(r"(?<![\w’'-])[A-Z]")
_NO_WORD_BEFORE = re.compile(r"(?<![\w’'-])")


def _without_article(name: str) -> str:
    """'The Toronto District School Board' opening a sentence -> 'Toronto District School Board'."""
    words = name.split()
    while words and words[0] in ("The", "A", "An"):
        words = words[1:]
    return " ".join(words)
