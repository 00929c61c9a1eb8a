"""Page furniture: the lines a news site prints between paragraphs ("Story continues below
advertisement", "READ MORE: …", "Open this photo in gallery:"), no part of the story."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from desktop.paths import word_list

if TYPE_CHECKING:  # the article imports this module lazily, for its `furniture`
    from desktop.engine.article import Article, Sentence

FURNITURE_WORDS = 40  # a longer paragraph is prose, whatever it opens with
CREDIT_WORDS = 10  # a photo credit ("Fred Lum/The Globe and Mail") is at most this long
_LABEL = re.compile(r"\s*([^\W\d_][^:|\n]{0,40}?)\s*[:|]\s*")  # 'READ MORE: ', 'WATCH | '
_NOT_WORD = re.compile(r"[\W_]+")
_NUMBER_AFTER = re.compile(r" \d+$")
_QUOTE_MARK = re.compile(r"[\"“”«»„]")
_CREDIT = re.compile(r"[A-Z][\w.'’ -]{1,40}/ ?[A-Z][\w.'’ -]{1,40}")


class _Phrases(NamedTuple):
    lines: frozenset[str]
    labels: frozenset[str]
    openers: re.Pattern[str]


@lru_cache(maxsize=1)
def _phrases() -> _Phrases:
    kinds: dict[str, set[str]] = {"line": set(), "label": set(), "opener": set()}
    for entry in word_list("page_furniture.txt"):
        kind, _, phrase = entry.partition(" ")
        kinds[kind].add(_normal(phrase))
    openers = "|".join(sorted(map(re.escape, kinds["opener"]), key=len, reverse=True))
    return _Phrases(frozenset(kinds["line"]), frozenset(kinds["label"]),
                    re.compile(rf"(?:{openers}) "))


def _normal(text: str) -> str:
    """Lower case, words joined by single spaces, every mark left out ("READ MORE:" ->
    "read more")."""
    return _NOT_WORD.sub(" ", text.replace("’", "").replace("'", "")).strip().lower()


def is_furniture(text: str) -> bool:
    """True for one paragraph (or line) of page furniture, read alone: "Story continues below
    advertisement", "ADVERTISEMENT", "READ MORE: <headline>", "Click here to …"; not for a
    sentence that mentions an advertisement, nor for "Watch the video below," she said."""
    return _kind(text) is not None


def _kind(text: str) -> str | None:
    """'line', 'label', 'bare' (a label alone: what follows is its caption or headline),
    'opener', or None for prose."""
    if len(text) > 400 or len(text.split()) > FURNITURE_WORDS:
        return None
    phrases = _phrases()
    normal = _normal(text)
    label = _LABEL.match(text)
    if label and _normal(label.group(1)) in phrases.labels:
        after = text[label.end() :].strip()
        if not after:
            return "bare"
        if not after[0].islower():  # a headline or a caption: "Related: a word he used" is prose
            return "label"
    if _NUMBER_AFTER.sub("", normal) in phrases.lines:
        return "line"
    if phrases.openers.match(normal + " ") and not _QUOTE_MARK.search(text):
        return "opener"
    return None


def furniture_paragraphs(paragraphs: Sequence[str]) -> frozenset[int]:
    """Indices of the paragraphs that are page furniture: each one read alone, the paragraph
    after a label alone on its line ("Open this photo in gallery:" + its caption), and a photo
    credit ("Fred Lum/The Globe and Mail") after any of them."""
    out: set[int] = set()
    caption_next = False
    for i, text in enumerate(paragraphs):
        kind = _kind(text)
        if kind is None and i - 1 in out and (
                caption_next and not _QUOTE_MARK.match(text.lstrip()) or _credit(text)):
            kind = "caption"  # a quotation after a bare label is the story's again
        if kind is not None:
            out.add(i)
        caption_next = kind == "bare"
    return frozenset(out)


def _credit(text: str) -> bool:
    text = text.strip()
    return len(text.split()) <= CREDIT_WORDS and _CREDIT.fullmatch(text) is not None


def reading_positions(count: int, furniture: frozenset[int]) -> list[int]:
    """Each of `count` paragraphs' position among the story's own paragraphs (furniture left
    out): two paragraphs with only furniture between them are next to each other. A furniture
    paragraph has the position of the story paragraph before it."""
    out, position = [], -1
    for i in range(count):
        if i not in furniture:
            position += 1
        out.append(position)
    return out


def story_paragraph(article: Article, index: int, step: int) -> int:
    """The paragraph `step` (1: after, -1: before) from paragraph `index` with furniture passed
    over; -1 or the number of paragraphs when there is none."""
    index += step
    while 0 <= index < len(article.paragraphs) and index in article.furniture:
        index += step
    return index


def sentence_before(article: Article, sentence: Sentence) -> Sentence | None:
    """The story's sentence before `sentence` (the last one of the paragraph before the
    furniture in between); None for the first."""
    if not sentence.index:
        return None
    before = article.sentences[sentence.index - 1]
    if before.paragraph not in article.furniture:
        return before
    paragraph = story_paragraph(article, before.paragraph, -1)
    return article.sentence_at(article.paragraphs[paragraph].end - 1) if paragraph >= 0 else None
