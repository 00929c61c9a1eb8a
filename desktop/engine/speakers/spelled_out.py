"""'the CFO' for the one person an article introduced as its chief financial officer
('Chief financial officer Ana Ruiz said …' … '"…," the CFO told the call')."""

from __future__ import annotations

import re
from functools import cache

from desktop.engine.speakers.introductions import NAME
from desktop.engine.speakers.lexicon import word_set


@cache
def role_abbreviations() -> dict[str, tuple[str, ...]]:
    """Abbreviation ('CFO') -> the role words that spell it out, longest first."""
    out: dict[str, list[str]] = {}
    for line in sorted(word_set("role_abbreviations.txt")):
        abbreviation, words = line.split(maxsplit=1)
        out.setdefault(abbreviation, []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@cache
def _introduction(abbreviation: str) -> re.Pattern[str]:
    """The role spelled out right before a name ('Chief executive Ana Ruiz', 'chief financial
    officer, Ana Ruiz'), or closing an apposition after it ('Ana Ruiz, the company's chief
    operating officer,'); the name in group 1 or 2."""
    role = "|".join(re.escape(words) for words in role_abbreviations()[abbreviation])
    return re.compile(
        rf"\b(?i:{role}),?[ \t]+({NAME}(?:[ \t]+{NAME})*)|"
        rf"({NAME}[ \t]+{NAME}), (?:(?:the|its) )?(?:[\w’'-]+['’]s )?(?i:{role})(?=[ \t]*[,.;:)])")


def spelled_out(text: str, words: tuple[str, ...], at: int, known: set[str]) -> str | None:
    """The one known name `text[:at]` introduces with the role the words ('the', 'CFO')
    abbreviate, or None: for other words, for no such person or for two."""
    if len(words) != 2 or words[0].lower() != "the" or words[1] not in role_abbreviations():
        return None
    names = {m.group(1) or m.group(2) for m in _introduction(words[1]).finditer(text, 0, at)}
    names &= known
    return names.pop() if len(names) == 1 else None
