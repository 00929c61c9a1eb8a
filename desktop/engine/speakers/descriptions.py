"""'The spokesman said … He added': 'he' and 'she' after a speaker described, not named."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from desktop.engine.article import Article
from desktop.engine.speakers.clauses import OPENING_PHRASE
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.introductions import NAME
from desktop.engine.speakers.lexicon import non_name_words, person_nouns, speech_verbs

Who = tuple[str, str | None, str]  # (name, role, kind), as the resolver gives it


class Described:
    """The speakers described by a singular person noun ('the spokesman', 'a senior aide'),
    in article order, for a 'he' or 'she' in their sentence or the next."""

    def __init__(self) -> None:
        self.entries: list[tuple[int, int, str | None, Who]] = []  # (at, sentence, sex, who)

    def add(self, found: Found, who: Who) -> None:
        head = found.words[-1].lower() if found.words else ""
        if head in person_nouns():
            self.entries.append((found.mention.start, found.sentence, person_nouns()[head], who))

    def before(self, found: Found, sex: str, named: list[list[tuple[int, str]]]) -> Who | None:
        """The person described last before the pronoun of `found`, when it is of sex `sex` (or
        of unknown sex), in the same or the previous sentence, and nobody in `named` (sorted
        lists of (position, name)) is named between the two."""
        at = found.mention.start
        for start, sentence, told, who in reversed(self.entries):
            if start >= at:
                continue
            if found.sentence - sentence > 1 or told not in (None, sex):
                return None
            for people in named:
                i = bisect_left(people, (start + 1, ""))
                if i < len(people) and people[i][0] < at:
                    return None  # 'The spokesman said … Tom Bell … He added': Bell
            return who
        return None


# A sentence's subject opening with 'the' or a possessive, after at most an opening phrase: 'The
# premier had harsh words', 'On Monday, the new mayor spoke' (group 1 'the', group 2 the words
# after it).
_SUBJECT = re.compile(rf"{OPENING_PHRASE}([Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)"
                      r"((?:[ \t]+[a-z][\w-]*){1,4})(?=[ \t,])")
MODIFIERS = 2  # words that may stand between 'the' and the noun ('the newly elected mayor')
DESCRIBED_REACH = 2  # sentences back in which an unnamed subject may take 'he' or 'she'


def described_subject(article: Article, found: Found, sex: str,
                      told: bool = False) -> tuple[int, str] | None:
    """(position, words) of the person the pronoun of `found` stands for when nobody named fits:
    the subject of its sentence or of one of the few before, described by a singular person
    noun of sex `sex` or of unknown sex ('The premier had harsh words. "…," he said'; 'His
    mother was in the stands'); with `told`, only a noun of sex `sex` ('mother' for 'she').
    Not a place, a body or a group ('the city', 'the council', 'the farmers'): no person noun."""
    first = max(0, found.sentence - DESCRIBED_REACH)
    for index in range(found.sentence, first - 1, -1):
        match = _SUBJECT.match(article.text, article.sentences[index].start, found.mention.start)
        words = match.group(2).split() if match and _definite_or_told(
            article.text, match, told) else []
        for k, word in enumerate(words[: MODIFIERS + 1]):
            if word in non_name_words():
                break  # 'The city asked the mayor': the city
            if word in person_nouns() and (k + 1 == len(words) or words[k + 1] not in (
                    person_nouns())):  # 'the chief executive': the last of the nouns
                if person_nouns()[word] in ((sex,) if told else (None, sex)):
                    k += 2 if words[k + 1 : k + 2] == ["of"] and words[k + 2 : k + 3] and (
                        words[k + 2] not in speech_verbs()) else 0  # 'a father of four'
                    return match.start(1), " ".join([match.group(1).lower(), *words[: k + 1]])
                break
    return None


def _definite_or_told(text: str, match: re.Match, told: bool) -> bool:
    """'a father of four' speaks for 'he' only as a noun of its sex (`told`), opening its
    sentence or after an adverbial, not in apposition to a name ('Ana Ruiz, a mother of two,')."""
    if match.group(1).lower() not in ("a", "an"):
        return True
    before = text[match.start(0) : match.start(1)].rstrip(", \t").split()
    return told and not (before and before[-1][:1].isupper())


def told_subject(article: Article, found: Found, sex: str,
                 named: list[list[tuple[int, str]]]) -> tuple[int, str] | None:
    """(position, words) of the subject of the pronoun's sentence or of the one just before,
    described by a person noun of sex `sex` ('Police named the victim as Eli Ward. The father
    spoke outside the home. "…," he said': the father, not Ward), when nobody in `named`
    (sorted lists of (position, name)) is named from that subject to the pronoun: the last
    sentence's subject outranks a name further back. Not after a possessive ('Ana Ruiz won.
    Her mother was in the stands. "…," she said': the person it is hers of stays in focus)."""
    subject = described_subject(article, found, sex, told=True)
    if subject is None or subject[0] < article.sentences[max(0, found.sentence - 1)].start or (
            not subject[1].startswith(("the ", "a ", "an "))):  # 'a father of four said …'
        return None
    for people in named:
        k = bisect_left(people, (subject[0], ""))
        if k < len(people) and people[k][0] < found.mention.start:
            return None
    return subject

# The subject of the sentence before a pronoun's, capitalised modifiers allowed: 'The United
# Nations envoy, in a video message, urged …' (group 1 the determiner, group 2 the words after)
_CENTRED = re.compile(rf"{OPENING_PHRASE}([Tt]he|[Hh]is|[Hh]er|[Tt]heir)"
                      r"((?:[ \t]+[\w][\w.’'-]*){1,6})(?=[ \t,])")


def centred_subject(article: Article, found: Found, sex: str,
                    named: list[list[tuple[int, str]]]) -> tuple[int, str] | None:
    """(position, words) of the subject of the sentence just before the pronoun of `found`,
    a singular person noun of sex `sex` or unknown after a name as its modifier ('The United
    Nations envoy urged … "…," he said'), when nobody in `named` (sorted lists of (position,
    name)) is named in that sentence beside it or in the pronoun's sentence before it."""
    if found.sentence == 0:
        return None
    before = article.sentences[found.sentence - 1]
    match = _CENTRED.match(article.text, before.start, before.end)
    words = match.group(2).split() if match else []
    k = next((k for k, word in enumerate(words) if not word[:1].isupper()), len(words))
    head = next((m for m in range(k, min(len(words), k + MODIFIERS + 1)) if words[m] in (
        person_nouns()) and (m + 1 == len(words) or words[m + 1] not in person_nouns())), None)
    if not k or head is None or any(w in non_name_words() for w in words[k:head]) or (
            person_nouns()[words[head]] not in (None, sex)):
        return None  # a bare 'The prime minister …' may name again Blair, named before it
    own = (match.start(1), match.start(2) + len(" ".join(words[: head + 1])) + 1)
    for people in named:
        i = bisect_left(people, (before.start, ""))
        while i < len(people) and people[i][0] < found.mention.start:
            if not own[0] <= people[i][0] < own[1]:
                return None  # 'The envoy met Tom Bell. "…," he said': Bell, as named
            i += 1
    return own[0], " ".join([match.group(1).lower(), *words[: head + 1]])


NAME_REACH = 80  # characters before an apposition's comma in which its name is read
_WORD_GOES_ON = re.compile(r"[\w’'-]")


@lru_cache(maxsize=1)
def _sex_told() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """An apposition ending in a noun of one sex (', 46, a father of two', ', the businesswoman',
    ', the captain's mother'),
    the name its comma follows, and a name that follows such a noun, after a comma or not
    ('businesswoman Dale Lamb', 'His mother, Karin,'), but not the speaker of a report ('… his
    mother, Tom Bell said'). Each is read from where a lower-case word or the noun is found: a
    name read first would be read again from each of its words in a text of capitalised words."""
    nouns = "|".join(sorted(n for n, sex in person_nouns().items() if sex))
    name = rf"{NAME}(?:[ \t]+{NAME}){{0,3}}"
    return (re.compile(rf",[ \t]+(?:\d+,[ \t]+)?(?:an?|the|his|her)[ \t]+"
                       rf"(?:[a-z][\w’'-]*[ \t]+){{0,2}}({nouns})\b(?![ \t]+[A-Z])"),
            re.compile(rf"(?<![\w’'-])({name})$"),
            re.compile(rf"(,?)[ \t]+({name})"))


@lru_cache(maxsize=1)
def _speech_verb() -> re.Pattern:
    """A speech verb after a name ('… his mother, Tom Bell said': Bell reports, is no mother)."""
    return re.compile(rf"[ \t]+(?:{'|'.join(sorted(map(re.escape, speech_verbs())))})\b")


@lru_cache(maxsize=1)
def named_after_nouns(text: str) -> tuple[tuple[int, str, str], ...]:
    """(position, name, noun) for each noun of one sex written just before a name ('spokeswoman
    Dale Lamb', 'Businesswoman Ana Ruiz', 'His mother, Karin,'), each noun found with
    `str.find` in the lower-cased text: a pattern of all the nouns, tried at every letter, took
    ten times as long. The last article's answer is kept: the resolver asks twice."""
    lowered, after = text.lower(), _sex_told()[2]
    found = []
    for noun in (n for n, sex in person_nouns().items() if sex):
        at = lowered.find(noun)
        while at >= 0:
            end = at + len(noun)
            named = None if at and _WORD_GOES_ON.match(text, at - 1) else after.match(text, end)
            if named and not (_WORD_GOES_ON.match(text, end) or named.group(1) and (
                    _speech_verb().match(text, named.end()))):
                found.append((named.start(2), named.group(2), noun))
            at = lowered.find(noun, end)
    return tuple(sorted(found))


def sexes_told(text: str) -> dict[str, str]:
    """Name as written -> the sex its apposition or role noun tells ('Lee, a father of two':
    Lee, male); a name told both is left out, and a noun before another name tells that
    name's sex ('Ana Ruiz, her husband Tom Ruiz, …': Tom Ruiz, not Ana Ruiz)."""
    apposition, name_before, _ = _sex_told()
    told = [(name, noun) for _, name, noun in named_after_nouns(text)]
    for match in apposition.finditer(text):
        named = name_before.search(text, max(0, match.start() - NAME_REACH), match.start())
        if named:
            told.append((named.group(1), match.group(1)))
    out: dict[str, str] = {}
    for name, noun in told:
        sex = person_nouns()[noun.lower()]
        out[name] = sex if out.get(name, sex) == sex else ""
    return {name: sex for name, sex in out.items() if sex}
