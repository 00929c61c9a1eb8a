"""'according to X': the source phrase and the content it credits, in the sentence or before."""

from __future__ import annotations

from desktop.engine.article import Article, Sentence
from desktop.engine.speakers.found import CLOSING_MARKS, word_count
from desktop.engine.speakers.lexicon import word_set
from desktop.engine.speakers.noun_phrases import Token
from desktop.engine.speakers.reported import MIN_WORDS, OPEN, enclosed_aside
from desktop.engine.speakers.speech_cues import may_report
from desktop.engine.speakers.subjects import according_source

Span = tuple[int, int]


def according_parts(article: Article, sentence: Sentence, toks: list[Token],
                    i: int) -> tuple[Span, Span, bool] | None:
    """The source phrase (token indexes), the content (offsets) and whether the content comes
    first, for 'according to' at token `i`; None when it credits nothing said."""
    phrase = according_source(toks, i)
    if phrase is None or phrase[1] - phrase[0] == 1 and toks[phrase[0]].text in word_set(
            "plan_nouns.txt"):  # 'went ahead according to plan': no source
        return None
    if i == 0 or (i == 1 and toks[0].text.lower() in word_set("opening_conjunctions.txt")):
        comma = phrase[1]
        while comma < len(toks) and toks[comma].text != ",":
            comma += 1
        if comma + 1 >= len(toks):
            return None
        return phrase, (toks[comma + 1].start, sentence.end), False
    end = toks[i - 1].start if toks[i - 1].text == "," else toks[i].start
    # '"Unacceptable," according to X': a quotation opening the sentence may be one word
    quoted = toks[0].text in OPEN and toks[i - 1].text in CLOSING_MARKS
    if word_count(article.text, sentence.start, end) < MIN_WORDS and not quoted:
        earlier = pointed_back(article, sentence, toks[:i])  # "That's according to X."
        if earlier is not None:
            return phrase, earlier, True
        if not enclosed_aside(toks, i, phrase[1]):
            return None
        end = sentence.end  # "The plan, according to X, will fail": the whole sentence
    # "The plan (a disaster, according to X) passed": X speaks the words in the brackets only
    bracket = article.text.rfind("(", sentence.start, end)
    start = bracket + 1 if bracket >= 0 and ")" not in article.text[bracket:end] else (
        sentence.start)
    return phrase, (start, end), True


def pointed_back(article: Article, sentence: Sentence, opening: list[Token]) -> Span | None:
    """'Rents rose 8 per cent. That's according to a report from Statistics Canada.', '…
    That's what Ana Ruiz told the Star.': a demonstrative and a form of 'be' (and 'what')
    opening the sentence point back to the sentence before, in the same paragraph, which is
    what the source said (not a quotation nor a sentence with a speech verb: they have
    their own attribution)."""
    words = [t.text.lower().replace("’", "'") for t in opening]
    if words[-1:] == ["what"]:
        words = words[:-1]
    if words not in (["that's"], ["that", "'s"], ["that", "is"], ["this", "is"],
                     ["that", "was"]):
        return None
    before = article.sentences[sentence.index - 1] if sentence.index > 0 else None
    if before is None or before.paragraph != sentence.paragraph or before.text.lstrip()[
            :1] in OPEN or word_count(article.text, before.start, before.end) < MIN_WORDS or (
            may_report(before.text)):  # '… said A. That's what she said.': A is hers already
        return None
    return before.start, before.end
