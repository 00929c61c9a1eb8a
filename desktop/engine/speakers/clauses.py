"""Where a name stands in its sentence: opening it as its subject, or after a subject pronoun."""

from __future__ import annotations

import re

from desktop.engine.article import Article

# One opening phrase and its comma, which may stand before a sentence's subject ('In an
# interview on Monday, Ham said')
OPENING_PHRASE = r"(?:[^,;:\"“”]*,[ \t]+)?"
# What may stand before a sentence's subject: nothing, capitalised role words ('Retired Gen.'),
# or an opening phrase
_BEFORE_SUBJECT = re.compile(rf"{OPENING_PHRASE}(?:[A-Z][\w.’'-]*[ \t]+)*")


def opens_clause(article: Article, position: int) -> bool:
    """Whether the name at `position` opens its sentence's clause: the sentence's subject
    ('Trump said praise from President Putin…' -> Trump, not Putin)."""
    start = _sentence_start(article, position)
    return bool(_BEFORE_SUBJECT.fullmatch(article.text, start, position))


def after_pronoun(article: Article, position: int, pronoun: str) -> bool:
    """Whether the name at `position` is in a sentence whose subject is `pronoun` ('She met
    Maria Lopez on Friday.'): not whom the next 'she' stands for, which goes on with the
    person that subject stood for."""
    return article.text.startswith(pronoun.capitalize() + " ", _sentence_start(article, position))


def _sentence_start(article: Article, position: int) -> int:
    return article.sentence_at(position).start if article.sentences else 0
