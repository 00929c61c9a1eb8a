"""'Per Trump, "…"' and 'In Trump's words, "…"': a source named before the comma that opens
a sentence speaks the quotation after the comma, as 'According to Trump, "…"' does."""

from __future__ import annotations

from desktop.engine.article import Sentence
from desktop.engine.speakers.found import Found, found_at
from desktop.engine.speakers.noun_phrases import Token, is_name_word
from desktop.engine.speakers.quotes import Quotations
from desktop.engine.speakers.subjects import POSSESSIVE_MARKS

OPENERS = ("Per", "In")  # the words that open such a sentence
NAME_WORDS = 4  # longest name in such an opening ('Per Rep. Ana Maria Ruiz')
_WORDS = (("words", ","), ("own", "words", ","))  # what follows the possessive after 'In'
_MARK_GAP = 2  # the space between the comma and the opening mark, and the mark


def opening_source(sentence: Sentence, toks: list[Token], spans: Quotations) -> Found | None:
    """The attribution of a sentence opened by 'Per NAME,' or 'In NAME's (own) words,' before
    a quotation; None for any other sentence ('Per capita, …', 'In Ruiz's view, the …')."""
    if len(toks) < 3 or toks[0].text not in OPENERS:
        return None
    b = 1
    while b < len(toks) and b <= NAME_WORDS and is_name_word(toks[b].text):
        b += 1
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
