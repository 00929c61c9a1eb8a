"""Where an article introduces a name with a describing noun ('defenceman Erik Lind'), scanned
once per noun rather than once per mention."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from desktop.engine.speakers.lexicon import given_name, speaker_nouns, word_set

# a name word, with the elided particle of a surname ('d'Entremont', elided_particles.txt)
_ELIDED = "|".join(sorted(word_set("elided_particles.txt"), key=len, reverse=True))
NAME = rf"(?:[A-Z]|(?:{_ELIDED})['’][A-Z])[\w’'-]*[a-z][\w’'-]*"  # one first-letter set: fast
# How far before a mention the text is scanned again as it ends there. One attempt of the
# pattern reads a name run on one line, or two names, ", the", three words and the noun: a
# thousand characters cover that unless a single "word" is hundreds of characters long.
RESCAN = 1000
_CAPITAL = re.compile("[A-Z]")
_COMMA_DETERMINER = re.compile(r"(?:,|[ \t](?:is|was)) (?=(?:the|an?) )")  # or 'is a'/'was the'
_SPECIAL_CASE = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K (Kelvin)


# After the noun that ends an apposition: its complement ('the father of the boy'), not more
# of a longer noun phrase ('Ana Ruiz, a campaign spokeswoman' introduces no campaign).
_ENDS_APPOSITION = "of|for|at|from|with|in|to|who"
# Words that open a complement inside an apposition: its noun is no longer the apposition's
# head ('Tom Bell, a lawyer for the union,' introduces no union)
_COMPLEMENT = f"{_ENDS_APPOSITION}|on|by|the|an?"
# The complement of a noun before a name in apposition ('the minister of Crown-Indigenous
# relations, Alan Dubreuil,'): a few words, none ending a clause or opening a quotation.
OF_WORDS = 5
_OF_WORD = r"[^\s,.;:!?\"“”()]+"


@lru_cache(maxsize=256)
def introduction_pattern(noun: str) -> re.Pattern[str]:
    """'noun of the Place, First Last' (the name group 'of', before a comma or stop), 'noun
    First Last', 'noun, First Last' or 'noun defenceman First Last' (the name group 2; group 1
    up to two lower-case words between, which `introduced_name` takes only when they are
    speaker nouns: 'rookie defenceman Ana Ruiz' is the rookie), or 'First Last, the …
    noun', 'First Last is a … noun' or 'First Last, noun of …' (the name group 3), the noun
    ending the apposition ('Wil Bearspaw, chief of the Stoney Nation') and no complement
    before it ('Tom Bell, a lawyer for the union' is no union). No word between after a body's
    noun: 'campaign manager Robby Mook' is the campaign's manager, not the campaign."""
    word = re.escape(noun)
    between = 0 if _body(noun) else 2
    of = "" if between == 0 else (  # 'the mayor of Port Reeve, Roger Thibodeau,': group 'of'
        rf"\b(?i:{word})[ \t]+of(?P<complement>(?:[ \t]+{_OF_WORD}){{1,{OF_WORDS}}}),[ \t]+"
        rf"(?P<of>{NAME}(?:[ \t]+{NAME})+)(?=[ \t]*[,.;:])|")
    return re.compile(
        rf"{of}\b(?i:{word})((?:[ \t]+[a-z]+){{0,{between}}}),?[ \t]+({NAME}(?:[ \t]+{NAME})*)|"
        rf"({NAME}[ \t]+{NAME})(?:,|[ \t]+(?:is|was)(?=[ \t]+(?:the|an?)[ \t])) "
        rf"(?:(?:the|an?) (?:(?!(?:{_COMPLEMENT})\b)[\w’'-]+ ){{0,3}})?"
        rf"(?i:{word})\b(?=[ \t]*[,.;:)]|[ \t]+(?:{_ENDS_APPOSITION})\b)")


def _body(noun: str) -> bool:
    """Whether `noun` names a body ('campaign', 'committee', 'party'), as an organisation's
    name ends with it."""
    return noun.capitalize() in word_set("organisation_words.txt")


