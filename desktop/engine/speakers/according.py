"""'according to X': the source phrase (a name after a description in apposition, who
published the data or release it names) and the content it credits, in the sentence or before."""

from __future__ import annotations

from desktop.engine.article import Article, Sentence
from desktop.engine.speakers.adverbials import before_time
from desktop.engine.speakers.after_verb import subject_after
from desktop.engine.speakers.dates import date_phrase
from desktop.engine.speakers.found import CLOSING_MARKS, as_written, word_count
from desktop.engine.speakers.lexicon import titles, word_set
from desktop.engine.speakers.noun_phrases import Token
from desktop.engine.speakers.reported import MIN_WORDS, OPEN, enclosed_aside
from desktop.engine.speakers.speech_cues import may_report
from desktop.engine.speakers.subjects import name_range

Span = tuple[int, int]
ACCORDING_REACH = 10  # longest source phrase after "according to", in tokens
_SOURCE_STOPS = {",", ".", ";", ":", "—", "–", "(", ")", "]", '"', "“", "”"}  # and source_stops.txt


def according_parts(article: Article, sentence: Sentence, toks: list[Token],
                    i: int) -> tuple[Span, Span, bool, str | None] | None:
    """The source phrase (token indexes), the content (offsets), whether the content comes
    first and the source's role when a name follows it in apposition, for 'according to' at
    token `i`; None when it credits nothing said."""
    phrase = according_source(toks, i)
    if phrase is None or phrase[1] - phrase[0] == 1 and toks[phrase[0]].text in word_set(
            "plan_nouns.txt"):  # 'went ahead according to plan': no source
        return None
    if i == 0 or (i == 1 and toks[0].text.lower() in word_set("opening_conjunctions.txt")):
        role = None
        if named := name_apposed(toks, phrase[1]):  # 'According to the CFO, Ana Ruiz, the …'
            role, phrase = as_written(sentence, toks[slice(*phrase)]), named
        comma = phrase[1]
        while comma < len(toks) and toks[comma].text != ",":
            comma += 1
        if comma + 1 >= len(toks):
            return None
        return phrase, (toks[comma + 1].start, sentence.end), False, role
    end = toks[i - 1].start if toks[i - 1].text == "," else toks[i].start
    # '"Unacceptable," according to X': a quotation opening the sentence may be one word
    quoted = toks[0].text in OPEN and toks[i - 1].text in CLOSING_MARKS
    if word_count(article.text, sentence.start, end) < MIN_WORDS and not quoted:
        earlier = pointed_back(article, sentence, toks[:i])  # "That's according to X."
        if earlier is not None:
            return phrase, earlier, True, None
        if not enclosed_aside(toks, i, phrase[1]):
            return None
        end = sentence.end  # "The plan, according to X, will fail": the whole sentence
    # "The plan (a disaster, according to X) passed": X speaks the words in the brackets only
    bracket = article.text.rfind("(", sentence.start, end)
    start = bracket + 1 if bracket >= 0 and ")" not in article.text[bracket:end] else (
        sentence.start)
    return phrase, (start, end), True, None


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


def according_source(toks: list[Token], i: int) -> tuple[int, int] | None:
    """'according to the conservative-leaning Tax Foundation': up to the clause's end."""
    a = i + 2
    b = _source_end(toks, a)
    if b - a >= ACCORDING_REACH:  # 'a report released Thursday by …': the agent after 'by'
        by = next((k for k in range(a + 1, b) if toks[k].text == "by"), None)
        if by is None:
            return subject_after(toks, i + 1)
        a, b = by - 1, _source_end(toks, by + 1)  # 'by' itself is read as the agent below
    elif b == a:
        return subject_after(toks, i + 1)
    agent = next((k for k in range(a + 1, b - 1) if toks[k].text == "by" or toks[k].text == (
        "from") and toks[k - 1].text.lower() in word_set("published_nouns.txt") and not (
        date_phrase([t.text for t in toks[k + 1 : b]]))), None)  # not 'a report from May'
    if agent is None and (named := _name_closing(toks, b)):
        return named  # "according to the city's treasurer, Ana Ruiz.": the name
    b = before_time(toks, a if agent is None else agent + 1, b)  # not '… on Tuesday'
    return (agent + 1, b) if agent is not None else (a, b)  # "figures compiled by X", "data
    # from Statistics Canada": X, Statistics Canada


def _source_end(toks: list[Token], a: int) -> int:
    """Where a source phrase opening at token `a` ends: its clause's end, or `ACCORDING_REACH`
    tokens on."""
    b = a
    while b < len(toks) and b - a < ACCORDING_REACH and (not _source_stop(toks[b].text) or (
            toks[b].text == "." and toks[b - 1].text in titles())):  # "Dr. Li Wei"
        b += 1
    return b


def _name_closing(toks: list[Token], b: int, ends: tuple[str, ...] = (".",)
                  ) -> tuple[int, int] | None:
    """The name after a description ending in a lower-case noun at `b` and a comma, when the
    name ends the sentence ('…, according to the city's treasurer, Ana Ruiz.') or a mark of
    `ends` follows it ('According to the city's treasurer, Ana Ruiz, the …')."""
    if not (0 < b < len(toks) - 2 and toks[b].text == "," and toks[b - 1].text.islower()):
        return None
    e = b + 1
    while e < len(toks) and toks[e].text not in (".", ",", ";"):
        e += 1
    return (b + 1, e) if e - b > 2 and name_range(toks, b + 1, e) and (
        e == len(toks) and "." in ends or e < len(toks) and toks[e].text in ends) else None


def name_apposed(toks: list[Token], b: int) -> tuple[int, int] | None:
    """'According to the city's treasurer, Ana Ruiz, the …': the name in apposition."""
    return _name_closing(toks, b, (",",))


def _source_stop(word: str) -> bool:
    return word in _SOURCE_STOPS or word in word_set("source_stops.txt")
