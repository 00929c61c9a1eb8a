"""Where reported speech goes on past a comma a reader does not stop at: a subordinate clause
wants its main clause ('said that though the move was smooth, replacing the mayor would be
harder'; 'Though the move was smooth, Bell said, replacing the mayor would be harder')."""

from __future__ import annotations

from desktop.engine.speakers.complements import finite_verbs
from desktop.engine.speakers.lexicon import (
    flagged,
    speech_verb_at,
    speech_verbs,
    word_set,
    word_sets,
)
from desktop.engine.speakers.noun_phrases import Token

CLAUSE_REACH = 25  # longest subordinate clause opening what was said, in tokens
MODALS = ("would", "could", "will", "can", "may", "might", "should", "must")
MODAL_REACH = 4  # tokens after a contrasted modal read for a verb of saying
OBJECT_REACH = 6  # longest noun phrase said, in tokens, before 'and' and the speaker's verb
ELABORATIONS = ("including", "especially", "particularly", "notably")  # after a lone dash


def opening_clause_comma(toks: list[Token], c: int) -> int:
    """The index of the comma closing a subordinate clause ('though', 'if', 'because' …) that
    opens the content at `c`, else -1: the main clause follows it, so the comma ends nothing
    (a participle after it is the main clause's subject, 'replacing the mayor would be …')."""
    if c >= len(toks) or toks[c].text.lower() not in flagged("subordinators.txt"):
        return -1
    for k in range(c + 1, min(len(toks), c + CLAUSE_REACH)):
        if toks[k].text == ",":
            return k
        if not toks[k].text[:1].isalnum() and toks[k].text not in ("'", "’", "-"):
            return -1
    return -1


def main_clause_wanted(toks: list[Token], i: int, c: int) -> bool:
    """'Though the move was smooth, Bell said, replacing the mayor would be harder': after an
    attribution (verb at `i`) set off right after a sentence's opening subordinate clause,
    the words at `c` are its main clause, what was said too, even in -ing (not a speech verb's
    participle, 'If it fails, Bell said, adding that …': the speaker's)."""
    if toks[0].text.lower() not in flagged("subordinators.txt") or toks[c].text.lower() in (
            speech_verbs()) or toks[c].text.lower().removesuffix("ing") in speech_verbs():
        return False
    first = next((k for k in range(1, i) if toks[k].text == ","), None)
    return first is not None and all(t.text[:1].isalnum() or t.text in ("'", "’", "-", ".")
                                      for t in toks[first + 1 : i])


def bare_noun_form(toks: list[Token], c: int, k: int) -> bool:
    """'told the board that hacking of the port and state offices can be traced': a speech
    verb's bare form at `k` after 'and' ('state', 'report', 'call') is a noun or an adjective
    when the verb that reported the content at `c` is finite ('told', 'says'), and its form in
    -ing a gerund of the content ('known for singing and shouting'): verbs joined by 'and'
    share their form ('said … and stated', 'will say … and state'); not before a clause of
    its own, 'and claim she has …' (a writer's slip of tense). After a modal between ('and will
    testify') the verb is finite: the content's only with the modal it used ('would attack …
    and would respond'), as in shared_modal."""
    for j in range(k - 1, c, -1):
        if toks[j].text in ("and", "but"):
            break
        if toks[j].text in MODALS:
            return toks[j].text in (t.text for t in toks[c:j])
        if toks[j].text in ("has", "have", "had", "did", "does", "do"):
            return False
    form = _form(toks[k].text)
    if form == "finite" or k + 1 < len(toks) and toks[k + 1].text.lower() in (
            word_set("subject_pronouns.txt") | {"that"}):
        return False
    verb = next((j for j in range(c - 1, -1, -1) if speech_verb_at(toks, j)), None)
    return verb is not None and _form(toks[verb].text) != form


