"""'the board said': the one body named in full before whose name has that head noun ('the
Toronto District School Board', 'the Bank of Canada'); none when the article named two."""

from __future__ import annotations

import re
from functools import cache

from desktop.engine.article import Article
from desktop.engine.speakers.lexicon import flagged

MODIFIERS = 2  # words between 'the' and the head noun: 'the central bank', 'the local school board'
_CAPITAL = r"[A-Z][\w&-]*\.?"  # a word of a name; no possessive ('Ontario's Ministry of …')


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


class Bodies:
    """Where an article names bodies in full, read once per head noun, for 'the board'."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self._named: dict[str, list[tuple[int, str]]] = {}

    def one_before(self, words: tuple[str, ...], at: int) -> tuple[str, None, str] | None:
        """(name, role, kind) of the body 'the [modifiers] noun' at `at` stands for: the one
        body named before it with that noun as its head, else None."""
        lowered = [w.lower() for w in words]
        if not 2 <= len(lowered) <= MODIFIERS + 2 or lowered[0] != "the" or (
                lowered[-1] not in body_heads()) or not all(
                w.isalpha() for w in lowered[1:-1]):  # 'the premier's office': hers, no body
            return None
        names = {name for start, name in self._names(lowered[-1]) if start < at}
        return (names.pop(), None, "organisation") if len(names) == 1 else None

    def _names(self, head: str) -> list[tuple[int, str]]:
        if head not in self._named:
            found = []
            for m in _body_name(head).finditer(self.text):
                words = m.group().split()
                while words and words[0] in ("The", "A", "An"):
                    words = words[1:]  # 'The Toronto District School Board' opening a sentence
                if len(words) > 1:  # a lone 'Board' is no name
                    found.append((m.start(), " ".join(words)))
            self._named[head] = found
        return self._named[head]
