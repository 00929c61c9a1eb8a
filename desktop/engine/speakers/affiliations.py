"""A speaker noun's affiliation after it: 'a spokeswoman for the health board', 'farmers in
the region', 'a nurse from Surrey'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.engine.speakers.lexicon import flagged, relative_pronouns, speaker_nouns, word_set

if TYPE_CHECKING:  # noun_phrases imports this module
    from desktop.engine.speakers.noun_phrases import Token


def speaker_places() -> frozenset[str]:
    """Where a speaker is from or near: 'a nurse from Surrey', 'a homeowner near Tagish'."""
    return flagged("speaker_place_prepositions.txt")


def past_affiliation(toks: list[Token], b: int) -> int:
    """End of the head noun before a short 'for/of/at the …' or 'in the region' phrase ending
    at `b` ('farmers in the region say', 'a man in the balcony yelled': where he stood), or
    `b`."""
    for k in range(b - 2, max(0, b - 6), -1):
        if (head := _qualified_head(toks, k)) is not None:
            return head + 1 if toks[head].text.lower() in speaker_nouns() else b
        if toks[k].text in word_set("affiliation_words.txt") | {"for"} or (
                toks[k].text in speaker_places() and toks[k + 1].text not in relative_pronouns()):
            head = toks[k - 1].text.lower() if k else ""
            return k if head in speaker_nouns() and head not in word_set("articles.txt") else b
    return b


def _qualified_head(toks: list[Token], k: int) -> int | None:
    """Index of the noun before a phrase ending at `k` that says what a source knows ('a person
    familiar with', 'an aide with knowledge of'), or None."""
    for phrase in word_set("source_qualifiers.txt"):
        words = phrase.split()
        a = k - len(words) + 1
        if a > 0 and [t.text.lower() for t in toks[a : k + 1]] == words:
            return a - 1
    return None


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


_MATTER_WORDS = 5  # 'close to the House speaker's office'


def modified_body(toks: list[Token], b: int) -> bool:
    """'for the health board', 'at the parks board': a preposition, 'the', a lower-case word
    that is no speaker noun and a lower-case speaker noun ending at `b`."""
    words = [t.text for t in toks[max(0, b - 4) : b]]
    return len(words) == 4 and words[0] in word_set("affiliation_words.txt") | {"for"} and (
        words[1] == "the" and words[2].isalpha() and words[2].islower() and (
            words[2] not in speaker_nouns()) and words[3].islower() and (
            words[3] in speaker_nouns()))
