"""Between a speech verb and what was said: a writer's aside set off by commas ('said,
however, that …'), a clause the content opens with ('says while the ferry is old, …'), or a
participle after who was told ('told CTV News, standing behind …')."""

from __future__ import annotations

from collections.abc import Callable

from desktop.engine.speakers.lexicon import word_set
from desktop.engine.speakers.noun_phrases import Token, is_name_word

ASIDE_REACH = 6  # longest aside between the commas, in tokens ('in an interview on Monday')


def comma_aside_end(toks: list[Token], c: int) -> int:
    """Where the content may open after 'said, however, …', 'added, in an interview, …':
    a conjunct adverb (or an -ly one) alone, or an adverbial opened by a preposition, between
    two commas at `c`; `c` itself when no such aside stands there ('said, "We …"' no)."""
    if c + 2 >= len(toks) or toks[c].text != ",":
        return c
    close = next((k for k in range(c + 2, min(len(toks), c + 2 + ASIDE_REACH))
                  if not toks[k].text[:1].isalnum()), None)
    if close is None or toks[close].text != ",":
        return c
    first = toks[c + 1].text.lower()
    if close == c + 2 and (first in word_set("aside_adverbs.txt") or first.endswith("ly")):
        return close + 1
    if close > c + 2 and first in _openers():
        return close + 1
    return c


def fronted_clause(toks: list[Token], c: int, main_clause: Callable[[int], bool]) -> bool:
    """'says while the ferry is old, it is still safe', 'said when the ice melts, the road
    will close': 'while' or 'when' and a subject at `c` open a clause set off by a comma before
    the main clause (`main_clause(k)` tells one opening at `k`); both are what was said, not a
    time of saying ('said while visiting Regina that …', 'said when asked' no)."""
    if c + 2 >= len(toks) or toks[c].text.lower() not in ("while", "when", "whereas"):
        return False
    subject = toks[c + 1].text
    if not (subject.lower() in word_set("subject_pronouns.txt") | word_set("determiners.txt")
            or is_name_word(subject)):
        return False
    comma = next((k for k in range(c + 2, min(len(toks), c + 2 * ASIDE_REACH))
                  if not toks[k].text[:1].isalnum()), None)
    return comma is not None and toks[comma].text == "," and main_clause(comma + 1)


def adverbial_end(toks: list[Token], c: int) -> int:
    """'The plan, Ruiz said in a statement, will fail': past an adverbial opened by a
    preposition at `c` to the comma closing the attribution; `c` when none closes there."""
    if c >= len(toks) or toks[c].text.lower() not in _openers():
        return c
    close = next((k for k in range(c + 1, min(len(toks), c + 1 + ASIDE_REACH))
                  if not toks[k].text[:1].isalnum()), None)
    return close if close is not None and toks[close].text == "," else c


def _openers() -> frozenset[str]:
    return word_set("content_openers.txt") - {"last", "this"}


def participle_aside(toks: list[Token], c: int) -> bool:
    """A comma and a participle at `c` after who was told ('told CTV News, standing …'): a
    clause saying what the speaker was doing, never what was said."""
    if not (c + 1 < len(toks) and toks[c].text == "," and (word := toks[c + 1].text).endswith(
            "ing") and word.isalpha() and word.islower() and len(word) > 4):
        return False
    return not any(toks[k].text == "," and toks[k + 1].text == "that" for k in range(
        c + 2, len(toks) - 1))  # 'told the council, reading from notes, that …'
