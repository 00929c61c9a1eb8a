"""Sentences never worth a summary: bylines, date lines, social-media tails, photo credits, page
furniture ("Story continues below advertisement"), the headline, and the document's own headings."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from desktop.engine.article import Article
from desktop.engine.furniture import is_furniture

_NAME = r"[A-Z][\w.'’-]*"
# Case matters where a name must be capitalised: "By then it was over." is no byline and "Like
# many on Facebook, he was angry." is no tail; (?i:...) marks the parts whose case is free.
# One alternation, tried once per sentence; every branch is anchored at the sentence's start.
_BOILERPLATE = re.compile(r"^\s*(?:" + "|".join((
    rf"(?i:follow|like|find)\s+(?:(?i:us|me|him|her|them)|@\w+|{_NAME}(?:\s+{_NAME}){{0,3}})"
    r"\s+(?i:on|at)\s+(?i:twitter|facebook|instagram|x|linkedin|threads|mastodon|bluesky|tiktok)\b",
    r"(?i:sign up|subscribe|click here|read more|share this|email us|scroll down)\b",
    rf"(?i:by)\s+{_NAME}(?:\s+(?:and\s+)?{_NAME}){{0,5}}\s*[.,]?\s*$",
    r"(?i:(?:posted|updated|published|last (?:modified|updated))\b.{0,40}\d)",
    r"(?i:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*\.?$)",
    r"\d{4}-\d{2}-\d{2}\s*$",
    r"(?i:(?:copyright|©|\(c\))\s)",
    r"[\W\d_]*$",  # no letter at all: a list number "1.", a rule "- - -", a stray "."
    # a photo or video credit under a caption ("Image: Jane Doe." in Wikinews): a name, no news
    r"(?i:image|photo|picture|photograph|video)s?:\s+\S.{0,60}$",
)) + ")")
_NON_WORD = re.compile(r"\W+")


def headline(article: Article) -> str:
    """The headline a body sentence must not repeat: none when the title was made from the body
    (its first sentence then stays a candidate)."""
    return "" if article.title_from_body else article.title


def heading_sentences(article) -> set[int]:
    """Indices of sentences that are (inside) a heading the source marked as such."""
    headings = [(s.start, s.end) for s in article.styles if s.kind == "heading"]
    if not headings:
        return set()
    return {s.index for s in article.sentences
            if any(a <= s.start and s.end <= b for a, b in headings)}


def boilerplate_at(article: Article) -> Callable[[int], bool]:
    """Whether the sentence of index i is boilerplate (`is_boilerplate`, against the headline)
    or part of a paragraph of page furniture (the caption after "Open this photo in gallery:")."""
    title, furniture, sentences = headline(article), article.furniture, article.sentences

    def at(i: int) -> bool:
        return sentences[i].paragraph in furniture or is_boilerplate(sentences[i].text, title)

    return at


def is_boilerplate(sentence: str, title: str = "") -> bool:
    """True for a byline, date line, "Follow him on Twitter…" or "Scroll down for video" tail,
    a piece with no letter ("1.", "- - -"), a photo credit ("Image: Jane Doe."), a line of page
    furniture ("ADVERTISEMENT", "READ MORE: …"), or a repeat of the headline."""
    if _BOILERPLATE.match(sentence) or is_furniture(sentence):
        return True
    if title:
        return _normal(sentence) == _normal_title(title)
    return False


def _normal(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().lower()


@lru_cache(maxsize=8)
def _normal_title(title: str) -> str:
    """The headline normalised once, not once per sentence it is compared with."""
    return _normal(title)
