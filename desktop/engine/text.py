"""Sentence and word segmentation with NLTK's algorithms and the project's own abbreviation list."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.engine.language import stop_words
from desktop.engine.nltk_import import nltk_module
from desktop.engine.preview import FINAL_CJK
from desktop.paths import word_list

_punkt = nltk_module("nltk.tokenize.punkt")
PunktParameters, PunktSentenceTokenizer = _punkt.PunktParameters, _punkt.PunktSentenceTokenizer
NLTKWordTokenizer = nltk_module("nltk.tokenize.destructive").NLTKWordTokenizer

_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-])*$")
_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3})$")  # "G.K." ending a piece
# "B.C.'s health officer", "HALIFAX, N.S. — The council …" (a dateline's dash): no sentence
# opens so
_GOES_ON = re.compile(r"['’]s\b|[a-z]|[—–]|--")
# A closing bracket, then a comma or a lower-case word: "(D-Ore.), who …" goes on
_BRACKET_GOES_ON = re.compile(r"[)\]](?:[,;]|\s+[a-z])")
_NEXT_WORD = re.compile(r"([A-Z][a-z][\w’'-]*)\b(?![.])")  # "Lee", not "Jr." or "The"
# "A B.C. Supreme Court judge", "an N.S. man", "The U.S. Senate" opening a sentence: initials
# after an indefinite article, or after "The" opening the piece, are no sentence's last word
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|^The)\s+$")
# A CJK sentence end; after a closing quote the sentence goes on unless a space or a new quote
# follows: "「本当ですか？」と彼は聞いた。" is one sentence.
_CJK_END = re.compile(f"[{FINAL_CJK}]+(?:[」』”’）)]+(?=[\\s「『“‘（(]|$))?(?![」』”’）)])")


class _MemoPunkt(PunktSentenceTokenizer):
    """Punkt that decides each candidate break's context once: the decision depends only on the
    context's words and the fixed parameters, and long texts repeat contexts ("said. He")."""

    def __init__(self, params: PunktParameters) -> None:
        super().__init__(params)
        self._decided = lru_cache(maxsize=1 << 16)(super().text_contains_sentbreak)

    def text_contains_sentbreak(self, text: str) -> bool:
        return self._decided(text)


@lru_cache(maxsize=1)
def _sentence_tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types.update(word_list("abbreviations.txt"))
    return _MemoPunkt(params)


@lru_cache(maxsize=1)
def _word_tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph (Punkt, project abbreviations).

    Punkt knows nothing of "。", "！" and "？": sentences it returns are cut after them too.
    """
    spans = _initials_joined(paragraph, list(_sentence_tokenizer().span_tokenize(paragraph)))
    if ")" in paragraph or "]" in paragraph:
        spans = _brackets_joined(paragraph, spans)
    if any(stop in paragraph for stop in _street_stops()):
        spans = [piece for span in spans for piece in _addresses_ended(paragraph, *span)]
    if not any(mark in paragraph for mark in FINAL_CJK):
        return spans
    return [piece for span in spans for piece in _cjk_sentences(paragraph, *span)]


def _initials_joined(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'said Rep. G.K.' | 'Lee of Ohio.': a cut after a person's initials, before a capitalised
    word that is no function word, is no sentence end ('… in Halifax, N.S.' | 'Police said' is);
    nor is one before a possessive or a lower-case word ('B.C.' | ''s health officer')."""
    out = spans[:1]
    for start, end in spans[1:]:
        initials = _INITIALS.search(paragraph, out[-1][0], out[-1][1])
        following = _NEXT_WORD.match(paragraph, start)
        if initials and (_GOES_ON.match(paragraph, start) or following and _name_goes_on(
                paragraph[out[-1][0] : initials.start()], initials.group(1), following.group(1))
                and following.group(1).lower() not in stop_words("english")):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _name_goes_on(before: str, initials: str, word: str = "") -> bool:
    """Whether a capitalised word after `initials` goes on their sentence: after a person's
    ('Rep. G.K.' | 'Lee'), not after a place's ('in Halifax, N.S.' | 'Police said'), unless
    `before` (the piece up to them) ends in an indefinite article or is "The" alone ('A B.C.'
    | 'Supreme Court judge', 'The U.S.' | 'Senate voted')."""
    return initials not in _place_initials() or bool(_ARTICLE_BEFORE.search(before)) or (
        word in _place_initial_names()) or _modifies(before, initials)  # 'B.C.' | 'Ferries'


