"""A pronoun or a description that says a quotation is the person the sentence before was about
('Asked about the talks, spokesman John Kirby was careful.' + '"…," he said'; 'Ana Ruiz was
more blunt.' + '"…," the veteran winger said'): the news convention of a short sentence that
presents the next speaker by a name and how they spoke (or that they were asked), then quotes
them."""

from __future__ import annotations

import re

from desktop.engine.article import Article, Sentence
from desktop.engine.furniture import sentence_before
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.leads import lead_of
from desktop.engine.speakers.lexicon import (
    given_name_gender,
    person_nouns,
    pronouns,
    title_genders,
)
from desktop.engine.speakers.quotes import Quotations

DESCRIPTION_WORDS = 4  # longest 'the … noun' that may stand for the person ('the veteran winger')
# How the subject spoke, closing the sentence: 'was careful.', 'was more blunt.', 'is candid.'
_MANNER = re.compile(
    r"[ \t]+(?:was|is)[ \t]+(?:(?:more|less|even|far|much)[ \t]+)?[a-z]+[.!][\"”]?[ \t]*")
_MANNER_CLOSING = re.compile(_MANNER.pattern + r"\Z")  # one that closes a sentence, somewhere
# Or that the subject was asked (a short aside about them first): ', who had two assists, was
# asked about the comeback.'
_ASKED = re.compile(r"(?:,[^,.;:\"“”]{1,80},)?[ \t]+was[ \t]+asked[ \t]+(?:about|whether|if|how|"
                    r"why|what)\b[^.!?\"“”]*[.!?][ \t]*")
_ASKED_CLOSING = re.compile(r"was[ \t]+asked[ \t]+(?:about|whether|if|how|why|what)\b[^.!?\"“”]*"
                            r"[.!?][ \t]*\Z")


def led_speakers(article: Article, spans: Quotations, case: dict[str, str],
                 found: list[Found]) -> list[Found]:
    """`found` with each he/she and each 'the NOUN' not written before it that is the speaker
    of a quotation opening its sentence replaced by the subject of the sentence before, when
    that sentence quotes nobody and its subject's predicate only says how it spoke ('was
    careful.'); every attribution of
    that same mention ('"A," he said. "B."') takes it too."""
    swap: dict[int, Found] = {}
    first_written: dict[str, int] = {}
    for f in found:
        if f.mention.start in swap or not f.content_first:
            continue
        before = _manner_before(article, spans, f)
        if before is None or not _stands_in(article, f, first_written):
            continue
        lead = lead_of(article, before, case, (f.start, f.end))
        if lead is not None and (_MANNER.fullmatch(article.text, lead.mention.end, before.end) or (
                _ASKED.fullmatch(article.text, lead.mention.end, before.end))) and _fits(lead, f):
            swap[f.mention.start] = lead
    return [f._replace(words=swap[f.mention.start].words, role=f.role or _described(f))
            if f.mention.start in swap else f for f in found]  # the mention stays as written


def _manner_before(article: Article, spans: Quotations, f: Found) -> Sentence | None:
    """The sentence before `f`'s when `f`'s opens with a quotation and that one quotes nobody
    and closes saying how someone spoke ('… was careful.'); else None. Read before the
    subject and the mention, which cost more: few sentences close so."""
    sentence = article.sentences[f.sentence]
    before = sentence_before(article, sentence)
    if before is None or not spans.starting_in(sentence.start, sentence.start + 3) or (
            spans.overlapping(before.start, before.end)):
        return None
    return before if _MANNER_CLOSING.search(article.text, before.start, before.end) or (
        _ASKED_CLOSING.search(article.text, before.start, before.end)) else None


def _stands_in(article: Article, f: Found, first_written: dict[str, int]) -> bool:
    """'he', 'she', or 'the veteran winger' whose noun the article has not written before
    (`first_written`: noun -> where the article first writes it, filled in as nouns come)."""
    words = [w.lower() for w in f.words]
    if len(words) == 1:
        return pronouns().get(words[0]) in ("male", "female")
    if not 2 <= len(words) <= DESCRIPTION_WORDS or words[0] != "the" or not all(
            w.isalpha() and w.islower() for w in f.words[1:]):
        return False
    return not _written_before(article.text, words[-1], f.mention.start, first_written)


def _written_before(text: str, noun: str, end: int, first_written: dict[str, int]) -> bool:
    """Whether `text` writes `noun` as a word, in any case, before `end`, as a search of
    `text[:end]` tells: the noun's first place in the text is found once (one search before
    each mention walked the text again), or a place that ends at `end` itself."""
    word = re.compile(rf"\b{noun}\b", re.I)
    if noun not in first_written:
        match = word.search(text)
        first_written[noun] = match.end() if match else len(text) + 1
    return first_written[noun] <= end or word.search(text, max(0, end - len(noun)), end) is not None


def _fits(lead: Found, f: Found) -> bool:
    """A pronoun's sex does not contradict what the lead's words tell ('Ana', 'Ms', a
    'spokeswoman'); a lead that is a pronoun itself names nobody."""
    if len(lead.words) == 1 and lead.words[0].lower() in pronouns():
        return False
    sex = pronouns().get(f.words[0].lower()) if len(f.words) == 1 else None
    told = next((g for w in lead.words if (g := given_name_gender(w) or title_genders().get(
        w.rstrip(".")) or person_nouns().get(w.lower()))), None)
    return sex is None or told is None or told == sex


def _described(f: Found) -> str | None:
    """'veteran winger' of 'the veteran winger': a role for the person it stands for."""
    return " ".join(f.words[1:]) if len(f.words) > 1 else None
