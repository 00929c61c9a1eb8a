"""A one-word name that the next sentences call 'the company', 'the airline', 'the retailer'
('WestJet said … The airline has cut 40 flights'): a body's, not a person's."""

from __future__ import annotations

import re

from desktop.engine.article import Article
from desktop.engine.speakers.lexicon import courtesy_titles, given_name, titles, word_set

DESCRIBED_WITHIN = 2  # sentences after one naming the body in which 'The company …' may follow
_THE_NOUN = re.compile(r"The ([a-z]+)\b")
_WORD = re.compile(r"\w+")


def described_bodies(article: Article, kinds: dict[str, str]) -> dict[str, str]:
    """`kinds` with 'organisation' for each one-word name listed as a person that a sentence
    opening 'The <body noun>' follows within DESCRIBED_WITHIN sentences, when the article never
    writes the name after a given name, a courtesy title or a title ('Tom Bell', 'Mr. Bell')."""
    nouns = word_set("body_nouns.txt")
    described = [s.index for s in article.sentences if (m := _THE_NOUN.match(s.text)) and (
        m.group(1) in nouns)]  # few or none: looked for once
    if not described:
        return kinds
    texts = [article.sentences[k].text for k in sorted(
        {k for i in described for k in range(max(0, i - DESCRIBED_WITHIN), i)})]
    window = "\n".join(texts)  # the sentences before them, read once for every name
    words = set(_WORD.findall(window))
    near = [name for name, kind in kinds.items() if kind == "person" and _near(
        name, window, texts, words)]
    if not near:
        return kinds
    before = _words_before(article.text, near)
    titled = courtesy_titles() | titles()
    return {name: "organisation" if name in before and not any(
        given_name(w) or w.rstrip(".") in titled for w in before[name])
        else kind for name, kind in kinds.items()}  # never 'Tom Bell', 'Mr. Bell'


def _near(name: str, window: str, texts: list[str], words: set[str]) -> bool:
    """Whether one-word `name` is written (`\\bname\\b`) in `window`, the sentences `texts`
    within DESCRIBED_WITHIN before 'The <body noun>' joined by line breaks (`words`: its
    `\\w+` runs, which a name of word characters alone must be one of)."""
    if " " in name or not name[:1].isupper() or given_name(name):
        return False
    if _WORD.fullmatch(name):  # no search of a window that may be most of the article
        return name in words
    if "\n" in name:  # it could run across two of the joined sentences: each on its own
        return any(re.search(rf"\b{re.escape(name)}\b", text) for text in texts)
    at = window.find(name)
    while at >= 0:  # `str.find` and the bounds tested: no regex compiled for each of 700 names
        if _boundary(window, at) and _boundary(window, at + len(name)):
            return True
        at = window.find(name, at + 1)
    return False


def _boundary(text: str, at: int) -> bool:
    """Whether `\\b` matches at `at`: a word character on one side only (`\\w` is what
    `str.isalnum` accepts, and '_')."""
    return _word_character(text[at - 1 : at]) != _word_character(text[at : at + 1])


def _word_character(char: str) -> bool:
    return char.isalnum() or char == "_"


def _words_before(text: str, names: list[str]) -> dict[str, set[str]]:
    r"""The words (`[\w.]+`) written before each name, a space or more between: what
    `finditer('([\w.]+)\s+(?=(names)\b)')` reads, from the names found first (that pattern is
    tried at every letter of the text; a search for the names skips to their first letters)."""
    before: dict[str, set[str]] = {name: set() for name in names}
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    if any(name.split() != [name] for name in names):  # a name holding a space overlaps
        for match in re.finditer(rf"([\w.]+)\s+(?=({alternatives})\b)", text):
            before[match.group(2)].add(match.group(1))
        return before
    for match in re.finditer(rf"(?:{alternatives})\b", text):
        space = match.start()
        while space > 0 and text[space - 1].isspace():
            space -= 1
        word = space
        while word > 0 and (_word_character(text[word - 1]) or text[word - 1] == "."):
            word -= 1
        if word < space < match.start():
            before[match.group()].add(text[word:space])
    return before
