"""The noun phrase right after a speech verb: 'said Xi Jinping', 'said the rookie defenceman'."""

from __future__ import annotations

from desktop.engine.speakers.affiliations import qualified_end
from desktop.engine.speakers.lexicon import (
    inner_after,
    inner_words,
    number_word,
    openers,
    pronouns,
    speaker_nouns,
    titles,
)
from desktop.engine.speakers.noun_phrases import (
    Token,
    ambiguous,
    head_ok,
    is_name_word,
    phrase_word,
)
from desktop.engine.speakers.role_words import descriptor_word, role_like


def _descriptor_end(toks: list[Token], b: int) -> int:
    """End of up to five descriptor words from `b` when a name follows them, else `b`."""
    c = b
    while c < len(toks) and c - b < 5 and descriptor_word(toks[c].text):
        c += 1
    return c if c > b and c < len(toks) and is_name_word(toks[c].text) else b


def subject_after(toks: list[Token], i: int) -> tuple[int, int] | None:
    """Token range [a, b) of the noun phrase right after the verb at `i` ('said Xi Jinping')."""
    a = i + 1
    b = a + 1 if a < len(toks) and toks[a].text.lower() in openers() else a
    while b < len(toks) and b - a < 12:
        word = toks[b].text
        if phrase_word(toks[b]) or ambiguous(toks, b) or (
                word == "." and toks[b - 1].text in titles()):
            b += 1
        elif b > a and word in inner_after() and is_name_word(toks[min(b + 1, len(toks) - 1)].text):
            b += 1
        elif (end := _descriptor_end(toks, b)) > b:  # "says Cambridge cartoonist Ana Ruiz"
            b = end
        else:
            break
    while b > a and (toks[b - 1].text in inner_words() or toks[b - 1].text == "."):
        b -= 1
    if b > a and toks[a].text.lower() in pronouns():
        return a, a + 1
    if b == a or not (head_ok(toks[b - 1].text) or ambiguous(toks, b - 1)):
        return _description_after(toks, a)
    return a, _role_of(toks, b)


def _role_of(toks: list[Token], b: int) -> int:
    """'said Sasse's chief of staff', 'said the head of security': a speaker noun ending the
    phrase at `b` keeps 'of' and one lower-case noun after it as part of the role, or what
    the source knows ('said a person close to the speaker')."""
    if toks[b - 1].text.lower() in speaker_nouns() and (end := qualified_end(toks, b)) > b:
        return end
    if b + 1 < len(toks) and toks[b].text == "of" and toks[b - 1].text in speaker_nouns() and (
            role_like(toks[b + 1].text)):
        return b + 2
    return b


def _description_after(toks: list[Token], a: int) -> tuple[int, int] | None:
    """'said the rookie defenceman.': an article and description words up to the clause's end
    ('the 31-year-old mother of two': a noun's count of children too)."""
    if a >= len(toks) or toks[a].text.lower() not in openers():
        return None
    b = a + 1
    while b < len(toks) and b - a < 6 and descriptor_word(toks[b].text) and (
            qualified_end(toks, b) == b):  # 'said the senior aide close to the speaker.'
        b += 1
    head = b - 1
    if head > a and toks[head].text.lower() in speaker_nouns():
        b = qualified_end(toks, b)
    if b + 1 < len(toks) and toks[b].text == "of" and number_word().match(toks[b + 1].text.title()):
        b += 2  # 'the 31-year-old mother of two'
    closed = b == len(toks) or toks[b].text in (".", ",", "!", "?", ";")
    return (a, b) if head > a and closed and role_like(toks[head].text) else None
