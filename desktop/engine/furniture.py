"""Page furniture: the lines a news site prints between paragraphs ("Story continues below
advertisement", "READ MORE: …", "Open this photo in gallery:"), no part of the story."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop.paths import word_list

if TYPE_CHECKING:  # the article imports this module lazily, for its `furniture`
    from desktop.engine.article import Article, Sentence

FURNITURE_WORDS = 40  # a longer paragraph is prose, whatever it opens with
CREDIT_WORDS = 10  # a photo credit ("Fred Lum/The Globe and Mail") is at most this long
_QUOTE_MARK = re.compile(r"[\"“”«»„]")
# a photo credit: who took it, a slash and for whom ("Evan Marsh/CBC", "THE CANADIAN PRESS/Sean
# Kilpatrick"), alone on a line or in brackets ending a caption
_CREDIT = r"[A-Z][\w.'’ &-]{0,40}/ ?[A-Z][\w.'’ &-]{0,40}"
_CREDIT_LINE = re.compile(rf"\(?{_CREDIT}\)?")
_LETTER = re.compile(r"[^\W\d_]")
_PROSE_END = re.compile(r"[.!?][\"”’»)]*$")  # a sentence's stop, and marks closing after it
# A live blog's timestamp alone on its line ("10:42 PM ET", "9:05 a.m."): it heads an entry
_TIMESTAMP = r"\d{1,2}:\d{2}[ \t]*[ap]\.?m\b\.?(?:[ \t]+[a-z]{1,4}\b)?"
_STAMP_LINE = re.compile(_TIMESTAMP, re.IGNORECASE)
_ALONE = ("line", "label", "bare")  # the kinds that stand alone, even on a line of a paragraph


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """One pattern for every phrase of resources/page_furniture.txt, marks between words free:
    a label with what follows it, a whole line (a number may end it), or an opener."""
    kinds = _phrases()
    line, label, opener = ("|".join(sorted(kinds[k], key=len, reverse=True))
                           for k in ("line", "label", "opener"))
    # marks may open it ("[Video: …]"), quotation marks not: '"Watch: we will win," she said'
    return re.compile(rf"[^\w\"“”«»„‘']*(?:(?P<label>{label})[ \t]*[:|]\s*(?P<after>\S?)"
                      rf"|(?:{line}|{_TIMESTAMP})(?:[\W_]+\d+)?[\W_]*$|(?P<opener>{opener})\b)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _pattern_at_line() -> re.Pattern[str]:
    """The same, at the start of any line of a block: most blocks have none (one search)."""
    return re.compile("^" + _pattern().pattern, re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[str]]:
    """Kind -> its phrases as patterns, from resources/page_furniture.txt."""
    kinds: dict[str, list[str]] = {"line": [], "label": [], "opener": [], "credit": []}
    for entry in word_list("page_furniture.txt"):
        kind, _, phrase = entry.partition(" ")
        kinds[kind].append(r"[\W_]+".join(map(re.escape, phrase.split())))
    return kinds


@lru_cache(maxsize=1)
def _credit_after() -> re.Pattern[str]:
    """A photo credit in brackets ending a caption: '(Evan Marsh/CBC)', '(Submitted by Ana
    Ruiz)', '(THE CANADIAN PRESS/Sean Kilpatrick)'."""
    words = "|".join(sorted(_phrases()["credit"], key=len, reverse=True))
    return re.compile(rf"\((?:{_CREDIT}|(?i:{words})\b[^()]{{0,40}})\)\W*$")


def is_furniture(text: str) -> bool:
    """True for one paragraph (or line) of page furniture, read alone: "Story continues below
    advertisement", "ADVERTISEMENT", "READ MORE: <headline>", "Click here to …"; not for a
    sentence that mentions an advertisement, nor for "Watch the video below," she said."""
    return _kind(text) is not None


def _kind(text: str) -> str | None:
    """'line', 'label', 'bare' (a label alone: what follows is its caption or headline),
    'opener', 'caption' (one ending with a credit in brackets), or None for prose."""
    if len(text) > 400:
        return None
    match = _pattern().match(text)
    if match is None:  # a caption with its credit ('Ruiz at the harbour. (Evan Marsh/CBC)')
        end = text.rstrip()[-90:]
        if end[-1:] != ")" or not _credit_after().search(end):
            return None
    if len(text.split()) > FURNITURE_WORDS:
        return None
    if match is None:
        return "caption"
    if match["label"]:
        # a headline or a caption follows a label: "Related: a word he used twice" is prose
        return "bare" if not match["after"] else None if match["after"].islower() else "label"
    if match["opener"]:
        return None if _QUOTE_MARK.search(text) else "opener"
    return "line"


def furniture_lines(block: str) -> list[str]:
    """The lines of `block` with each line of furniture ("ADVERTISEMENT", "READ MORE: …") taken
    out as a block of its own: between two lines of a paragraph, it ends the first (a time
    there is a wrapped sentence's: a timestamp heads its block)."""
    if "\n" not in block or not _pattern_at_line().search(block):
        return [block]
    out: list[str] = []
    kept: list[str] = []
    for line in block.split("\n"):
        if _kind(line) in _ALONE and not (kept and _STAMP_LINE.fullmatch(line.strip())):
            out += ["\n".join(kept), line] if kept else [line]
            kept = []
        else:
            kept.append(line)
    return [*out, "\n".join(kept)] if kept else out


def furniture_paragraphs(paragraphs: Sequence[str]) -> frozenset[int]:
    """Indices of the paragraphs that are page furniture: each one read alone, the paragraph
    after a label alone on its line ("Open this photo in gallery:" + its caption), and a photo
    credit ("Fred Lum/The Globe and Mail") or a line without a letter after any of them."""
    out: set[int] = set()
    caption_next = False
    for i, text in enumerate(paragraphs):
        kind = _kind(text)
        if kind is None and i - 1 in out and (
                caption_next and not _story_again(text) or _credit(text)
                or not _LETTER.search(text)):  # a video's length ("2:03") under its link
            kind = "caption"
        if kind is not None:
            out.add(i)
        caption_next = kind == "bare"
    return frozenset(out)


def _story_again(text: str) -> bool:
    """Whether a paragraph after a label alone ("WATCH:") is the story's again, not the
    caption or headline the label leaves behind it: it opens with a quotation ('"We will fix
    it."'), or it holds one and ends a sentence as prose does ('Ruiz told council … "People
    are angry," she said.'), where a headline has no stop and a caption ends with its credit."""
    text = text.strip()
    return bool(_QUOTE_MARK.match(text) or _QUOTE_MARK.search(text) and _PROSE_END.search(text))


def _credit(text: str) -> bool:
    text = text.strip()
    return len(text.split()) <= CREDIT_WORDS and _CREDIT_LINE.fullmatch(text) is not None


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


def in_furniture(article: Article, offset: int) -> bool:
    """Whether body position `offset` is in a paragraph of page furniture."""
    return bool(article.furniture) and article.sentence_at(offset).paragraph in article.furniture


def reach_start(article: Article, paragraph: int, reach: int) -> int:
    """Where the `reach` paragraphs of the story before `paragraph` start (furniture between
    them is not counted)."""
    for _ in range(reach):
        paragraph = max(0, story_paragraph(article, paragraph, -1))
    return article.paragraphs[paragraph].start


def outside_furniture(article: Article, named: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The (position, name) pairs of `named` not in a paragraph of furniture: a name in a link
    or a caption is nobody a pronoun of the story means."""
    return [n for n in named if not in_furniture(article, n[0])] if article.furniture else named
