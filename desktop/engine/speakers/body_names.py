"""Names of bodies that end unlike a name: in French lower-case words ('The Office québécois
de la langue française said', 'the Commission de la construction du Québec says') or in the
number of a union's local ('Unifor Local 707A said')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from desktop.engine.speakers.lexicon import flagged, organisation_words, word_set

_UNIT_NUMBER = re.compile(r"\d{1,5}[A-Z]{0,2}")
_TAIL_REACH = 7  # 'québécois de la langue française': five words, and two to spare


class _Worded(Protocol):
    text: str


def french_body_end(words: Sequence[str]) -> int:
    """How many of `words` the capitalised part of a body's name ends after, when the words
    after an organisation's noun ('Office', 'Commission', 'Conseil') hold a French joiner ('de',
    'du', 'des': french_name_words.txt) and a lower-case word, or len(words). English words
    after the noun hold no joiner ('the Commission on human rights', 'the Office staff')."""
    b = len(words)
    joiners = flagged("french_name_words.txt", "joiner")
    for k in range(b - 1, max(0, b - _TAIL_REACH) - 1, -1):
        word = words[k]
        if not word[:1].isalpha():
            return b
        if word in organisation_words() and k + 1 < b:
            tail = words[k + 1 :]
            return k + 1 if joiners & set(tail) and tail[0][:1].islower() else b
    return b


def body_head_end(toks: Sequence[_Worded], b: int) -> int:
    """Where the head of a body's name ending at token `b` ends: after its noun when French
    lower-case words follow ('The Office | québécois de la langue française'), before the
    number of a union's local ('Unifor Local | 707A'), else at `b`."""
    words = [t.text for t in toks[max(0, b - _TAIL_REACH - 1) : b]]
    if numbered_body(words):
        return b - 1
    return b - len(words) + french_body_end(words)


def french_body(words: Sequence[str]) -> bool:
    """Whether the words of a mention name such a body."""
    return french_body_end(words) < len(words)


def numbered_body(words: Sequence[str]) -> bool:
    """'Unifor Local 707A', 'Legion Branch 25': a number after a capitalised name and a unit's
    word (numbered_body_words.txt) ends a body's name ('Local 444' alone, 'Route 9' no)."""
    return len(words) > 2 and bool(_UNIT_NUMBER.fullmatch(words[-1])) and words[-2] in (
        word_set("numbered_body_words.txt")) and words[-3][:1].isupper()
