"""Adverbials around a speech verb: times and manner adverbs after it ('said again on Monday'),
a medium after it ('responded on Twitter'), a participle clause before its subject ('Asked
whether it would run, Ruiz said'); 'early'/'late' after it that is no time ('said early herd
sales can ripple')."""

from __future__ import annotations

from desktop.engine.speakers.dates import date_phrase
from desktop.engine.speakers.lexicon import flagged, possessive_determiners, time_word, word_set
from desktop.engine.speakers.noun_phrases import Token, is_name_word

_DATE_PREPOSITIONS = frozenset({"from", "since", "of", "until", "in"})  # before a date that ends


def past_medium(toks: list[Token], c: int) -> int:
    """'on Twitter', 'on Fox News' after the verb: where the medium's name ends (`c` when
    there is none; 'on Monday' is a time); 'on a conference call with analysts': where the
    occasion ends, at a 'that', a comma or a colon opening what was said, else the sentence's."""
    if not (0 < c < len(toks) and toks[c - 1].text in ("on", "to")):  # 'posted to Instagram'
        return c
    k = c
    if toks[c].text.lower() in word_set("determiners.txt") and c > 1 and toks[c - 2].text in (
            flagged("speech_verbs.txt", "occasion")):
        return next((k for k in range(c, len(toks)) if toks[k].text in ("that", ",", ":")),
                    len(toks))
    while k < len(toks) and is_name_word(toks[k].text) and not time_word().match(toks[k].text):
        k += 1
    return k


def past_adverbials(toks: list[Token], c: int) -> int:
    """The first token from `c` on that is no adverb or time word ('again on Monday'), nor a
    word repeated around 'and' ('again and again', 'over and over')."""
    while c < len(toks):
        if c + 2 < len(toks) and toks[c + 1].text == "and" and toks[c].text == toks[
                c + 2].text and toks[c].text.isalpha() and toks[c].text.islower():
            c += 3
        elif _adverb(toks[c].text) or time_word().match(toks[c].text) or toks[c].text == "on":
            c += 1
        else:
            break
    return c


def _adverb(word: str) -> bool:
    return word.isalpha() and word.islower() and (
        word.endswith("ly") or word in word_set("manner_adverbs.txt"))


def subordinate_opening(toks: list[Token], i: int) -> int:
    """1 when the sentence opens with a subordinator ('When', 'After') and the verb at `i` is
    in that first clause, before any comma ('When Bell stood up and declared, "…"'): the
    clause's subject follows the subordinator; else 0."""
    if i < 3 or toks[0].text.lower() not in flagged("subordinators.txt"):
        return 0
    return 0 if any(t.text == "," for t in toks[1:i]) else 1


def fronted_adverbial(toks: list[Token], a: int) -> bool:
    """'Asked whether it would run, Ruiz said no', 'When speaking in Ashton, Ruiz said': a
    participle clause before the subject at `a` tells when or how, not what was said."""
    k = 1 if a > 2 and toks[0].text.lower() in flagged(
        "subordinators.txt", "participle") else 0
    if k + 1 >= a:
        return False
    word, governs = toks[k].text.lower(), toks[k + 1].text.lower()
    # the participle governs a preposition or a clause ('Asked about', 'Speaking to', 'Asked
    # whether'); 'Reduced fares will …', 'Leaving the port is …', 'Indeed, …' open a subject
    # (a noun, a gerund with its object) or an adverb instead
    objects = word_set("determiners.txt") | possessive_determiners() | word_set(
        "object_pronouns.txt")
    return word.isalpha() and (word.endswith(("ing", "ed")) or word in word_set(
        "irregular_participles.txt")) and (governs == "whether" or governs in word_set(
            "function_words.txt") and governs not in objects)


def early_subject(toks: list[Token], c: int) -> bool:
    """'said early herd sales can ripple': 'early' or 'late' modifying the noun that opens the
    content, whose auxiliary follows within four words ('said early Monday that', 'said late
    last week the …', 'said early in the day' no: a time, not a subject)."""
    if toks[c].text not in ("early", "late") or c + 1 >= len(toks) or not (
            toks[c + 1].text.isalpha() and toks[c + 1].text.islower()) or toks[
            c + 1].text in word_set("function_words.txt") | {"last", "next"} or time_word(
            ).match(toks[c + 1].text):
        return False
    return any(t.text in flagged("clause_verbs.txt") for t in toks[c + 2 : c + 6])


def before_time(toks: list[Token], a: int, b: int) -> int:
    """End of a phrase [a, b) without the date or time closing it ('figures released by the
    health board on Tuesday': the board; 'the health board last week', 'a report from last
    year')."""
    for k in range(max(a + 1, b - 3), b):  # the longest date phrase first
        if date_phrase([t.text for t in toks[k:b]]):  # and its preposition ('from last year')
            return k - 1 if k - 1 > a and toks[k - 1].text in _DATE_PREPOSITIONS else k
    return b
