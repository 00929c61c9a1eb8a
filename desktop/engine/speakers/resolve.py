"""Who a mention is: pronouns to the nearest fitting person, aliases to one name, authors out."""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator
from functools import cached_property

from desktop.engine.article import Article
from desktop.engine.furniture import outside_furniture, reach_start
from desktop.engine.speakers.aliases import (
    lower_words,
    name_runs_in,
    named_runs,
    opening_word,
    participle,
    person_like,
    title_pattern,
)
from desktop.engine.speakers.antecedents import last_fitting, latest_first
from desktop.engine.speakers.authors import author_words
from desktop.engine.speakers.descriptions import Described, described_subject, sexes_told
from desktop.engine.speakers.found import Found, from_determiner
from desktop.engine.speakers.introductions import NAME as _NAME
from desktop.engine.speakers.introductions import Introductions
from desktop.engine.speakers.lexicon import (
    courtesy_titles,
    given_name_gender,
    non_name_words,
    pronouns,
    speaker_nouns,
    time_word,
    title_genders,
    titles,
    word_set,
)
from desktop.engine.speakers.mentions import (
    coordinated,
    is_pronoun,
    kind_of,
    person_for,
    split_role,
)
from desktop.engine.speakers.noun_phrases import AGE, is_name_word
from desktop.engine.speakers.organisations import group_for
from desktop.engine.speakers.scan import finditer_from

_BEFORE_WORD = re.compile(r"([a-z]+)[ \t]+$")
# What may stand before a sentence's subject: nothing, capitalised role words ('Retired Gen.'),
# or one opening phrase and its comma ('In an interview on Monday, Ham said')
_BEFORE_SUBJECT = re.compile(r"(?:[^,;:\"“”]*,[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]+)*")
_CAPITAL = re.compile(_NAME)
UNATTRIBUTED = "Unattributed quotes"
_UNMARKED_REACH = 200  # name runs back in which an unmarked name may take a pronoun
SPEAKER_REACH = 2  # paragraphs back in which a quoted person is preferred for "he"/"she"


