"""A speaker noun's affiliation after it: 'a spokeswoman for the health board', 'farmers in
the region', 'a nurse from Surrey'."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from desktop.engine.speakers.lexicon import (
    flagged,
    people_noun,
    person_nouns,
    relative_pronouns,
    speaker_nouns,
    word_set,
)

if TYPE_CHECKING:  # noun_phrases imports this module
    from desktop.engine.speakers.noun_phrases import Token


def speaker_places() -> frozenset[str]:
    """Where a speaker is from or near: 'a nurse from Surrey', 'a homeowner near Tagish'."""
    return flagged("speaker_place_prepositions.txt")


def affiliation_word(word: str) -> bool:
    """'of', 'at', 'from' (affiliation_words.txt) or 'for': a word joining a speaker noun to
    whom or where they speak for ('a spokeswoman for the board', 'a nurse at the clinic')."""
    return word in word_set("affiliation_words.txt") or word == "for"


def past_affiliation(toks: list[Token], b: int) -> int:
    """End of the head noun before a short 'for/of/at the …' or 'in the region' phrase ending
    at `b` ('farmers in the region say', 'a man in the balcony yelled': where he stood), or
    `b`; before two such phrases when a place's name ends them (`chained_affiliation`)."""
    return _affiliated(toks, b, chained_affiliation(toks, b))


def _affiliated(toks: list[Token], b: int, chain: bool = False) -> int:
    """`past_affiliation`'s end; with `chain`, read past a place's phrase to the one before."""
    k, reach = b - 2, _REACH
    while k > max(0, b - 2 - reach):
        if (head := _qualified_head(toks, k)) is not None:
            return head + 1 if toks[head].text.lower() in speaker_nouns() else b
        if affiliation_word(toks[k].text) or (
                toks[k].text in speaker_places() and toks[k + 1].text not in relative_pronouns()):
            head = toks[k - 1].text.lower() if k else ""
            if head in speaker_nouns() and head not in word_set("articles.txt"):
                outer = outer_head(toks, k - 1)  # 'a doctor at a hospital in Toronto'
                return k if outer == k - 1 else outer + 1
            if not chain or toks[k].text not in speaker_places():
                return b
            chain, reach = False, b - k + _LINK  # read on to the phrase holding this noun
        elif reach > _REACH and (not (toks[k].text.isalpha() and toks[k].text.islower()) or (
                toks[k + 1].text in speaker_places() and toks[k].text.endswith(("ed", "ing")))):
            return b  # only an article, modifiers ('a polling station') and a noun between
        k -= 1
    return b


def chained_affiliation(toks: list[Token], b: int) -> bool:
    """'A manager at one outlet in Toronto said', 'A doctor at a hospital in Toronto said': a
    name ending at `b` closes a place's phrase after another phrase whose noun is a speaker
    noun (or a person noun before a body's); that noun speaks, not the place."""
    if b < 2 or not toks[b - 1].text[:1].isupper():
        return False
    k = _affiliated(toks, b)
    return k == b and _affiliated(toks, b, True) < b or k < b and toks[k].text not in (
        speaker_places())  # 'a doctor at a hospital in Toronto': 'at' ends the doctor


def _qualified_head(toks: list[Token], k: int) -> int | None:
    """Index of the noun before a phrase ending at `k` that says what a source knows ('a person
    familiar with', 'an aide with knowledge of'), or None."""
    if k >= len(toks):
        return None
    for words in _qualifiers_by_last().get(toks[k].text.lower(), ()):
        a = k - len(words) + 1
        if a > 0 and [t.text.lower() for t in toks[a : k + 1]] == words:
            return a - 1
    return None


@cache
def _qualifiers_by_last() -> dict[str, list[list[str]]]:
    """source_qualifiers.txt's phrases split into words, by their last word, in the set's own
    order: only those can end at a token (each phrase split for each token read back from
    each verb had cost a tenth of a second on a megabyte)."""
    by_last: dict[str, list[list[str]]] = {}
    for phrase in word_set("source_qualifiers.txt"):
        by_last.setdefault(phrase.split()[-1], []).append(phrase.split())
    return by_last


def qualified_end(toks: list[Token], b: int) -> int:
    """End of the phrase saying what a source knows that starts at `b`, with the matter after
    it up to the clause's end ('close to the speaker', 'familiar with Dalton's thinking'), or
    `b` when none starts there or the clause runs on."""
    for phrase in word_set("source_qualifiers.txt"):
        words = phrase.split()
        if [t.text.lower() for t in toks[b : b + len(words)]] == words:
            c = b + len(words)
            while c < len(toks) and c - b < len(words) + _MATTER_WORDS and (
                    toks[c].text[:1].isalnum() or toks[c].text in ("'s", "’s")):
                c += 1
            return c if c == len(toks) or toks[c].text in (".", ",", ";", "!", "?") else b
    return b


_REACH = 4  # tokens of a short phrase read back from the verb ('for the health board')
_LINK = 5  # tokens from a place's phrase back to the one before ('at one outlet in')
_MATTER_WORDS = 5  # 'close to the House speaker's office'


def modified_body(toks: list[Token], b: int) -> bool:
    """'for the health board', 'at the parks board': a preposition, 'the', a lower-case word
    that is no speaker noun and a lower-case speaker noun ending at `b`; or a name closing the
    second of two phrases after a speaker noun (`chained_affiliation`)."""
    words = [t.text for t in toks[max(0, b - 4) : b]]
    return chained_affiliation(toks, b) or len(words) == 4 and affiliation_word(words[0]) and (
        words[1] == "the" and words[2].isalpha() and words[2].islower() and (
            words[2] not in speaker_nouns()) and words[3].islower() and (
            words[3] in speaker_nouns()))


def chained_description(words: tuple[str, ...]) -> bool:
    """'A manager at one outlet in Corner Brook': a people noun opening the mention (after its
    article), a phrase of its affiliation, then a place's: nobody named Corner Brook."""
    j = int(bool(words) and words[0].lower() in word_set("articles.txt"))
    return len(words) > j + 3 and people_noun(words[j]) and words[j].islower() and (
        affiliation_word(words[j + 1])) and any(
        w in speaker_places() for w in words[j + 2 :])


def outer_head(toks: list[Token], h: int) -> int:
    """The noun heading the phrase whose last noun is at `h`: 'a doctor at a hospital (in
    Toronto)' is the doctor, a person noun before 'at', 'for', 'of' or 'from' and an article;
    else `h`."""
    j = h - 1
    if j >= 2 and toks[j].text.lower() in word_set("articles.txt") and affiliation_word(
            toks[j - 1].text) and toks[j - 2].text.lower() in person_nouns():
        return j - 2
    return h
