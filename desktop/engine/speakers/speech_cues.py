"""Where a sentence's speech cues are: a quick test on its text, then the tokens that are cues."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.engine.speakers.lexicon import speech_verb_at, speech_verbs
from desktop.engine.speakers.noun_phrases import Token
from desktop.engine.speakers.opening_sources import OPENERS
from desktop.engine.speakers.quotes import Quotations

_FIRST_WORD = re.compile(r"\W*(\w+)")
_WORD_RUN = re.compile(r"\w+")
_OPENING = tuple(f"{word} " for word in OPENERS)  # 'Per Trump, "…"'


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern:
    forms = sorted(speech_verbs(), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(forms)}|[Aa]ccording to)\b")


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str] | None:
    """The speech verb forms when each is one word (None otherwise): `_cue_pattern` then finds
    a form exactly where a sentence's whole word equals it, which a set look-up tells faster
    than the long alternation."""
    forms = speech_verbs()
    return frozenset(forms) if all(_WORD_RUN.fullmatch(f) for f in forms) else None


def may_report(text: str) -> bool:
    """Whether a sentence holds a speech cue, or opens with one ('Said Ellis: …')."""
    first = _FIRST_WORD.match(text)
    if first and first.group(1).lower() in speech_verbs() or text.startswith(_OPENING):
        return True
    words = _cue_words()
    if words is None or "ccording" in text:
        return bool(_cue_pattern().search(text))
    return not words.isdisjoint(_WORD_RUN.findall(text))


def cue_indexes(toks: list[Token], spans: Quotations) -> list[int]:
    """The indexes of the speech cues among `toks` outside quotations: speech verb forms (with
    the particle a form needs) and 'according to'."""
    verbs = speech_verbs()
    out = []
    for i, tok in enumerate(toks):
        if speech_verb_at(toks, i) or (i == 0 and tok.text.lower() in verbs) or (
            tok.text in ("according", "According") and toks[i + 1 : i + 2] != []
            and toks[i + 1].text == "to"
        ):
            if spans.containing(tok.start) is None:
                out.append(i)
    return out
