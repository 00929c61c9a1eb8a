"""A subject's lower-case modifiers before its speaker noun ('the local school board met') and
a possessive's role before a name in apposition ("Quebec's natural resources minister, NAME,")."""

from __future__ import annotations

from desktop.engine.speakers.lexicon import flagged, speaker_nouns, speech_verbs, word_set
from desktop.engine.speakers.noun_phrases import Token

MODIFIERS = 3  # lower-case words before a speaker noun in a subject ('the local school board')
POSSESSIVE_MARKS = ("'s", "’s")


def modified_noun(toks: list[Token], b: int, i: int) -> int:
    """The end of the longest run of lower-case words after a determiner at `b - 1`, before the
    verb at `i`, that ends in a speaker noun ('the ferry board'); `b` when there is none."""
    end = b
    for e in range(b, min(i, b + MODIFIERS)):
        word = toks[e].text
        if not (word.isalpha() and word.islower()):
            break
        if word in speaker_nouns() and _verb_after(toks, e + 1, i):
            end = e + 1
    return end


def role_before_comma(toks: list[Token], b: int, i: int) -> bool:
    """Whether lower-case words from `b`, before the verb at `i`, end in a speaker noun right
    before a comma: "Quebec's natural resources minister, Ana Ruiz, …" (not "X's brief said")."""
    e = b
    while e < i and e - b < MODIFIERS and toks[e].text.isalpha() and toks[e].text.islower():
        e += 1
    return b < e < i and toks[e].text == "," and toks[e - 1].text in speaker_nouns()


def _verb_after(toks: list[Token], k: int, i: int) -> bool:
    """Whether token `k` is the verb at `i` or a verb's form (an auxiliary, a speech verb, a
    past in '-ed' or an irregular one), so the noun before it heads the subject: 'the ferry
    board met', not 'the department video has'."""
    word = toks[k].text.lower() if k < len(toks) else ""
    return k == i or word in flagged("clause_verbs.txt") or word in speech_verbs() or (
        word.endswith("ed") or word in word_set("irregular_pasts.txt"))
