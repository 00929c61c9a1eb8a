"""Sentences that go on with an attribution: quotations opening the sentences after it."""

from __future__ import annotations

import re

from desktop.engine.article import Article, Sentence
from desktop.engine.furniture import reading_positions
from desktop.engine.speakers.found import Found, overlaps
from desktop.engine.speakers.lexicon import word_set
from desktop.engine.speakers.quotes import Quotations, title_case

HEADING_WORDS = 8  # a subheading is at most this long


def follow_ons(article: Article, found: list[Found], spans: Quotations) -> list[Found]:
    """Sentences continuing an attribution: a quotation opening a later sentence of the same
    paragraph or of the paragraphs right after it (page furniture between them is passed over:
    "Story continues below advertisement"); plain text when the page lost its marks."""
    by_sentence = {f.sentence: f for f in found}
    claimed = {s.group: f.sentence for f in found for s in spans.overlapping(f.start, f.end)}
    unquoted = not spans and not re.search(r"[\"“”«»„]", article.text)
    position = reading_positions(len(article.paragraphs), article.furniture)
    out: list[Found] = []
    last: Found | None = None
    last_paragraph = -1  # the position (furniture left out) of the paragraph `last` reaches to
    for sentence in article.sentences:
        if sentence.paragraph in article.furniture:
            continue
        if sentence.index in by_sentence:
            last = None if _finding(article, f := by_sentence[sentence.index]) else f
            last_paragraph = position[sentence.paragraph]
            continue
        # a quoted subheading in title case ("'No Way Back Now.'") continues nobody's words
        quoted = _opens_with_quote(sentence.start, spans) and not _subheading(article, sentence)
        at = position[sentence.paragraph]
        if last is None or at > last_paragraph + 1 or (at == last_paragraph + 1 and not quoted):
            last = None
            continue
        # whose it is is said after it: '"…" (Fox News)', '"A. B," Ruiz said.'
        if quoted and (_credited(article, sentence) or claimed.get(
                spans.starting_in(sentence.start, sentence.start + 3)[0].group, -1)
                > sentence.index):
            last = None
            continue
        if quoted or (unquoted and last.content_first and last.end <= sentence.start
                      and at == last_paragraph):
            follow = last._replace(start=sentence.start, end=sentence.end, cue="",
                                   sentence=sentence.index, content_first=last.content_first)
            out.append(follow)
            last = follow
            last_paragraph = at
        elif unquoted:
            last = None
    return out


_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)


def _finding(article: Article, found: Found) -> bool:
    """An attribution to a survey, a poll or data ('…, according to a survey by Diabetes
    Canada'): figures someone found, not words, which a quotation after it does not go on."""
    if found.cue.lower() != "according":
        return False
    sentence = article.sentences[found.sentence]
    opened = list(_ACCORDING.finditer(article.text, sentence.start, found.mention.start))
    words = article.text[opened[-1].end() : found.mention.start].lower().split() if opened \
        else []
    return any(w.strip(",.") in word_set("finding_nouns.txt") for w in words)


def _subheading(article: Article, sentence: Sentence) -> bool:
    """A short paragraph of its own in title case ("'No Way Back Now.'")."""
    paragraph = article.paragraphs[sentence.paragraph]
    whole = sentence.start - paragraph.start < 2 and paragraph.end - sentence.end < 2
    return whole and len(sentence.text.split()) <= HEADING_WORDS and title_case(sentence.text)


_CREDIT = re.compile(r"\s*\([^()\n]{1,60}\)\.?\s*")  # '(Fox News)', '(CNN, Oct. 30)'
CREDIT_REACH = 120  # characters after a quotation within which a credit in brackets may end


def _credited(article: Article, sentence: Sentence) -> bool:
    """A quotation whose paragraph ends with a source in brackets after it: '"…" (Fox News)'."""
    paragraph = article.paragraphs[sentence.paragraph]
    if paragraph.end - sentence.end > CREDIT_REACH:
        return False  # a long paragraph goes on past the quotation: read no more of it
    rest = article.text[sentence.end : paragraph.end]
    if not rest.strip() or _CREDIT.fullmatch(rest) is None:
        return False
    first = rest.strip(" \t\n(").split(maxsplit=1)[0].strip(".,)").lower()
    return first not in word_set("stage_directions.txt")  # '(Applause)' credits nobody


def _opens_with_quote(position: int, spans: Quotations) -> bool:
    return bool(spans.starting_in(position, position + 3))


def uncovered(extra: list[Found], found: list[Found]) -> list[Found]:
    """The attributions of `extra` whose content no attribution of `found` shares."""
    covered = sorted((f.start, f.end) for f in found)
    return [f for f in extra if not overlaps(covered, f.start, f.end)]
