"""The article's own writers: their names are never speakers ('Ana Ruiz contributed')."""

from __future__ import annotations

import re

from desktop.engine.article import Article
from desktop.engine.speakers.aliases import NAME_RUN
from desktop.engine.speakers.lexicon import word_set

_AUTHOR = re.compile(
    r"\b(?:is|was) (?:the|an?) (?:author|columnist|contributor|editor)\b|\bFollow (?:him|her|them)"
    r"\b|\bcontributed to this report\b|\bwrites (?:for|about)\b|\breach (?:him|her) at\b",
    re.IGNORECASE,
)


def author_words(article: Article) -> set[str]:
    """Words of the byline and of the names in sentences that say who wrote the article."""
    words: set[str] = set()
    if article.byline:
        words.update(w for w in article.byline.split() if len(w) > 2)
    for sentence in article.sentences:
        if _AUTHOR.search(sentence.text):
            for run in NAME_RUN.findall(sentence.text):
                words.update(w for w in run.split() if len(w) > 2)
    return words - _agency_words()


def _agency_words() -> set[str]:
    """'The', 'Canadian', 'Press' of a byline's 'The Canadian Press': words of a news agency's
    name, which a source's name may share ('the Canadian Institute for Health Information')."""
    return {w.title() for w in word_set("function_words.txt")} | word_set(
        "nationality_words.txt") | word_set("organisation_words.txt")
