"""Who was told, ended by the clause told: 'told the inquiry he had seen the boat'."""

from __future__ import annotations

from desktop.engine.speakers.lexicon import word_set
from desktop.engine.speakers.noun_phrases import Token

HEARER_REACH = 4  # words of a common noun phrase who was told ('the packed town hall')


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
