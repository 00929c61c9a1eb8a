"""A one-word name that the next sentences call 'the company', 'the airline', 'the retailer'
('WestJet said … The airline has cut 40 flights'): a body's, not a person's."""

from __future__ import annotations

import re

from desktop.engine.article import Article
from desktop.engine.speakers.lexicon import courtesy_titles, given_name, titles, word_set

DESCRIBED_WITHIN = 2  # sentences after one naming the body in which 'The company …' may follow
_THE_NOUN = re.compile(r"The ([a-z]+)\b")


def described_bodies(article: Article, kinds: dict[str, str]) -> dict[str, str]:
    """`kinds` with 'organisation' for each one-word name listed as a person that a sentence
    opening 'The <body noun>' follows within DESCRIBED_WITHIN sentences, when the article never
    writes the name after a given name, a courtesy title or a title ('Tom Bell', 'Mr. Bell')."""
    nouns = word_set("body_nouns.txt")
    described = [s.index for s in article.sentences if (m := _THE_NOUN.match(s.text)) and (
        m.group(1) in nouns)]  # few or none: looked for once
    if not described:
        return kinds
    near = [name for name, kind in kinds.items() if kind == "person" and _near(
        article, name, described)]
    if not near:
        return kinds
    before: dict[str, set[str]] = {name: set() for name in near}  # the words written before each
    alternatives = "|".join(map(re.escape, sorted(near, key=len, reverse=True)))
    for match in re.finditer(rf"([\w.]+)\s+(?=({alternatives})\b)", article.text):
        before[match.group(2)].add(match.group(1))
    titled = courtesy_titles() | titles()
    return {name: "organisation" if name in before and not any(
        given_name(w) or w.rstrip(".") in titled for w in before[name])
        else kind for name, kind in kinds.items()}  # never 'Tom Bell', 'Mr. Bell'


def _near(article: Article, name: str, described: list[int]) -> bool:
    """Whether one-word `name` is written within DESCRIBED_WITHIN sentences before 'The
    <body noun>'."""
    if " " in name or not name[:1].isupper() or given_name(name):
        return False
    mentioned = re.compile(rf"\b{re.escape(name)}\b")
    sentences = article.sentences
    return any(mentioned.search(sentences[k].text) for i in described
               for k in range(max(0, i - DESCRIBED_WITHIN), i))