def _modifies(before: str, initials: str) -> bool:
    """'said B.C.' | 'Premier …', 'the B.C.' | 'Court of Appeal': a place's initials after a
    verb, a determiner or nothing modify the word after them; after a preposition, a
    coordinator or a comma ('in B.C.', 'Halifax, N.S.', 'Alberta and B.C.') they are the place
    and may end the sentence, as after 'the' are those named with it ('to the U.S.')."""
    words = before.rsplit(maxsplit=1)  # the last word only: `before` may be a long piece
    last = words[-1].lower() if words else ""
    if last == "the":
        return initials not in _place_initials("the")
    return not (last and last[-1] in ",;:([\"“‘'") and last not in _place_noun_before()


@lru_cache(maxsize=1)
def _place_initial_names() -> frozenset[str]:
    return frozenset(word_list("place_initial_names.txt"))


def _brackets_joined(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Rep. Nadia Kress (D-Ore.' | '), who says …' and '(D-Ore.)' | 'and …': a cut before a
    closing bracket that a comma or a lower-case word follows, or after a stop and a closing
    bracket before a lower-case word, is no sentence end (Punkt took the state's stop for one)."""
    out = spans[:1]
    for start, end in spans[1:]:
        if _BRACKET_GOES_ON.match(paragraph, start) or paragraph[start].islower() and (
                paragraph[out[-1][1] - 2 : out[-1][1]] in (".)", ".]")):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


@lru_cache(maxsize=1)
def _street_stops() -> tuple[str, ...]:
    """'St.': the abbreviations, with their stop, that end a street's name and also begin a
    place's ('Elm St.', 'St. Louis'), which Punkt reads as abbreviations only."""
    return tuple(sorted(f"{w}." for w in set(word_list("street_words.txt")) & set(
        word_list("place_abbreviations.txt"))))


@lru_cache(maxsize=1)
def _address_end() -> re.Pattern:
    """'… at 12 Elm St. Police said': a street's abbreviation (of `_street_stops`) after a house
    number ends the sentence before a capitalised word ("St. Louis" goes on); a point of the
    compass (a compass word whose -ern adjective the list holds too) goes on the address
    ('King St. West')."""
    compass = set(word_list("compass_words.txt"))
    points = "|".join(sorted(w.capitalize() for w in compass if f"{w}ern" in compass))
    stops = "|".join(re.escape(stop) for stop in _street_stops())
    return re.compile(rf"\b\d+[a-z]?(?:[ \t]+[A-Z][\w’'-]*)+[ \t]+(?:{stops})"
                      rf"(?=[ \t]+[A-Z][a-z])(?![ \t]+(?:{points})\b)")


def _addresses_ended(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence from `start` to `end` cut after each street address ending in one of
    `_street_stops` ('12 Elm St.')."""
    pieces = []
    for match in _address_end().finditer(paragraph, start, end):
        pieces.append((start, match.end()))
        start = match.end()
        while start < end and paragraph[start].isspace():
            start += 1
    return pieces + [(start, end)]


@lru_cache(maxsize=2)
def _place_initials(flag: str = "") -> frozenset[str]:
    rows = [line.split() for line in word_list("place_initials.txt")]
    return frozenset(row[0] for row in rows if not flag or flag in row[1:])


@lru_cache(maxsize=1)
def _place_noun_before() -> frozenset[str]:
    return frozenset(word_list("place_noun_before.txt"))


def _cjk_sentences(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    for match in _CJK_END.finditer(paragraph, start, end):
        if match.end() < end:
            pieces.append((start, match.end()))
            start = match.end()
            while start < end and paragraph[start].isspace():
                start += 1
    return pieces + [(start, end)] if start < end else pieces


def words(sentence: str) -> tuple[str, ...]:
    """Word tokens of a sentence (letters, inner apostrophes and hyphens), punctuation dropped."""
    return tuple(w for w in _word_tokenizer().tokenize(sentence) if _WORD.match(w))


class SumyTokenizer:
    """The tokenizer sumy's documents need, without NLTK data (sumy's own needs `punkt_tab`)."""

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[a:b] for a, b in sentence_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return words(sentence)