def _form(word: str) -> str:
    """'ing', 'bare' (no ending of tense or person: 'state') or 'finite' ('states', 'stated')."""
    word = word.lower()
    if word.endswith("ing"):
        return "ing"
    return "finite" if word.endswith(("s", "ed")) or word in word_set(
        "irregular_pasts.txt") else "bare"


def shared_modal(toks: list[Token], c: int, k: int) -> bool:
    """'says the levy would cut revenue at first, but would raise $8 million': after the comma
    at `k`, 'but' or 'yet' and the modal the content at `c` used join a second predicate to
    the content's own subject (the subject left out is the content's, as the modal tells);
    not a refusal, 'but would not say by how much', nor a speech verb ('but would add that';
    'would add $8 million' is no speech)."""
    if k + 4 >= len(toks) or toks[k + 1].text not in ("but", "yet"):
        return False
    modal = toks[k + 2].text
    return modal in MODALS and modal in (t.text for t in toks[c:k]) and toks[
        k + 3].text != "not" and not any(toks[j].text.lower() in speech_verbs() and not (
            toks[j + 1].text[:1] in "$£€" or toks[j + 1].text[:1].isdigit())
            for j in range(k + 3, min(len(toks) - 1, k + 3 + MODAL_REACH)))


def gerund_series(toks: list[Token], c: int, k: int) -> bool:
    """'said Bell was known for getting drunk, playing loud music and shouting at neighbours':
    the comma at `k` is a list's, between gerunds a preposition of the content at `c` took,
    when a gerund after it and one after 'and' or 'or' before the next stop follow; not a
    speech verb's participle ('denied breaking the rules, saying he was away and calling …')."""
    if not _gerund(toks[k + 1].text) or toks[k + 1].text in speech_verbs():
        return False
    first = next((j for j in range(k - 1, c, -1) if not toks[j].text[:1].isalnum()
                  or _gerund(toks[j].text) and toks[j - 1].text in word_set(
                      "phrase_prepositions.txt")), None)
    if first is None or not toks[first].text[:1].isalnum():
        return False
    for j in range(k + 2, len(toks) - 1):
        if not toks[j].text[:1].isalnum():
            return False
        if toks[j].text in ("and", "or"):
            return _gerund(toks[j + 1].text)
    return False


def _gerund(word: str) -> bool:
    return word.endswith("ing") and word.isalpha() and word.islower() and len(word) > 4


def dash_elaboration(toks: list[Token], k: int) -> bool:
    """'said the port needs new boats — including two for the islands', '— such as …', '— from
    a petition rule to a ballot': after a lone dash at `k`, a phrase naming examples or a range
    of the noun before it goes on with what was said (not '— and the council agreed')."""
    if k + 2 >= len(toks):
        return False
    word = toks[k + 1].text.lower()
    if word in ELABORATIONS or word == "such" and toks[k + 2].text == "as":
        return True
    if word != "from":
        return False
    to = next((j for j in range(k + 2, len(toks)) if toks[j].text == "to"
               or not toks[j].text[:1].isalnum()), None)
    return to is not None and toks[to].text == "to"


def object_then_predicate(toks: list[Token], c: int, k: int) -> bool:
    """'has promised a veto and attempted to make the case …': what was said at `c` is a noun
    phrase with no verb of its own, so a past form after 'and' at `k` taking an object or 'to'
    is the speaker's second predicate ('promised new roads and improved schools' goes on: an
    adjective before its noun; 'said prices rose and fell' has a verb of its own)."""
    if k + 2 >= len(toks) or not 0 < k - c <= OBJECT_REACH or not _past_form(toks[k + 1].text):
        return False
    after = toks[k + 2].text.lower()
    if after != "to" and after not in word_sets("determiners.txt", "object_pronouns.txt"):
        return False
    return all(t.text[:1].isalnum() and t.text.lower() not in finite_verbs() and not _past_form(
        t.text) for t in toks[c:k])


def _past_form(word: str) -> bool:
    return word.islower() and (word.endswith("ed") or word in word_set("irregular_pasts.txt"))
