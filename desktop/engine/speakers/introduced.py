"""A person's role where the article first names them in full: 'Lisa Park, a fisher, was blunt'
or 'Head coach Kris Lund never lost faith', for a speaker whose quotes give none."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from desktop.engine.article import Article, Sentence
from desktop.engine.furniture import in_furniture
from desktop.engine.speakers.aliases import lower_words
from desktop.engine.speakers.found import as_written
from desktop.engine.speakers.lexicon import (
    courtesy_titles,
    given_name,
    openers,
    possessive_determiners,
    speaker_nouns,
    speech_verbs,
    titles,
    word_set,
)
from desktop.engine.speakers.mentions import split_role
from desktop.engine.speakers.noun_phrases import (
    POSSESSIVE,
    ROLE_BOUNDARY,
    Token,
    is_name_word,
    iter_tokens,
)
from desktop.engine.speakers.written import written_at

APPOSITION_TOKENS = 12  # longest role between the commas after a name, in tokens
ROLE_WORDS = 4  # most role words before a name ('former Harbour Council chair')
OPENING_ROLE_WORDS = 6  # most role words opening a sentence before ', NAME,' ('The port's …')
_AGE = re.compile(r"\d{1,3}")  # 'Ana Ruiz, 54,': an age, the only role written in figures
_ENDS = frozenset(".;:!?()[]\"“”—–")  # a mark that ends an apposition before its comma


def introduced_role(article: Article, name: str) -> str | None:
    """The role `article` gives the person `name` (two words or more) where it first names them
    outside page furniture: an apposition between commas right after the name, else role words
    right before it, else role words opening the sentence before 'NAME,'; None when that mention
    gives no role."""
    if len(name.split()) < 2 and not given_name(name):
        return None  # a surname alone is no introduction ('Lindqvist's widow, Susan,' is)
    at = _first_mention(article, name)
    if at is None:
        return None
    sentence = article.sentence_at(at)
    toks = _tokens_through(sentence, at + len(name))
    first = next((k for k, t in enumerate(toks) if t.start == at), None)
    last = next((k for k, t in enumerate(toks) if t.end == at + len(name)), None)
    if first is None or last is None:
        return None  # 'Lisa Park's boat': the name runs into a longer word
    lower = lower_words(article.text)
    role = _apposed(sentence, toks, last + 1) or _role_before(toks, first, name, lower) or (
        _role_first(sentence, toks, first, last + 1, lower))
    return None if role is None or role.rstrip(".") in courtesy_titles() else role


def _tokens_through(sentence: Sentence, end: int) -> list[Token]:
    """The tokens of `sentence` that start before `end`, and the `APPOSITION_TOKENS + 1` after:
    all the rules here read (a long sentence is not tokenised to its end for each speaker)."""
    toks = iter_tokens(sentence.text, sentence.start)
    out = []
    for token in toks:
        out.append(token)
        if token.start >= end:
            break
    return out + list(islice(toks, APPOSITION_TOKENS))


def _first_mention(article: Article, name: str) -> int | None:
    """Where `name` is first written as a whole ('Lisa Park', not 'Lisa Parker' or 'O'Lisa
    Park') outside page furniture."""
    text = article.text
    for at in written_at(text, name):
        before, after = text[at - 1 : at], text[at + len(name) : at + len(name) + 1]
        if not _joins(before, "_'’-") and not _joins(after, "_-") and not in_furniture(
                article, at):
            return at
    return None


def _joins(char: str, marks: str) -> bool:
    """Whether `char` beside a name makes it part of a longer word."""
    return bool(char) and (char.isalnum() or char in marks)


def _apposed(sentence: Sentence, toks: list[Token], k: int) -> str | None:
    """'NAME, a fisher,': the words between the comma at token `k` and the next comma."""
    if k >= len(toks) or toks[k].text != ",":
        return None
    close = next((j for j in range(k + 1, min(len(toks), k + 1 + APPOSITION_TOKENS))
                  if toks[j].text == "," or toks[j].text in _ENDS), None)
    if close is None or close == k + 1 or toks[close].text != ",":
        return None
    words = [t.text for t in toks[k + 1 : close]]
    return as_written(sentence, toks[k + 1 : close]) if _apposition(words) else None


def _role_first(sentence: Sentence, toks: list[Token], first: int, after: int,
                lower: frozenset[str]) -> str | None:
    """'Her husband, Tom Lee, …', "Luna's lawyer, Jim Berry, …": the role words that open the
    sentence, set off from the name by commas, after a conjunction opening it ("But Luna's
    lawyer, Jim Berry, …")."""
    if first < 2 or toks[first - 1].text != "," or after >= len(toks) or toks[after].text != ",":
        return None
    opening = int(toks[0].text.lower() in word_set("opening_conjunctions.txt"))
    words = [t.text for t in toks[opening : first - 1]]
    if not words or len(words) > OPENING_ROLE_WORDS or not _role_words(
            words, True, lower, modifiers=True):
        return None
    role = as_written(sentence, toks[opening : first - 1])
    lowered = words[0].lower() in word_set("articles.txt") | possessive_determiners()
    return role[:1].lower() + role[1:] if lowered else role  # 'the family's lawyer', 'her …'


def _apposition(words: list[str]) -> bool:
    """Whether the words between commas describe the person before them: a noun phrase ('a
    fisher', 'head of the union', 'of Halifax', 'Tom Lee's lawyer') or an age; not a relative
    clause or an aside ('who fishes', 'however'), a place alone ('Surrey', 'B.C.'), another
    person's name ('Tom Lee, Ana Ruiz, …') or a verb's words ('said on Monday')."""
    first = words[0]
    if " ".join(words) in word_set("region_names.txt"):
        return False
    if first[:1].isdigit():
        return len(words) == 1 and _AGE.fullmatch(first) is not None
    if first[:1].islower():
        return first in openers() | speaker_nouns() | word_set("affiliation_words.txt")
    lower = [w for w in words if w[:1].islower()]
    if not lower or {"and", "or"} & set(lower):
        return False  # 'Tom Lee', 'Halifax', 'Tom Lee and Ana Ruiz': no role of this person's
    return first.rstrip(".") in titles() or _possessive(first) or any(
        w in speaker_nouns() for w in lower)


def _role_before(toks: list[Token], first: int, name: str,
                 lower: frozenset[str]) -> str | None:
    """'Head coach Kris Lund', '"…," former mayor Ana Ruiz': up to `ROLE_WORDS` role words
    (the speaker nouns and modifiers of the lexicon) after a sentence start or a comma, bracket,
    dash or quotation mark, read by `split_role` as a mention's role is."""
    c = first
    while c > 0 and first - c < ROLE_WORDS and toks[c - 1].text not in ROLE_BOUNDARY:
        c -= 1
    if c == first or c > 0 and toks[c - 1].text not in ROLE_BOUNDARY:
        return None
    words = [t.text for t in toks[c:first]]
    if not _role_words(words, c == 0, lower):
        return None
    role, person = split_role(tuple(words + name.split()))
    return role if person == name else None


def _role_words(words: list[str], opening: bool, lower: frozenset[str],
                modifiers: bool = False) -> bool:
    """Whether `words` read as role words before a name: an article, a possessive or a participle
    first ('the', 'Harbour's', 'retired'), then speaker nouns and modifiers ('head coach') and
    the words of a name ('Tory leader', 'Harbour Council chair'), a speaker noun last. A
    sentence's first word is a name word only if the article never writes it lower-case. With
    `modifiers`, other lower-case words may modify the noun ('chief nursing officer')."""
    head = words[0]
    if opening and (head.lower() in speaker_nouns() or not (
            is_name_word(head) and head.lower() not in lower)):
        head = head.lower()  # capitalised only because it opens the sentence ('Head coach')
    opened = head in openers() or _possessive(head) or (
        head.isalpha() and head.islower() and head.endswith("ed") and len(head) > 4)
    rest = [head, *words[1:]][1 if opened else 0 :]
    modifiers = modifiers and opened  # free modifiers only after 'the', 'a' or a possessive
    if not rest or rest[-1] not in speaker_nouns() | titles() or _plural(rest[-1]):
        return False  # ', estimates James Goodman': a verb, or a noun for more than one
    return all(w in speaker_nouns() and w not in speech_verbs() or is_name_word(w) or (
        _possessive(w)) or modifiers and _modifier(w) for w in rest[:-1]) and (
        rest[-1] not in speech_verbs())


def _modifier(word: str) -> bool:
    """A lower-case word that may modify a role's noun ('chief nursing officer', 'senior
    policy adviser'): not a function word, a speech verb, an adverb in '-ly' or a participle used
    as a preposition ('including')."""
    return word.isalpha() and word.islower() and not word.endswith("ly") and (
        word not in word_set("function_words.txt") | word_set("ing_prepositions.txt")) and (
        word not in speech_verbs())


def _plural(word: str) -> bool:
    """'officials', 'estimates'; not 'boss', 'actress'."""
    return word.endswith("s") and not word.endswith("ss")


def _possessive(word: str) -> bool:
    """'Lee's', 'family’s': whose the role is."""
    return POSSESSIVE.search(word) is not None and word[-2:-1] in "'’" and word[:-2].isalpha()


def aged(role: str | None, name: str, kind: str,
        role_of: Callable[[str, str], str | None]) -> str | None:
    """A role that is only an age ('Feschuk, 58, said') joined to the role the article gave
    the person elsewhere: 'Saskatchewan rancher, 58'."""
    if not role or not role.isdigit():
        return role
    fuller = role_of(name, kind)
    return f"{fuller}, {role}" if fuller and not fuller.isdigit() and role not in fuller else role
