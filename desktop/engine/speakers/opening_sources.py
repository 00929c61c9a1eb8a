"""'Per Trump, "…"', 'Per the campaign, "…"', 'In Trump's words, "…"': a source named or
described before a sentence's opening comma speaks the quotation after it, as 'According to'."""

from __future__ import annotations

from desktop.engine.article import Sentence
from desktop.engine.speakers.found import Found, found_at
from desktop.engine.speakers.lexicon import speaker_nouns, word_set
from desktop.engine.speakers.modified import POSSESSIVE_MARKS
from desktop.engine.speakers.noun_phrases import Token, is_name_word
from desktop.engine.speakers.quotes import Quotations

OPENERS = ("Per", "In")  # the words that open such a sentence
NAME_WORDS = 4  # longest name in such an opening ('Per Rep. Ana Maria Ruiz')
DESCRIBED_WORDS = 3  # longest description after its article ('Per the Harbour Board spokesman')
_WORDS = (("words", ","), ("own", "words", ","))  # what follows the possessive after 'In'
_MARK_GAP = 2  # the space between the comma and the opening mark, and the mark


def opening_source(sentence: Sentence, toks: list[Token], spans: Quotations) -> Found | None:
    """The attribution of a sentence opened by 'Per NAME,', 'Per the NOUN,' or 'In NAME's (own)
    words,' before a quotation; None for any other ('Per capita, …', 'In Ruiz's view, the …')."""
    if len(toks) < 3 or toks[0].text not in OPENERS:
        return None
    b = 1
    while b < len(toks) and b <= NAME_WORDS and is_name_word(toks[b].text):
        b += 1
    if b == 1 and toks[0].text == "Per":
        b = _described_end(toks)  # 'Per the campaign, "…"'
    rest = tuple(t.text for t in toks[b : b + 3])
    if toks[0].text == "Per":
        comma = b if b > 1 and rest[:1] == (",",) else None
    else:
        tail = next((w for w in _WORDS if rest[: len(w)] == w), None)
        last = toks[b - 1]
        possessive = tail and b > 1 and last.text.endswith(POSSESSIVE_MARKS)
        comma = b + len(tail) - 1 if possessive else None
        toks = [*toks[: b - 1], Token(last.text[:-2], last.start, last.end - 2), *toks[b:]]
    if comma is None or comma + 1 >= len(toks):
        return None
    after = toks[comma].end
    if not spans.starting_in(after, after + _MARK_GAP + 1):
        return None
    return found_at(sentence, toks, toks[0].text, (1, b), (toks[comma + 1].start, sentence.end),
                    False)


def _described_end(toks: list[Token]) -> int:
    """End of a source described after 'Per' ('the campaign', 'a senior aide'): an article, up
    to two modifiers ('the Ruiz campaign') and a speaker noun before a comma; 1 (no source)
    for anything else ('Per the deal, …')."""
    if toks[1].text.lower() not in word_set("articles.txt"):
        return 1
    for b in range(3, min(len(toks), 3 + DESCRIBED_WORDS)):
        if not (toks[b - 1].text.islower() or is_name_word(toks[b - 1].text)):
            return 1
        if toks[b - 1].text in speaker_nouns() and toks[b].text == ",":
            return b
    return 1
