"""Where a name stands in its sentence: opening it as its subject, after a subject pronoun, or
right after a quotation or its speech verb."""

from __future__ import annotations

import re
from functools import cache

from desktop.engine.article import Article
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import non_name_words, speaker_nouns
from desktop.engine.speakers.quotes import Quotations

# One opening phrase and its comma, which may stand before a sentence's subject ('In an
# interview on Monday, Ham said')
OPENING_PHRASE = r"(?:[^,;:\"“”]*,[ \t]+)?"


# What may stand before a sentence's subject: nothing, capitalised role words ('Retired Gen.'),
# or an opening phrase
_BEFORE_SUBJECT = re.compile(rf"{OPENING_PHRASE}(?:[A-Z][\w.’'-]*[ \t]+)*")
_PROSE_END = re.compile(r"[.!?][\"”’']?\s*$")


@cache
def _role_before_subject() -> re.Pattern:
    """As `_BEFORE_SUBJECT`, with speaker nouns among the role words ('Oilers coach', 'Band
    councillor')."""
    nouns = "|".join(sorted(map(re.escape, speaker_nouns()), key=len, reverse=True))
    return re.compile(rf"{OPENING_PHRASE}(?:(?:[A-Z][\w.’'-]*|(?:{nouns}))[ \t]+)*")


def opens_clause(article: Article, position: int) -> bool:
    """Whether the name at `position` opens its sentence's clause: the sentence's subject
    ('Trump said praise from President Putin…' -> Trump, not Putin; 'Oilers coach Tom Bell was
    blunt.' -> Bell). A role with lower-case nouns counts only in a sentence that ends as prose
    does: a photo caption ('Tottenham striker Tom Bell celebrates his goal') has no stop."""
    if not article.sentences:
        return bool(_BEFORE_SUBJECT.fullmatch(article.text, 0, position))
    sentence = article.sentence_at(position)
    if _named_clause_before(article.text, sentence.start, position):
        return False
    if _BEFORE_SUBJECT.fullmatch(article.text, sentence.start, position):
        return True
    return bool(_PROSE_END.search(article.text, position, sentence.end)) and bool(
        _role_before_subject().fullmatch(article.text, sentence.start, position))


# A name, a lower-case word and the rest of its clause up to a comma ('Ray Kwan told the
# inquiry that his partner, '); group 1 the first word, 2 the name's last, 3 the lower-case word
_NAMED_CLAUSE = re.compile(r"([A-Z][\w.’'-]*)(?:[ \t]+[A-Z][\w.’'-]*)*?[ \t]+([A-Z][\w.’'-]*)"
                           r"[ \t]+([a-z]+)[^,;:\"“”]*,[ \t]")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _named_clause_before(text: str, start: int, position: int) -> bool:
    """Whether the sentence from `start` opens with a named subject and its verb, and a comma
    comes before `position` ('Ray Kwan told the inquiry that his partner, Neil Shaw, kept the
    books': Kwan is the subject, not Shaw). Not an opening preposition ('In Ottawa on Monday,
    Bell said'), a possessive ("Tom Bell's lawyer, Ana Ruiz, said") or a function word after
    the name ('Tom Bell and his wife, Ana, said')."""
    match = _NAMED_CLAUSE.match(text, start, position)
    if not match or _POSSESSIVE_END.search(match.group(2)):
        return False
    lower = non_name_words()
    return match.group(1).lower() not in lower and match.group(3) not in lower


def after_pronoun(article: Article, position: int, pronoun: str) -> bool:
    """Whether the name at `position` is in a sentence whose subject is `pronoun` ('She met
    Maria Lopez on Friday.'): not whom the next 'she' stands for, which goes on with the
    person that subject stood for."""
    return article.text.startswith(pronoun.capitalize() + " ", _sentence_start(article, position))


def _sentence_start(article: Article, position: int) -> int:
    return article.sentence_at(position).start if article.sentences else 0


def framing_name(text: str, found: Found, spans: Quotations) -> bool:
    """Whether the mention of `found` stands where only a name stands: right after a quotation
    ('"…," Kettering said') or right after its speech verb ('said Kettering'), so a word in
    -ing there is a surname, not a participle opening the sentence ('Realising his error, …')."""
    at = found.mention.start
    return bool(spans.overlapping(at - 4, at)) or text[max(0, at - 30) : at].rstrip().endswith(
        found.cue) and bool(found.cue)