def introduced_name(match: re.Match[str]) -> str | None:
    """The name a match introduces; None when a word between the noun and the name is no
    speaker noun ('rookie season with Ana Ruiz' introduces no rookie)."""
    groups = match.groupdict()
    if groups.get("of"):  # 'the mayor of the town, Port Reeve,' is the town's name, not his
        name = groups["of"]
        named = groups["complement"].split()[-1][:1].isupper() or given_name(name.split()[0])
        return name if named else None
    between, name, apposed = match.groups()[-3:]
    if between and not speaker_nouns().issuperset(between.split()):
        return None
    return name or apposed


class Introductions:
    """`pattern.finditer(text[:end])`'s group 1 for any `end`, from one scan of the whole text.

    Matches of the whole text that end well before `end` are those of the cut text too: the
    scan is deterministic from left to right, and no attempt that far back reads up to `end`.
    The last `RESCAN` characters (from the start of a match that reaches into them) are
    scanned again in the cut text, so a match the cut shortens or makes possible is found as
    `finditer` on the cut text finds it.
    """

    def __init__(self, text: str, noun: str, lowered: str | None = None) -> None:
        """`lowered`: `text.lower()`, when the caller has it already."""
        self.text, self.noun = text, noun
        self.pattern = introduction_pattern(noun)
        self.candidates = _starts(text, noun, lowered)
        self.matches = _scan(self.pattern, text, self.candidates)
        self.starts = [m.start() for m in self.matches]
        self.ends = [m.end() for m in self.matches]
        self.names = [introduced_name(m) for m in self.matches]

    def before(self, end: int, described: tuple[str, ...] = ()) -> list[str | None]:
        """The name each match of the pattern in `text[:end]` introduces, in order (None for
        a match that introduces nobody, or another one than `described` names: 'the Liberal
        candidate' is not 'the Conservative candidate, Harold Pestrich')."""
        names, matches = self._before(end)
        modifier = described[-2] if len(described) == 3 else ""
        if not modifier[:1].isupper():
            return names
        return [None if n and _modified(self.text, m, self.noun, modifier) is False else n
                for n, m in zip(names, matches, strict=True)]

    def _before(self, end: int) -> tuple[list[str | None], list[re.Match[str]]]:
        safe = max(0, end - RESCAN)
        kept = bisect.bisect_right(self.ends, safe)  # matches ending by `safe`
        resume = self.ends[kept - 1] if kept else 0
        if kept < len(self.starts) and self.starts[kept] < safe:
            safe = self.starts[kept]  # a match from before `safe` reaches past it: redo it
        resume = max(resume, min(safe, end))
        first = bisect.bisect_left(self.candidates, resume)
        rescanned = _scan(self.pattern, self.text, self.candidates, first, end)
        rest = [introduced_name(m) for m in rescanned]
        return self.names[:kept] + rest, self.matches[:kept] + rescanned


def _modified(text: str, match: re.Match[str], noun: str, modifier: str) -> bool | None:
    """Whether the capitalised word right before the noun a match reads is `modifier` (None
    when no such word modifies it: 'the candidate, Ana Ruiz', 'The candidate, Ana Ruiz')."""
    at = match.end() - len(noun) if match.group(match.re.groups) else match.start()
    words = text[max(0, at - 40) : at].split()
    word = words[-1] if words else ""
    if not word[:1].isupper() or word.lower() in ("the", "a", "an") or not word.isalpha():
        return None
    return word == modifier


def _starts(text: str, noun: str, lowered: str | None) -> list[int]:
    """Every position where a match of `introduction_pattern(noun)` could begin: the noun
    itself, or a capital letter in the two words before ", the … noun" or ", noun"."""
    occurrences = _occurrences(text, noun, lowered)
    starts = list(occurrences)
    for at in [at for at in occurrences if text[at - 2 : at] == ", "]:  # ', noun of …': the name
        starts += [m.start() for m in _CAPITAL.finditer(text, _two_words_before(text, at - 2), at)]
    apposition = _apposition(noun)
    for at in _commas_before(text, occurrences):  # ', the', ', a', ', an': this noun may end
        if apposition.match(text, at):
            first = _two_words_before(text, at)
            starts += [m.start() for m in _CAPITAL.finditer(text, first, at)]
    return sorted(set(starts))


