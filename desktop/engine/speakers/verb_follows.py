"""Whether a speech verb's content follows it: 'revealed that', 'told X that', 'shot back'."""

from __future__ import annotations

from desktop.engine.speakers.adverbials import past_medium
from desktop.engine.speakers.after_verb import subject_after
from desktop.engine.speakers.lexicon import flagged, hearer_verbs, particles, word_set
from desktop.engine.speakers.noun_phrases import Token
from desktop.engine.speakers.quotes import Quotations
from desktop.engine.speakers.reported import clause_opens, comma_quote


def that_follows(toks: list[Token], i: int, spans: Quotations) -> bool:
    """'revealed that …', 'revealed: "…"', 'assured residents that …', 'pointed out that …':
    the content opens right after the verb (and the particle it needs), or after who listened;
    after a particle, also a comma and a quotation ('snapped back, "…"')."""
    c = i + 1
    if toks[i].text in particles():
        if not has_particle(toks, i):
            return False  # 'shot that video', 'pointed the way'
        c = past_medium(toks, i + 2)  # 'posted on Facebook that …', 'posted to Instagram'
        if comma_quote(toks, c):
            return True
    if toks[i].text in hearer_verbs():
        phrase = subject_after(toks, i)
        c = phrase[1] if phrase else c + 1
    if c >= len(toks):
        return False
    return toks[c].text in ("that", ":", "whether") or bool(spans.starting_in(
        toks[c].start, toks[c].start + 2)) or (  # 'questioned whether …' asks what is reported
        toks[i].text not in particles() and clause_opens(toks, c))  # 'maintains the dogs were'


def has_particle(toks: list[Token], i: int) -> bool:
    """Whether the particle the speech verb at `i` needs follows it ('shot back', 'pointed
    out')."""
    return i + 1 < len(toks) and toks[i + 1].text in particles().get(toks[i].text, ())


def to_hearer(toks: list[Token], i: int) -> bool:
    """'confirmed to CBC News that …', 'said to reporters that …': 'to' names who listened,
    and the content follows (not 'said to be', 'wrote to the council about the ferry')."""
    if i + 2 >= len(toks) or toks[i + 1].text != "to":
        return False
    if toks[i + 2].text.lower() in word_set("hearer_words.txt"):
        b = i + 3
    else:
        phrase = subject_after(toks, i + 1)
        b = phrase[1] if phrase else len(toks)
    return b < len(toks) and toks[b].text in ("that", ":")


_WORK_REACH = 4  # a determiner and up to two modifiers before the noun: 'his first research paper'


def writes_a_work(toks: list[Token], i: int) -> bool:
    """'Lind wrote his first paper', 'wrote a letter to the council': a determiner, then a
    written work as the object of 'write' at `i` is what was made, not what was said; not
    when a verb follows the noun ('wrote the letter was forged': a clause)."""
    if toks[i].text.lower() not in flagged("written_works.txt", "verb") or i + 2 >= len(toks) or (
            toks[i + 1].text.lower() not in word_set("determiners.txt") | word_set(
                "possessive_determiners.txt")):
        return False
    works = flagged("written_works.txt") - flagged("written_works.txt", "verb")
    for k in range(i + 2, min(i + 2 + _WORK_REACH, len(toks))):
        if toks[k].text.lower() in works:
            after = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
            return after not in flagged("clause_verbs.txt") | word_set("irregular_pasts.txt")
        if not toks[k].text.isalpha():
            return False
    return False
