"""A number's qualifier opening what was said: 'said at least eight homes …', 'says as many as
4,000 jobs …': the words belong to the content, they open no adverbial of the saying."""

from __future__ import annotations

from desktop.engine.speakers.lexicon import number_word
from desktop.engine.speakers.noun_phrases import Token

_PAIRS = (["at", "least"], ["at", "most"], ["up", "to"])
_AS_AS = frozenset({"many", "much", "few", "little"})  # 'as many as 4,000', 'as little as $5'
_CURRENCY = frozenset("$€£¥")


def counted(toks: list[Token], c: int) -> bool:
    """'said at least eight homes were …', 'said about 300 people …', 'says up to 40 …', 'says
    as many as 4,000 jobs …': a number's 'at least', 'at most', 'about', 'up to' or 'as many
    as' opens the content, no adverbial ('said at least once that …', 'said about the plan',
    'said as much as a week ago', 'said as she left' no)."""
    words = [t.text.lower() for t in toks[c : c + 3]]
    if words[:2] in _PAIRS:
        k: int | None = c + 2
    elif words[:1] == ["about"]:
        k = c + 1
    else:
        k = c + 3 if len(words) == 3 and words[0] == words[2] == "as" and (
            words[1] in _AS_AS) else None
    return k is not None and k < len(toks) and _amount(toks[k].text)


def _amount(word: str) -> bool:
    """A number, a sum of money or 'half' ('as much as half the budget')."""
    return word[:1].isdigit() or word[:1] in _CURRENCY or word.lower() == "half" or bool(
        number_word().match(word.title()))