@lru_cache(maxsize=256)
def _apposition(noun: str) -> re.Pattern[str]:
    """', the … noun' from its comma (the noun ending an apposition after a name), or ' is a …
    noun' from the space before 'is' or 'was' ('Ana Ruiz is a nurse in Red Deer')."""
    return re.compile(rf"(?:,|[ \t](?:is|was)) (?=(?:the|an?) (?:[\w’'-]+ ){{0,3}}"
                      rf"(?i:{re.escape(noun)})\b)")


def _commas_before(text: str, occurrences: list[int]) -> list[int]:
    """The places of ', the ', ', a ', ', an ' where `_apposition` of a noun written at
    `occurrences` may match, in order: those with one of them after the comma within five
    spaces (the comma's, the determiner's and up to three words'), found by bisection from
    the noun's places, not a match tried at all the article's commas for each noun."""
    commas, reaches = _determiners_after_comma(text)
    found: set[int] = set()
    for at in occurrences:  # the commas before `at` whose sixth space is not before it
        found.update(range(bisect.bisect_left(reaches, at), bisect.bisect_left(commas, at)))
    return [commas[k] for k in sorted(found)]


@lru_cache(maxsize=1)
def _determiners_after_comma(text: str) -> tuple[list[int], list[int]]:
    """Where `text` writes ', the ', ', a ' or ', an ', and where the sixth space from each
    is (the text's end when there are fewer): found once per article for every noun's
    `_apposition`, which matches only there (the cache holds the last article, as
    `_special_case`'s does). Both lists ascend."""
    commas = [m.start() for m in _COMMA_DETERMINER.finditer(text)]
    reaches = []
    for at in commas:
        for _ in range(6):
            at = text.find(" ", at + 1)
            if at < 0:
                break
        reaches.append(at if at >= 0 else len(text))
    return commas, reaches


def _two_words_before(text: str, end: int) -> int:
    """Where the two space- or tab-separated words ending at `end` begin (a name cannot run
    over any other space)."""
    at = end
    for _ in range(2):
        while at > 0 and not text[at - 1].isspace():
            at -= 1
        if _ == 0:
            while at > 0 and text[at - 1] in " \t":
                at -= 1
    return at


def _scan(pattern: re.Pattern[str], text: str, starts: list[int], first: int = 0,
          endpos: int | None = None) -> list[re.Match]:
    """`pattern.finditer(text, starts[first], endpos)` when no match can begin outside `starts`:
    `match` at a position is what the search tries there, and the search resumes after each
    match. A match of `text[:endpos]` begins where one of the whole text may: at the noun, or
    at a capital before ', the … noun' that the whole text writes too."""
    endpos = len(text) if endpos is None else endpos
    found, end = [], 0
    for index in range(first, len(starts)):
        position = starts[index]
        if position >= endpos:
            break
        if position >= end:
            match = pattern.match(text, position, endpos)
            if match is not None:
                found.append(match)
                end = match.end()
    return found


@lru_cache(maxsize=1)
def _special_case(text: str) -> bool:
    """Whether `text` holds one of those four letters: one scan of the article, not one per noun
    (the cache holds the last article; a string keeps its hash, so a look-up costs nothing)."""
    return _SPECIAL_CASE.search(text) is not None


def _occurrences(text: str, noun: str, lowered: str | None) -> list[int]:
    """Where `(?i:noun)` matches, overlapping matches included.

    For an ASCII noun, `str.find` in the lower-cased text: the same positions unless the text
    holds one of the four letters that match an ASCII letter only when case is ignored (or
    that lower-case to two characters): then the regex searches.
    """
    if noun.isascii() and not _special_case(text):
        lowered, key = text.lower() if lowered is None else lowered, noun.lower()
        starts, at = [], lowered.find(key)
        while at >= 0:
            starts.append(at)
            at = lowered.find(key, at + 1)
        return starts
    found = re.compile(f"(?i:{re.escape(noun)})")
    starts, match = [], found.search(text)
    while match is not None:
        starts.append(match.start())
        match = found.search(text, match.start() + 1)
    return starts
