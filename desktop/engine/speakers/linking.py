"""Words linking a subject to the speech verb after them: 'went on to (say)', 'continued to
(insist)', 'took to
Facebook to (say)', 'was quoted (by Reuters) as (saying)', 'quoted a top aide as (saying)'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.engine.speakers.lexicon import word_set

if TYPE_CHECKING:  # noun_phrases reads these helpers: its Token only for the type hints
    from desktop.engine.speakers.noun_phrases import Token

QUOTED_REACH = 6  # longest 'quoted by THE NEWS AGENCY as', in tokens
_GO = {"go", "goes", "went", "going", "gone"}  # "went on to say": the forms of "go"
_TAKE = {"take", "takes", "took", "taking", "taken"}  # "took to Facebook to say"
TOOK_REACH = 5  # longest 'took to (the) (social) (media) to', in tokens


def went_on_to(toks: list[Token], j: int) -> int:
    """How many tokens 'went on to' or 'continued to' (an aspectual verb: 'began to', 'started
    to') takes when token `j` is its 'to': speech that followed or went on, reported; else 0."""
    if j < 1 or toks[j].text != "to":
        return 0
    if toks[j - 1].text.lower() in word_set("aspect_verbs.txt"):
        return 2
    return 3 if j >= 2 and toks[j - 1].text == "on" and toks[j - 2].text in _GO else 0


def took_to(toks: list[Token], j: int) -> int | None:
    """Index of 'took' when token `j` is the last 'to' of 'took to Facebook to (say)', 'took
    to the airwaves to (warn)': speech on a medium, reported; else None."""
    if toks[j].text != "to":
        return None
    for k in range(j - 2, max(-1, j - TOOK_REACH - 1), -1):
        if toks[k].text in _TAKE and toks[k + 1].text == "to":
            return k
        if not toks[k].text.isalpha():
            return None
    return None


def quoted_as(toks: list[Token], j: int) -> int | None:
    """Index of 'quoted' when token `j` is the 'as' of 'was quoted (by Reuters) as (saying)':
    who is quoted said it, not who quotes them."""
    if toks[j].text != "as":
        return None
    for k in range(j - 1, max(-1, j - QUOTED_REACH), -1):
        if toks[k].text == "quoted":
            return k if k + 1 == j or toks[k + 1].text == "by" else None
    return None


def quoted_object_as(toks: list[Token], j: int) -> bool:
    """Token `j` is the 'as' of 'quoted a top aide as (saying)': the one quoted said it."""
    k = next((k for k in range(j - 2, max(-1, j - QUOTED_REACH), -1) if toks[k].text == "quoted"
              and toks[j].text == "as"), -1)
    return k >= 0 and toks[k + 1].text != "by" and (
        k == 0 or toks[k - 1].text not in word_set("be_forms.txt"))  # not 'was quoted'
