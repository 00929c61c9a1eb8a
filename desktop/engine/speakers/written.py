"""Every place an article's text writes a name, found without a search of the text per name."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator
from functools import lru_cache

SEARCHED = 100  # names searched for in an article's text before its capitals are indexed,
SEARCH_BUDGET = 20_000_000  # fewer if their searches would read more characters than this
KEY = 24  # characters from each capital letter by which the index sorts the places
_CAPITAL = re.compile(r"[A-Z]")
_LAST = chr(sys.maxunicode)


def written_at(text: str, name: str) -> Iterator[int]:
    """Where `text` writes `name` as a plain string (inside a longer word too), in order: what
    searching the text again and again finds. After `SEARCHED` names of one article (a long one
    may name thousands of people, and a search for each costs their number times the text) a
    name opening with a capital is looked up among the places a capital starts, sorted once by
    the characters that follow it. On a long text, after fewer (20 on a megabyte): each search
    reads all of it (~0.75 ms a megabyte), and sorting its capitals costs some 30 searches."""
    places = _places(text)
    if places.searched < min(SEARCHED, SEARCH_BUDGET // max(len(text), 1)) or not (
            "A" <= name[:1] <= "Z"):
        places.searched += 1
        return _found(text, name)  # as far as the caller reads
    return iter(places.of(name))


def written_in(text: str, words: Collection[str]) -> set[int]:
    """Where `text` writes any of `words` (as `written_at` finds each): a search per word, or,
    when those searches would read more than `SEARCH_BUDGET` characters (107 titles on a
    megabyte: 56 ms) or the index is made already, its look-ups for words opening with a
    capital (sorting the index costs some 27 ms on a megabyte)."""
    places = _places(text)
    indexed = places.keys is not None or len(words) > SEARCH_BUDGET // max(len(text), 1)
    found: set[int] = set()
    for word in words:
        found.update(places.of(word) if indexed and "A" <= word[:1] <= "Z" else _found(
            text, word))
    return found


def _found(text: str, name: str) -> Iterator[int]:
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


class _Places:
    """One article's capitals, sorted by the `KEY` characters that start at each."""

    def __init__(self, text: str) -> None:
        self.text, self.searched = text, 0
        self.keys: list[str] | None = None
        self.starts: list[int] = []

    def of(self, name: str) -> list[int]:
        if self.keys is None:
            pairs = sorted((self.text[m.start() : m.start() + KEY], m.start())
                           for m in _CAPITAL.finditer(self.text))
            self.keys, self.starts = [k for k, _ in pairs], [s for _, s in pairs]
        head = name[:KEY]
        lo = bisect_left(self.keys, head)  # the first key that opens with `head`, if any
        hi = bisect_left(self.keys, _after_all_opening(head), lo) if head[-1] < _LAST else (
            bisect_right(self.keys, head, lo, key=lambda key: key[: len(head)]))
        return [at for at in sorted(self.starts[lo:hi])
                if len(name) <= KEY or self.text.startswith(name, at)]


def _after_all_opening(head: str) -> str:
    """The least string after every string that opens with `head` (its last character one
    higher): keys that open with it sort from `head` to just before this, and a bisect for it
    compares whole keys in C, not a key function per step in Python."""
    return head[:-1] + chr(ord(head[-1]) + 1)


@lru_cache(maxsize=1)
def _places(text: str) -> _Places:
    return _Places(text)  # the cache holds the last article's