class Resolver:
    """Resolves the mentions of one article, in order, to (name, role, kind)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.authors = author_words(article)
        self.persons: list[tuple[int, str]] = []  # (position, name), kept sorted
        self.gender: dict[str, str] = {}
        self.groups: list[tuple[int, str, str | None, str]] = []  # (sentence, name, role, kind)
        self._indefinite: dict[str, str] = {}  # noun -> the last unnamed group "a/an noun …"
        self.speaking: set[int] = set()  # where speakers named by an attribution start
        self.described = Described()  # speakers described, not named ('the spokesman')
        self.titles: dict[str, str] = {}  # name -> title seen before it ("President")
        self.runs: list[tuple[int, str]] = []  # any "First Last" in the text, in order
        self.alone: set[str] = set()  # runs whose last word also stands alone ("Holt")
        self.sentence_list = article.sentence_starts
        self.sentence_starts = set(self.sentence_list)
        self._introduced: dict[str, Introductions] = {}  # noun -> where it introduces names
        self.lower = lower_words(article.text)  # words written lower
        self._title_names()
        self._name_runs()
        self.persons, self.runs = (outside_furniture(article, n) for n in (self.persons, self.runs))
        for last, sex in sexes_told(article.text).items():  # 'Lee, a father of two'
            self.gender.setdefault(last, sex)

    def _title_names(self) -> None:
        self._title_lasts: set[str] = set()  # "President Obama's": Obama
        for match in finditer_from(title_pattern(), self.article.text, titles()):
            self._title_lasts.add(match.group(2).split()[-1].split("’")[0].split("'")[0])
            name = re.sub(r"['’]s$", "", match.group(2))  # "Mr. Osei's watch": a man named Osei
            if person_like(name) and not self._is_author(name) and not any(
                w.split("’")[0].split("'")[0] in titles() for w in name.split()
            ):
                self.persons.append((match.start(2), name))
                title = match.group(1).split()[-1]
                self.titles.setdefault(name, " ".join(match.group(1).split()))
                if title in title_genders():
                    self.gender.setdefault(name.split()[-1], title_genders()[title])
        self.persons.sort()

    def _name_runs(self) -> None:
        """Runs of name words that are persons: not after a place preposition ('in South
        Surrey'), not an organisation; `alone` holds those whose last word also stands alone."""
        text = self.article.text
        runs = name_runs_in(text)
        named = named_runs(text, self.article.sentence_starts)
        in_runs = {w.start() for r in runs for w in _CAPITAL.finditer(text, r.start(), r.end())}
        lone = [w for w in _CAPITAL.finditer(text) if w.start() not in in_runs]
        alone = {w.group() for w in lone}
        lower = self.lower
        places = word_set("place_prepositions.txt")
        for match, name, *_ in named:
            before = _BEFORE_WORD.search(text, max(0, match.start() - 20), match.start())
            if not name or not person_like(name) or self._is_author(name) or (
                    before and before.group(1) in places):
                continue
            self.runs.append((match.start(1), name))
            last = name.split()[-1]
            if last in alone and last.lower() not in lower:
                self.alone.add(name)
            given = given_name_gender(name.split()[0])
            if given:
                self.gender.setdefault(last, given)
        self._surname_mentions(lone)

    def _surname_mentions(self, lone: list[re.Match]) -> None:
        """'Bell agreed.' after 'Tom Bell': a surname alone is a mention of the full name
        introduced before it, for the pronouns that follow."""
        by_last: dict[str, str] = {}
        mentions = []
        runs = iter(self.runs)
        upcoming = next(runs, None)
        for word in lone:
            while upcoming is not None and upcoming[0] < word.start():
                by_last[upcoming[1].split()[-1]] = upcoming[1]
                upcoming = next(runs, None)
            if word.group() in by_last and word.group().lower() not in self.lower:
                mentions.append((word.start(), by_last[word.group()]))
        self.runs = sorted(self.runs + mentions)

    def _is_author(self, name: str) -> bool:
        return bool(self.authors & set(name.split()))

    def resolve(self, found: Found) -> list[tuple[str, str | None, str]]:
        """(name, role, kind) for each speaker of `found` ('Green and Schneider': two); the
        unattributed group for a pronoun that fits nobody; none for the article's author."""
        found = from_determiner(found)  # 'in Halifax the woman says' -> 'the woman'
        if is_pronoun(found.words):
            return [self._pronoun(found) or (UNATTRIBUTED, None, "unattributed")]
        modifier, words = self._opening_modifier(found)
        role, name = split_role(words)
        name, affiliation = person_for(name)
        role = " ".join(w for w in (modifier, role, affiliation) if w) or None
        kind = kind_of(words)
        if role in courtesy_titles():
            self.gender.setdefault(name.split()[-1], title_genders()[role])
            role = None  # "Mr", "Mrs": a courtesy, not a role
        if found.role:
            role = f"{role} {found.role}" if role and found.role.startswith("of ") else (
                found.role if not role else f"{role}, {found.role}")
        if kind == "unnamed":
            name = found.mention.text
            first = name.split()[0].lower()  # "Officials said", "His lawyer said"
            if first in speaker_nouns() or first in word_set("possessive_determiners.txt"):
                name = name[:1].lower() + name[1:]
            person = self._described(found.words, found.mention.start)
            if person:
                self.described.add(found, (person, self._role_of(person), "person"))
                return [(person, self._role_of(person), "person")]
            name = self._same_unnamed(name)
            self.described.add(found, (name, role, kind))
        elif self._is_author(name) or words == (name,) and participle(name) and (
                name not in self._surnames):  # 'Realising his error, Mr Ruiz …': nobody
            return []
        if kind == "person":
            bisect.insort(self.persons, (found.mention.start, name))
            self.speaking.add(found.mention.start)  # the subject of its speech verb
            return [(part, role, kind) for part in coordinated(name)]
        self.groups.append((found.sentence, name, role, kind))
        first = name.split()
        if kind == "unnamed" and len(first) > 1 and first[0] in ("a", "an"):
            self._indefinite[first[1]] = name
        return [(name, role, kind)]

    def _opening_modifier(self, found: Found) -> tuple[str, tuple[str, ...]]:
        """'Rival Sony said', 'Paris-based Euronext said': a word capitalised only because it
        opens the sentence, or a '-based' modifier, is a role, not part of the name."""
        words = found.words
        first = words[0] if words else ""
        opening = (found.mention.start in self.sentence_starts and opening_word(
            " ".join(words), self.lower) and first.lower() not in (
                non_name_words() | speaker_nouns()))
        if len(words) > 1 and is_name_word(words[1]) and time_word().match(first.lower()):
            return "", words[1:]  # "Yesterday Sony said": a time, not a role
        if len(words) > 1 and (opening or first.endswith("-based")) and is_name_word(words[1]):
            lowered = opening and {first.lower(), first.lower() + "s"} & self.lower
            return (first.lower() if lowered else first), words[1:]  # "Montreal's" stays
        return "", words

    def _same_unnamed(self, name: str) -> str:
        """'the spokesperson' after 'a spokesperson for the city': the one introduced before."""
        words = name.split()
        if len(words) == 2 and words[0].lower() == "the":
            return self._indefinite.get(words[1], name)  # the latest, as a scan back finds
        return name

    def _role_of(self, name: str) -> str | None:
        role = self.titles.get(name)
        return None if role in courtesy_titles() else role

    def _described(self, described: tuple[str, ...], at: int) -> str | None:
        """'the president' (at `at`) -> the one person the article titles President; 'the rookie
        defenceman' -> the person it introduced as one ('defenceman Erik Lind')."""
        words = [w.lower() for w in described]
        if len(words) < 2 or words[0] != "the":
            return None
        head = words[-1]
        titled = self._titled.get(head, ())
        if titled and head.capitalize() in titles():
            return titled[0] if len(titled) == 1 else None
        introduced = self._introductions(head).before(at)
        person = next((n for n in reversed(introduced) if n in self._known), None)
        return person or (self._nearest(at) if AGE.fullmatch(head) else None)

    def _nearest(self, at: int) -> str | None:
        """The person named last before `at` within a few paragraphs ('the 24-year-old')."""
        near = reach_start(self.article, self.article.sentence_at(at).paragraph, SPEAKER_REACH)
        named = [people[k - 1] for people in (self.persons, self.runs)  # the last of each
                 if (k := bisect.bisect_left(people, (at, ""))) and people[k - 1][0] >= near]
        return max(named)[1] if named else None

    @cached_property
    def _titled(self) -> dict[str, list[str]]:
        """Title word, lower-cased -> the names written after it ('president' -> ['Xi'])."""
        out: dict[str, list[str]] = {}
        for name, title in self.titles.items():
            out.setdefault(title.split()[-1].lower(), []).append(name)
        return out

    @cached_property
    def _lowered(self) -> str:
        return self.article.text.lower()

    @cached_property
    def _known(self) -> set[str]:
        return {n for _, n in self.runs} | set(self.titles)

    def _introductions(self, head: str) -> Introductions:
        if head not in self._introduced:
            self._introduced[head] = Introductions(self.article.text, head, self._lowered)
        return self._introduced[head]

    def _pronoun(self, found: Found) -> tuple[str, str | None, str] | None:
        kind = pronouns()[found.words[0].lower()]
        if kind == "group":
            return group_for(self.article, found, self.groups)
        if described := self.described.before(found, kind, [self.persons, self.runs]):
            return described  # 'The spokesman said … He added'
        paragraph = self.article.sentences[found.sentence].paragraph
        near = reach_start(self.article, paragraph, SPEAKER_REACH)
        for latest, genders in self._candidates(kind, found.mention.start, near):
            if name := last_fitting(self.article.text, found, latest, (self.gender, genders),
                                    self._surnames):
                return name, self._role_of(name), "person"
        return self._described_subject(found, kind)

    def _described_subject(self, found: Found, sex: str) -> tuple[str, str | None, str] | None:
        """'The premier had harsh words. "…," he said' with nobody named who fits: the person the
        article introduced as the premier, if of that sex, else 'the premier' unnamed."""
        subject = described_subject(self.article, found, sex)
        if subject is None:
            return None
        person = self._described(tuple(subject[1].split()), subject[0])
        if person and self.gender.get(person.split()[-1]) in (None, sex):
            return person, self._role_of(person), "person"
        return subject[1], None, "unnamed"

    def _candidates(self, kind: str, at: int, near: int) -> Iterator[tuple[Iterator, set]]:
        """(persons latest first, sexes wanted), in the order a pronoun of `kind` at `at` tries
        them: "she": a woman named nearby (from `near`) first, then any woman named before;
        "he": the nearest titled or quoted man or person of unknown sex (news names men more
        often, so an unmarked name is a fair guess), then any man named before; then an
        unmarked name (then `_pronoun` tries a subject described just before: 'The premier had
        harsh words.'). The sorted lists are read back lazily, never copied: a long article
        names thousands, and each of its sentences may hold a pronoun."""
        p_at, r_at = bisect.bisect_left(self.persons, (at, "")), bisect.bisect_left(
            self.runs, (at, ""))
        p_near = min(bisect.bisect_left(self.persons, (near, "")), p_at)
        r_near = min(bisect.bisect_left(self.runs, (near, "")), r_at)
        persons, near_runs = (self.persons, p_near, p_at), (self.runs, r_near, r_at)
        before, runs = (self.persons, 0, p_at), (self.runs, 0, r_at)
        unmarked = (p for p in latest_first(self.runs, max(0, r_at - _UNMARKED_REACH), r_at)
                    if p[1] in self.alone)
        # a titled or quoted person of that sex further back outranks a name run further back
        # ('Mr. Ban' before 'Al Qaeda', whose first word is also a given name); read lazily
        subjects = ((p, n) for p, n in heapq.merge(latest_first(*persons),
                                                   latest_first(*near_runs), reverse=True)
                    if p in self.speaking or self._subject_at(p))
        if kind == "female":
            stretches = ((persons, {kind}), (near_runs, {kind}), (before, {kind}),
                         (runs, {kind}), (persons, {None}))
            first = subjects, {kind}
        else:
            stretches = ((persons, {kind, None}), (near_runs, {kind}), (before, {kind}),
                         (runs, {kind}))
            first = subjects, {kind, None}
        told = {*self.gender.values(), None}  # a sex that no name has is not looked for
        if not first[1].isdisjoint(told):
            yield first
        for stretch, sexes in stretches:
            if not sexes.isdisjoint(told):
                yield latest_first(*stretch), sexes
        yield unmarked, {None}

    @cached_property
    def _surnames(self) -> set[str]:
        """Last words of the full and titled names ('President Obama's'), names of known sex."""
        return {n.split()[-1] for _, n in self.runs} | self._title_lasts | set(self.gender)

    def _subject_at(self, position: int) -> bool:
        """Whether the name at `position` opens its sentence's clause: the sentence's subject
        ('Trump said praise from President Putin…' -> Trump, not Putin)."""
        i = bisect.bisect_right(self.sentence_list, position) - 1
        start = self.sentence_list[i] if i >= 0 else 0
        return bool(_BEFORE_SUBJECT.fullmatch(self.article.text, start, position))
