"""Who a speech cue points at: the noun phrase beside it, split into role and name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources

from desktop.paths import word_list

# Initials keep their stops ("G.K.", "J." before a name); other words end on a letter or digit.
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|[^\W\d_](?:[\w'’.-]*[^\W_])?|\d[\d,.]*\d|\S"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_INNER = {"of", "for", "and", "&", "on", "de", "van", "von", "al", "bin", "the"}
_AFTER_INNER = {"for", "and", "&", "de", "van", "von", "al", "bin"}
# Words that may stand between a subject and its verb ("Officials on Thursday said").
_BETWEEN = {
    "also", "has", "have", "had", "later", "then", "previously", "recently", "once", "again",
    "publicly", "privately", "reportedly", "just", "further", "would", "will", "did", "does",
    "do", "can", "could", "may", "might", "never", "first", "repeatedly", "often", "last",
    "earlier", "flatly", "simply", "separately", "directly", "angrily", "bluntly", "frankly",
}
_NUMBER = re.compile(
    r"^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty"
    r"|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds|Thousands|Millions|Dozens)(?:-\w+)?$"
)
_DAYS = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)$"
)


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark with its span in the body."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """The words naming a speaker, as written, with their span in the body."""

    text: str
    start: int
    end: int


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Words (with inner apostrophes, hyphens, stops) and punctuation marks of `text`."""
    return [Token(m.group(), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's bundled English stop words (no download), less those that begin names ('New')."""
    data = importlib_resources.files("sumy").joinpath("data/stopwords/english.txt")
    words = {w.strip() for w in data.read_text(encoding="utf-8").splitlines() if w.strip()}
    return frozenset(words) - frozenset(word_list("name_starts.txt"))


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    return frozenset(word_list("titles.txt"))


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    return frozenset(word_list("speaker_nouns.txt"))


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    return frozenset(word_list("organisation_words.txt"))


@lru_cache(maxsize=1)
def pronouns() -> dict[str, str]:
    return dict(line.split() for line in word_list("pronouns.txt"))


def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a name ("Xi", "Kassym-Jomart", "O’Brien")."""
    if _NUMBER.match(word):
        return False  # "Twenty-seven states ..."
    return word[:1].isupper() and word.lower() not in stop_words() or word in ("The", "A", "An")


def np_word(token: Token) -> bool:
    word = _POSSESSIVE.sub("", token.text) if token.text[-1:] in "s’'" else token.text
    if _DAYS.match(word):
        return False
    return is_name_word(word) or word.lower() in speaker_nouns() or word.rstrip(".") in titles()


def _head_ok(word: str) -> bool:
    if _POSSESSIVE.search(word) and word[-2:-1] in "'’":  # "Trump’s campaign": not the head
        return False
    return (word[:1].isupper() and word.lower() not in stop_words()) or (
        word.lower() in speaker_nouns() and word.lower() not in ("a", "an", "the")
    ) or word.lower() in pronouns()


def skip_between(toks: list[Token], i: int) -> int:
    """Index of the last token before `i` that is not an adverb, auxiliary or 'on Friday'."""
    j = i - 1
    while j >= 0:
        word = toks[j].text
        if word.lower() in _BETWEEN:
            j -= 1
        elif word == ")" and any(t.text == "(" for t in toks[max(0, j - 8) : j]):
            while toks[j].text != "(":  # "Sen. Claire McCaskill (D-Mo.) said"
                j -= 1
            j -= 1
        elif _DAYS.match(word) and j > 0 and toks[j - 1].text in ("on", "On"):
            j -= 2
        elif _DAYS.match(word):
            j -= 1
        else:
            return j
    return j


def subject_before(toks: list[Token], i: int) -> tuple[int, int] | None:
    """Token range [a, b) of the noun phrase ending right before the verb at `i`."""
    b = skip_between(toks, i) + 1
    if b <= 0 or not _head_ok(toks[b - 1].text):
        return None
    if toks[b - 1].text.lower() in pronouns():
        return b - 1, b
    a = b - 1
    while a > 0 and b - a < 9:
        word = toks[a - 1].text
        if word == "." and a > 1 and toks[a - 2].text.rstrip(".") in titles():
            a -= 1
        elif np_word(toks[a - 1]) or (word in _INNER and a > 1 and is_name_word(toks[a - 2].text)):
            a -= 1
        else:
            break
    a = _role_words_before(toks, a)
    while a < b and toks[a].text.lower() in _INNER - {"the"}:
        a += 1
    return (a, b) if a < b else None


def _role_words_before(toks: list[Token], a: int) -> int:
    """Extend a phrase left over up to three role words ('Harbour chief engineer Maria Lopez')
    when a boundary (sentence start, article, comma, capitalised word) stands before them."""
    c = a
    while c > 0 and a - c < 3 and _role_like(toks[c - 1].text):
        c -= 1
    if c == a or not (c == 0 or toks[c - 1].text in ",(“\"—" or np_word(toks[c - 1])):
        return a
    while c > 0 and np_word(toks[c - 1]):
        c -= 1
    return c


def _role_like(word: str) -> bool:
    return (word.isalpha() and word.islower() and word not in stop_words()
            and not word.endswith(("ed", "ing", "ly")))


def subject_after(toks: list[Token], i: int) -> tuple[int, int] | None:
    """Token range [a, b) of the noun phrase right after the verb at `i` ('said Xi Jinping')."""
    a = i + 1
    b = a
    while b < len(toks) and b - a < 9:
        word = toks[b].text
        if np_word(toks[b]) or (word == "." and toks[b - 1].text in titles()):
            b += 1
        elif b > a and word in _AFTER_INNER and is_name_word(toks[min(b + 1, len(toks) - 1)].text):
            b += 1
        else:
            break
    while b > a and (toks[b - 1].text in _INNER or toks[b - 1].text == "."):
        b -= 1
    if b > a and toks[a].text.lower() in pronouns():
        return a, a + 1
    if b == a or not _head_ok(toks[b - 1].text):
        return None
    return a, b


def org_phrase(toks: list[Token], b: int) -> int:
    """End of an 'of/at/from ORGANISATION' phrase starting at token `b` (or `b` if none)."""
    if b >= len(toks) or toks[b].text not in ("of", "at", "from"):
        return b
    c = b + 1
    if c < len(toks) and toks[c].text in ("the", "The"):
        c += 1
    end = c
    while end < len(toks) and (is_name_word(toks[end].text) or toks[end].text in _INNER):
        end += 1
    while end > c and toks[end - 1].text in _INNER:
        end -= 1
    return end if end > c else b


def split_role(words: list[str]) -> tuple[str | None, str]:
    """'Chinese leader Xi Jinping' -> ('Chinese leader', 'Xi Jinping'); titles become the role.

    Without a capitalised name at the end ('a wife', 'officials'), the name is the description.
    """
    name: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(".")
        if is_name_word(word) and bare not in titles() and bare not in ("The", "A", "An"):
            name.insert(0, word)
        elif word in _INNER and name:
            name.insert(0, word)
        else:
            break
    while name and (name[0] in _INNER or name[0].lower() in speaker_nouns() and len(name) > 1):
        name.pop(0)  # "Actor Bruce Willis": a role noun capitalised at the start of a sentence
    if not name:
        return None, " ".join(words)
    role_words = [w for w in words[: len(words) - len(name)] if w != "."]
    while role_words and role_words[0].lower() in ("a", "an", "the"):
        role_words.pop(0)
    while role_words and role_words[-1].lower() in _INNER | {"from", "by", "at"}:
        role_words.pop()  # "data from the Census Bureau" -> role "data"
    return " ".join(role_words) or None, " ".join(name)


def kind_of(words: list[str]) -> str:
    """'person', 'organisation' or 'unnamed' for the words of a mention."""
    role, name = split_role(words)
    if name == " ".join(words) and not any(is_name_word(w) for w in words[-1:]):
        return "unnamed"
    if len(words) == 1 and words[0].lower() in speaker_nouns():
        return "unnamed"  # "Police said", "Officials said" at the start of a sentence
    name_words = name.split()
    if any(w in organisation_words() for w in name_words) or words[0] in ("The", "the"):
        return "organisation"
    if len(name_words) == 1 and name_words[0].isupper() and len(name_words[0]) > 1:
        return "organisation"  # "NATO", "CNN"
    return "person"
