"""Where one report of speech joins another, or the writer's words join a quotation: '…,
then told reporters …', '…, before adding that …', 'and declined to say more', 'said "no"
when asked …', 'vowed to "fight for every vote"'."""

from __future__ import annotations

from desktop.engine.speakers.found import CLOSING_MARKS, QUOTE_MARKS
from desktop.engine.speakers.lexicon import (
    base_forms,
    flagged,
    speech_verb_at,
    speech_verbs,
    word_set,
)
from desktop.engine.speakers.noun_phrases import Token

THEN = ("then", "later")  # after a comma, they join a second predicate as 'and' does
TIME_LINKS = ("before", "after", "while", "then")  # '…, before adding': the speaker's participle
CONTRASTS = ("but", "yet")  # after a comma, they may join a phrase to what was said


def then_said(toks: list[Token], k: int) -> bool:
    """'said the bill was "a sham," then told reporters …': after a comma, 'then' or 'later'
    and a verb of saying (not in the bare form) join a second report to the speaker, as 'and'
    does ('later telling council …'); the bare form goes on with what was said ('would meet him,
    then tell …')."""
    if toks[k].text not in THEN or k < 2 or not (toks[k - 1].text == "," or (
            toks[k - 1].text in QUOTE_MARKS and toks[k - 2].text == ",")):
        return False
    verb = k + 1 + (k + 2 < len(toks) and toks[k + 1].text in word_set("between_words.txt"))
    return verb < len(toks) and speech_verb_at(toks, verb) and toks[verb].text not in (
        base_forms())


def quotation_first(toks: list[Token], c: int) -> int | None:
    """The closing mark of a quotation opening the content at `c` when the writer's words
    follow it ('said "no" when asked if …', 'said "yes," and the crowd roared'): a time, a
    place or, after a comma, a second clause (quotation_adjuncts.txt); not 'and that …', the
    verb's second content, nor a verb ('said "the system" is broken') or 'and' without a
    comma ('said "tax reform" and cuts would …'): the quotation is part of a subject."""
    if c >= len(toks) or toks[c].text not in ('"', "“") or c and toks[c - 1].text in (",", ":"):
        return None  # 'said, "…," as …' is opened_by_cue's
    close = next((k for k in range(c + 1, len(toks)) if toks[k].text in ('"', "”")), None)
    if close is None or close + 3 >= len(toks):
        return None
    comma = toks[close - 1].text == "," or toks[close + 1].text == ","
    after = close + 1 + (toks[close + 1].text == ",")
    word = toks[after].text
    joined = comma or word not in CONTRASTS + ("and",) or second_predicate(toks, after)
    return close if word in word_set("quotation_adjuncts.txt") and joined and toks[
        after + 1].text not in ("that", '"', "“") else None


def participle_joint(toks: list[Token], i: int) -> int | None:
    """'…, adding', '…," adding', '…, before adding': the comma (or the closing mark after it)
    that opens the speaker's participle clause of saying at `i`, with a word of time between."""
    j = i - 1 - (i > 2 and toks[i - 1].text in TIME_LINKS)
    if j > 0 and toks[i].text.endswith("ing") and (toks[j].text == "," or j > 1 and (
            toks[j].text in CLOSING_MARKS and toks[j - 1].text == ",")):
        return j
    return None


def second_predicate(toks: list[Token], c: int) -> bool:
    """'…, Ruiz said, but declined to comment further' / 'and added that …' / 'but would not
    say when': 'and' or 'but' and a speech verb or a refusal to speak join a second predicate
    to the speaker; it is no part of what was said ('but it will not last', 'and rushed in'
    (the content's subject did), 'but not in winter' go on)."""
    if toks[c].text not in ("and", "but") or c + 1 >= len(toks):
        return False
    word = toks[c + 1].text
    if word in ("would", "did", "could"):
        return c + 2 < len(toks) and toks[c + 2].text == "not"
    return word in speech_verbs() or word in word_set("refusal_verbs.txt")


def quoted_to(toks: list[Token], i: int) -> bool:
    """'promised to "cut taxes …"', 'vowed to "fight for every vote"': 'to' and a quotation
    right after a verb of promising quote what was promised ('wrote to "The Times"' no)."""
    return i + 2 < len(toks) and toks[i + 1].text == "to" and toks[i + 2].text in ('"', "“") and (
        toks[i].text in flagged("speech_verbs.txt", "promise"))
