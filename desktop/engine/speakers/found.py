"""One attribution as read in a sentence, and how it is made from the sentence's tokens."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import NamedTuple

from desktop.engine.article import Sentence
from desktop.engine.speakers.affiliations import speaker_places
from desktop.engine.speakers.dates import date_phrase
from desktop.engine.speakers.lexicon import (
    inner_words,
    non_name_words,
    possessive_determiners,
    speaker_nouns,
    time_word,
    titles,
    word_set,
)
from desktop.engine.speakers.noun_phrases import Mention, Token

QUOTE_MARKS = {'"', "“", "”", "«", "»"}  # double quotation marks as tokens, opening or closing
CLOSING_MARKS = ('"', "”", "»", "’", "“")  # marks that may close a quotation ('„…“' too)
_SPACED = re.compile(r" (?=[,.;:!?)\]])|(?<=[(\[]) ")  # a space a typesetter would not set
_WORD = re.compile(r"[^\W_]+")
_RELATIVES = frozenset({"who", "whom", "whose", "which"})  # a relative clause ends a role
RESUME_REACH = 40  # most characters between a speaker and the rest of a split quotation


class Found(NamedTuple):
    """One attribution as read in a sentence, before the speaker is resolved: the content
    `body[start:end]`, the cue, the words for who and the role the sentence gives them.

    A named tuple, as `Token` is: a long article makes tens of thousands, and a frozen
    dataclass costs four times as much to make or to copy with a change (`_replace`)."""

    start: int
    end: int
    direct: bool
    cue: str
    mention: Mention
    words: tuple[str, ...]
    role: str | None
    sentence: int
    content_first: bool
    omitted: tuple[int, int] | None = None  # the attribution inside the content: 'The plan,
    # Ruiz said, is dead' (its two commas and what they hold)


def found_at(sentence: Sentence, toks: list[Token], cue: str, phrase: tuple[int, int],
             content: tuple[int, int], first: bool, role: str | None = None) -> Found:
    """The attribution whose speaker is tokens [a, b) of `sentence` and whose content is
    `body[content[0]:content[1]]`; `first` when the content comes before the cue."""
    a, b = phrase
    start, end = toks[a].start, toks[b - 1].end
    mention = Mention(sentence.text[start - sentence.start : end - sentence.start], start, end)
    words = tuple(t.text for t in toks[a:b])
    if first and content[0] == sentence.start:  # "A; B, she added.": B is what she added
        content = (_after_semicolon(toks, content[0], content[1]), content[1])
    return Found(content[0], content[1], False, cue, mention, words, role, sentence.index, first)


def _after_semicolon(toks: list[Token], start: int, end: int) -> int:
    """Where the clause before `end` starts: after the last semicolon outside quotation
    marks and brackets ('"We tried; we failed," she said' and '2m euros ($2.6m; £1.7m) is
    spent, she said' keep both halves)."""
    marks = bracketed = 0
    for t in toks:
        if t.end > end:
            break
        if t.text in QUOTE_MARKS:
            marks += 1
        bracketed = bracket_depth(t.text, bracketed)
        if t.text == ";" and marks % 2 == 0 and not bracketed:
            start = t.end
    return start


def bracket_depth(word: str, depth: int) -> int:
    """How many brackets are open after the token `word`, `depth` being open before it (a
    stray ')' closes none): a semicolon inside them ('$2.6m; £1.7m') ends no clause."""
    if word == "(":
        return depth + 1
    return max(0, depth - 1) if word == ")" else depth


def as_written(sentence: Sentence, words: list[Token]) -> str:
    """The words as the sentence writes them ('59, of Ashton, Md.'), without a trailing comma
    or a space before punctuation (a page that spaced its tokens: '59 , of Ashton , Md . ,')."""
    if not words:
        return ""
    text = sentence.text[words[0].start - sentence.start : words[-1].end - sentence.start]
    return _SPACED.sub("", " ".join(text.split())).rstrip(" ,;:")


def without_aside(role: str) -> str:
    """A role set off by commas up to an aside of the writer's in it (', now living in …',
    ', speaking at the rally', ', who is also …', ', in a statement', ', and …') or a date
    (', on Tuesday', ', August 15, 2008'), or up to a relative clause in it ('a nurse who has
    worked there since 2015'): '' when it opens with one."""
    parts = role.split(", ")
    for k, part in enumerate(parts):
        if date_phrase(part.split()) or writer_aside([w.lower() for w in part.split()]) and (
                not _body_after_with(part.split())):
            return ", ".join(parts[:k])
        words = part.split()
        relative = next((n for n, w in enumerate(words) if n and w in _RELATIVES), None)
        if relative is not None:  # 'a triage nurse who has worked there since 2015'
            return ", ".join([*parts[:k], " ".join(words[:relative])])
    return role


def _body_after_with(words: list[str]) -> bool:
    """', with the Canadian Cancer Society,': 'with the' and a capitalised name tie a person to
    the body they work for, as 'of the' does (not ', with the help of a cane,')."""
    return len(words) > 2 and words[:2] == ["with", "the"] and words[2][:1].isupper()


def writer_aside(words: list[str]) -> bool:
    """Whether words set off by commas open an aside, not a role: a relative pronoun or a
    conjunction, a place or aside preposition ('in a statement', 'by contrast', 'for her
    part'; not 'of', 'at': 'at Harbour Bank', nor 'for the Crown'), or
    a participle governing what follows it, first or after one word ('speaking at the rally',
    'now living in …'; not 'managing director')."""
    first = words[0] if words else ""
    if first in word_set("clause_conjunctions.txt"):  # not ', and chairman of …': a second role
        second = words[1] if len(words) > 1 else ""
        return second in word_set("articles.txt") or second not in speaker_nouns() and (
            second.capitalize() not in titles())
    if first in _aside_openers():
        return True
    if first == "for" and len(words) > 1 and words[1] in possessive_determiners() | {"one"}:
        return True  # ', for her part,', ', for one,': an aside; ', for the Crown,' is a role
    if first.endswith("ly") and first.isalpha() and not speaker_nouns() & set(words[1:]):
        return True  # ', visibly shaken,' (not ', newly elected mayor of Ashton,')
    return any(_governing_participle(words, k) for k in range(min(2, len(words))))


@cache
def _aside_openers() -> frozenset[str]:
    """Relative pronouns and concessive conjunctions, and the place and aside prepositions
    that tie no person to a body ('in', 'by', 'with'; not 'of', 'at', 'from')."""
    return word_set("aside_words.txt") | (word_set("place_prepositions.txt") | word_set(
        "aside_prepositions.txt")) - word_set("affiliation_words.txt")


def _governing_participle(words: list[str], k: int) -> bool:
    word = words[k]
    if not (word.isalpha() and len(word) > 4 and word.endswith(("ing", "ed"))):
        return False
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if not nxt:
        return word.endswith("ing")  # ', smiling,' (', retired,' may be a role)
    return nxt in word_set("function_words.txt") or _governing_participle(words, k + 1)


def word_count(body: str, start: int, end: int) -> int:
    return len(body[start:end].split())


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any of the sorted, mostly disjoint `spans` shares a character with [start, end)."""
    at = bisect_left(spans, (end, end))
    return any(b > start for _, b in spans[max(0, at - 8) : at])


def from_determiner(found: Found) -> Found:
    """`found` with its speaker's words cut to start at a determiner inside them that no
    preposition governs ('in Halifax the woman says' -> 'the woman', 'In early November the
    company announced' -> 'the company'): a noun phrase has its determiner first."""
    words = found.words
    for k in range(1, len(words)):  # not 'head of the …', 'to the …', 'a man near the bridge'
        if words[k].lower() in word_set("articles.txt") and words[k - 1] not in non_name_words(
                ) and words[k - 1] not in inner_words() | speaker_places():
            at = re.search(rf"(?<=\s){re.escape(words[k])}\b", found.mention.text)
            if at is None:
                return found
            mention = Mention(found.mention.text[at.start() :], found.mention.start + at.start(),
                              found.mention.end)
            return found._replace(words=words[k:], mention=mention)
    return found


def resumes(body: str, f: Found, start: int) -> bool:
    """'"The ferry," said Ruiz (on Monday), "stays."': the quotation piece at `start` right
    after the attribution `f` that splits a quotation goes on with it (only the cue, a day and
    marks stand between)."""
    if not f.content_first or not f.mention.end < start <= f.mention.end + RESUME_REACH:
        return False
    between = body[f.mention.end : start].replace(f.cue, "", 1)
    return all(w == "on" or time_word().fullmatch(w) for w in _WORD.findall(between))
