"""Sentences that point back: an opening "He", "This" or "But" needs the sentence before it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from desktop.engine.article import Article
from desktop.engine.summary.boilerplate import boilerplate_at, heading_sentences
from desktop.paths import word_list

_WORD = re.compile(r"[^\W_]+")
_LONGEST = 4  # words in the longest entry of back_references.txt


@lru_cache(maxsize=1)
def _openings() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """(openings that point back, openings that look alike but stand alone), as word tuples."""
    back, alone = set(), set()
    for entry in word_list("back_references.txt"):
        words = tuple(entry.lstrip("!").split())
        (alone if entry.startswith("!") else back).add(words)
    return frozenset(back), frozenset(alone)


def points_back(sentence: str) -> bool:
    """True when `sentence` opens (after any quotation mark) with a word that refers back.

    "He said…", "‘But it was…", "However, …" point back; "This year…" and "It is thought
    that…" do not (the time of writing; the empty "it").
    """
    words = tuple(w.lower() for w in _WORD.findall(sentence[:60])[:_LONGEST])
    back, alone = _openings()
    if any(words[:n] in alone for n in range(1, _LONGEST + 1)):
        return False
    return any(words[:n] in back for n in range(1, _LONGEST + 1))


def dangling(indices: list[int], openers: list[bool], lead_ins: Iterable[int] = ()) -> list[int]:
    """Shown sentences that point back while the sentence before them is not shown, neither
    as a key sentence nor as the lead-in of one (`lead_ins`: key sentences that carry one)."""
    shown, carried = set(indices), set(lead_ins)
    return [i for i in indices
            if i > 0 and openers[i] and i - 1 not in shown and i not in carried]


def lead_ins(article: Article, chosen: Iterable[int]) -> dict[int, int]:
    """Key sentence -> the sentence before it, for those that point back while that sentence
    is not chosen: it is shown with them as one item (a heading or boilerplate line is not).
    """
    picked = set(chosen)
    boilerplate, headings = boilerplate_at(article), heading_sentences(article)
    out = {}
    for i in sorted(picked):
        before = i - 1
        if (i > 0 and before not in picked and before not in headings
                and points_back(article.sentences[i].text)
                and not boilerplate(before)):
            out[i] = before
    return out
