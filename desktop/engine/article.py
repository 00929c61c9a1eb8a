"""Article, Paragraph and Sentence: frozen dataclasses with character spans into the body text."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple


@dataclass(frozen=True)
class Repair:
    """One repaired word: `article.text[start:end] == replacement`; `original` as it was read."""

    start: int
    end: int
    original: str
    replacement: str


class Style(NamedTuple):
    """How a span of the body was set in its source: 'heading', 'emphasis', 'strong' or 'code'."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Sentence:
    """One sentence of the body; `text == body[start:end]`."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the body; `body[start:end]` is its text."""

    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """A document as Précis shows it.

    `text` is the body as displayed: paragraphs joined by a blank line, without the headline,
    the date line or the byline. Every span (sentences, summaries, quotes) indexes into it.
    `notes` are sentences about the reading (bytes replaced, chapters joined); `styles` mark
    headings and emphasis as the source set them. `chapters` are an e-book's chapter titles in
    reading order (empty for other formats) and `chapter` the 0-based index of the one shown,
    or None when the whole book is. `split_ms` is how long sentence segmentation took (for the
    CLI's timings).
    """

    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    date: str | None = None
    byline: str | None = None
    path: str | None = None
    language: str = "english"
    title_from_body: bool = False
    repairs: tuple[Repair, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())
    site: str | None = None
    styles: tuple[Style, ...] = field(default=())
    chapters: tuple[str, ...] = field(default=())
    chapter: int | None = None
    split_ms: float = field(default=0.0, compare=False, repr=False)

    @property
    def heading(self) -> str:
        """What to call the article on screen and in copies: its headline, or else the file's
        name (a title made from the first sentence would be cut and then repeated)."""
        if self.title_from_body and self.path:
            return self.path.replace("\\", "/").rsplit("/", 1)[-1]
        return self.title

    @cached_property
    def words(self) -> int:
        """Number of words in the body: spaced words, and each Chinese or Japanese character
        (counted once: a worker counts them, so the window never splits a long body itself)."""
        from desktop.engine.counting import count_words

        return count_words(self.text)

    @cached_property
    def sentence_starts(self) -> tuple[int, ...]:
        """Where each sentence starts in the body, in order (worked out once)."""
        return tuple(s.start for s in self.sentences)

    @cached_property
    def furniture(self) -> frozenset[int]:
        """Indices of the paragraphs that are page furniture ("Story continues below
        advertisement", "READ MORE: …"; see `engine.furniture`), found once."""
        from desktop.engine.furniture import furniture_paragraphs

        return furniture_paragraphs([self.paragraph_text(p) for p in self.paragraphs])

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding body position `offset` (the last to start at or before it;
        the first sentence for a position before all of them)."""
        return self.sentences[max(0, bisect_right(self.sentence_starts, offset) - 1)]

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]
