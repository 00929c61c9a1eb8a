"""Names listed with commas before the coordinated pair that ends a subject: 'Bell, Ruiz and
Okafor said', 'The B.C. Ministry of Water, Land and Resource Stewardship said'; a name and a
partner named by role without commas: 'Ana Ruiz and her husband Tom Bell said'."""

from __future__ import annotations

from functools import cache

from desktop.engine.speakers.lexicon import organisation_words, speaker_nouns, titles, word_set
from desktop.engine.speakers.noun_phrases import Token, is_name_word


def listed(toks: list[Token], phrase: tuple[int, int] | None) -> tuple[int, int] | None:
    """'Bell, Ruiz and Okafor said': names listed with commas before a coordinated pair that
    opens the sentence belong to the subject; so do those after the 'of' of a body's name
    ('The Ministry of Water, Land and Resource Stewardship said': one ministry)."""
    phrase = phrase and partnered(toks, phrase)
    if phrase is None or not any(t.text == "and" for t in toks[slice(*phrase)]):
        return phrase
    k = phrase[0]
    while k >= 2 and toks[k - 1].text == "," and is_name_word(toks[k - 2].text):
        k -= 2
        while k > 0 and is_name_word(toks[k - 1].text):
            k -= 1
        if k > 1 and toks[k - 1].text == "of" and toks[k - 2].text in _heads():
            return _named_from(toks, k - 2), phrase[1]  # 'Ministry of Water, Land and …'
        if k > 0 and toks[k - 1].text != ",":
            return phrase
    return (k, phrase[1]) if k == 0 else phrase


def partnered(toks: list[Token], phrase: tuple[int, int]) -> tuple[int, int]:
    """'Ana Ruiz and her husband Tom Bell said': a subject opening with a role noun after 'and'
    and a possessive reaches back to the name before them (each speaks: `coordinated`)."""
    a = phrase[0]
    if a < 4 or toks[a - 2].text != "and" or toks[a - 1].text not in _PARTNER_OWNERS or not (
            toks[a].text.islower() and toks[a].text in speaker_nouns()
            and toks[a].text not in word_set("articles.txt") | word_set("determiners.txt")):
        return phrase
    k = a - 2
    while k > 0 and is_name_word(toks[k - 1].text) and not toks[k - 1].text.endswith("s'"):
        k -= 1
    return (k, phrase[1]) if k < a - 2 else phrase


_PARTNER_OWNERS = ("her", "his", "their")


@cache
def _heads() -> frozenset[str]:
    """Words whose 'of' a list may follow: a body's ('Ministry') or a title's ('Minister')."""
    return organisation_words() | titles()


def _named_from(toks: list[Token], k: int) -> int:
    """The first token of the capitalised name ending at `k` ('B.C. Ministry')."""
    while k > 0 and is_name_word(toks[k - 1].text):
        k -= 1
    return k
