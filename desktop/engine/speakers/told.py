"""Who was told, ended by the clause told: 'told the inquiry he had seen the boat'; who was asked,
ended by the question's 'whether' or 'if': 'asked the minister whether …'."""

from __future__ import annotations

from desktop.engine.speakers.lexicon import flagged, word_set
from desktop.engine.speakers.noun_phrases import Token, is_name_word

HEARER_REACH = 4  # words of a common noun phrase who was told ('the packed town hall')
_ASKED = ("whether", "if")  # what opens a question reported after who was asked


def pronoun_after_hearer(toks: list[Token], c: int) -> int:
    """'told the inquiry he had seen …', 'told a packed hall they would': an article or a
    possessive, lower-case words, then a subject pronoun, which no noun phrase goes on with
    (or 'that' and one: 'told the inquiry that he had …'): the index where the clause told
    opens; `c` when no such hearer stands ('told the story he had heard': told_things.txt)."""
    if c >= len(toks) or toks[c].text.lower() not in word_set("articles.txt") | word_set(
            "possessive_determiners.txt"):
        return c
    for k in range(c + 1, min(len(toks) - 2, c + 1 + HEARER_REACH)):
        word = toks[k].text
        if k > c + 1 and toks[k - 1].text not in word_set("told_things.txt") and (
                word in word_set("subject_pronouns.txt") or word == "that" and toks[
                    k + 1].text in word_set("subject_pronouns.txt")):
            return k if toks[k + 1].text[:1].isalpha() else c
        if not (word.isalpha() and word.islower()) or word in word_set("function_words.txt"):
            return c
    return c


def asked_hearer_end(toks: list[Token], i: int, c: int) -> int:
    """'asked the minister whether …', 'asked him if …', 'asked Finance Minister Paul Grant
    whether …': the index of the 'whether' or 'if' after who the verb of asking at `i` asked,
    from token `c`; `c` when no hearer and no such word follow ('asked whether …', 'asked
    the province for buses', 'asked questions, and if …')."""
    if toks[i].text.lower() not in flagged("speech_verbs.txt", "request"):
        return c
    for k in range(c, min(len(toks), c + 2 + HEARER_REACH)):
        word = toks[k].text
        if word in _ASKED:
            return k if k > c and toks[k + 1 : k + 2] and toks[k + 1].text[:1].isalnum() else c
        if not (_hearer_word(word) or word == "." and k > c and is_name_word(toks[k - 1].text)):
            return c
    return c


def _hearer_word(word: str) -> bool:
    """A word of who was asked: a pronoun, an article, a name or a common noun."""
    lower = word.lower()
    return lower in word_set("object_pronouns.txt") | word_set("articles.txt") | word_set(
        "possessive_determiners.txt") or is_name_word(word) or word.isalpha() and (
        word.islower() and lower not in word_set("function_words.txt"))
