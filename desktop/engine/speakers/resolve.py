"""Who a mention is: pronouns to the nearest fitting person, aliases to one name, authors out."""

from __future__ import annotations

import bisect
from functools import cached_property

from desktop.engine.article import Article
from desktop.engine.furniture import outside_furniture
from desktop.engine.speakers.ages import age_of, aged, ages_told, has_age, of_age
from desktop.engine.speakers.aliases import participle
from desktop.engine.speakers.antecedents import last_fitting, lone_subject
from desktop.engine.speakers.authors import author_words
from desktop.engine.speakers.bodies import Bodies
from desktop.engine.speakers.clauses import after_pronoun, framing_name
from desktop.engine.speakers.companies import Companies
from desktop.engine.speakers.descriptions import (
    Described,
    centred_subject,
    described_subject,
    told_subject,
)
from desktop.engine.speakers.documents import Issuers, owner
from desktop.engine.speakers.found import Found, from_determiner
from desktop.engine.speakers.fronted import framed_for
from desktop.engine.speakers.groups import Introduced
from desktop.engine.speakers.honorifics import honorific, opening_modifier, role_as_written
from desktop.engine.speakers.introductions import Introductions
from desktop.engine.speakers.lexicon import (
    courtesy_titles,
    given_name_gender,
    given_name_genders,
    pronouns,
    speaker_nouns,
    title_nouns,
    titles,
    word_set,
)
from desktop.engine.speakers.mentions import is_pronoun, kind_of, split_role
from desktop.engine.speakers.name_parts import (
    coordinated,
    person_for,
    place_owned,
    unnamed_as_written,
)
from desktop.engine.speakers.named import Named
from desktop.engine.speakers.organisations import apposed_body, group_for, seat_of_government
from desktop.engine.speakers.parties import party_member
from desktop.engine.speakers.partners import partners
from desktop.engine.speakers.police import Police, nickname
from desktop.engine.speakers.pronoun_order import SPEAKER_REACH, candidates
from desktop.engine.speakers.quotes import Quotations
from desktop.engine.speakers.said_of import said_of
from desktop.engine.speakers.spelled_out import spelled_out
from desktop.engine.speakers.titled import Titled

UNATTRIBUTED = "Unattributed quotes"


class Resolver:
    """Resolves the mentions of one article, in order, to (name, role, kind)."""

    def __init__(self, article: Article, spans: Quotations) -> None:
        self.article, self.spans = article, spans
        # whom the article names, and where
        self.named = Named(article, author_words(article), spans)
        # a name in page furniture (a caption, a link to another story) takes no pronoun
        self.persons = outside_furniture(article, self.named.persons)  # titled and quoted, sorted
        self.runs = outside_furniture(article, self.named.runs)  # any "First Last", in order
        self.titles = self.named.titles  # name -> title seen before it ("President")
        self.titled = Titled(article.text, self.titles)  # 'the president' -> who
        self.sexes = self.named.sexes  # what the article tells of each person's sex
        self.groups: list[tuple[int, str, str | None, str]] = []  # (sentence, name, role, kind)
        self.unnamed = Introduced()  # unnamed groups, for a later 'the noun'
        self.speaking: set[int] = set()  # where speakers named by an attribution start
        self.described = Described()  # speakers described, not named ('the spokesman')
        self._introduced: dict[str, Introductions] = {}  # noun -> where it introduces names
        self._pronouns: dict[int, tuple[str, str | None, str]] = {}  # where -> whom it is
        self.issuers = Issuers(article)  # who issued 'the statement'
        self.companies = Companies(article)  # the companies it names, for 'the company'
        self.bodies = Bodies(article)  # the bodies it names in full, for 'the board'
        self.police = Police(article)  # the police forces it names, for 'police said'

    def resolve(self, found: Found) -> list[tuple[str, str | None, str]]:
        """(name, role, kind) for each speaker of `found` ('Green and Schneider': two); the
        unattributed group for a pronoun that fits nobody; none for the article's author."""
        found, others = partners(self.article, found)  # 'Ana Ruiz and her husband, Tom Bell,'
        written = self.issuers.read_from(found, self._known)  # 'It reads: "…"': its writer
        who = [written] if written else self._resolve(found) + [
            w for other in others for w in self._resolve(other)]
        self.issuers.add(found, who)
        return who

    def _resolve(self, found: Found) -> list[tuple[str, str | None, str]]:
        found = owner(from_determiner(found))  # 'in Halifax the woman says' -> 'the woman'
        if is_pronoun(found.words):  # one pronoun is one person, in each sentence it goes on to
            at = found.mention.start  # ('"A," she said. "B."': B is hers as A is)
            if at not in self._pronouns:
                self._pronouns[at] = self._pronoun(found) or (UNATTRIBUTED, None, "unattributed")
            return [self._pronouns[at]]
        if person := self.titled.one(found.words) or spelled_out(  # 'the MLA', 'the CFO'
                self.article.text, found.words, found.mention.start, self._known):
            self._mentioned(found, person)  # a later 'she' may take it back to them
            return [(person, self.role_of(person), "person")]
        modifier, words = opening_modifier(found, self.named)
        role, name = split_role(words)
        name, affiliation = person_for(name)
        role = role_as_written(" ".join(w for w in (modifier, role, affiliation) if w), name,
                               found.role, self.sexes)
        kind = self._kind(words, name, found.role)
        if kind == "unnamed":
            name = unnamed_as_written(found.mention.text)  # "Officials said": 'officials'
            if issuer := self.issuers.issuer(found):  # 'the statement said'
                return [issuer]
            person = self._described(found.words, found.mention.start)
            if person:
                self._mentioned(found, person)  # 'the victim's mother said': Ruth Kalder
                self.described.add(found, (person, self.role_of(person), "person"))
                return [(person, self.role_of(person), "person")]
            if body := self._body_named(found):
                return [body]  # 'the company announced': the one company named before
            name = self.unnamed.same(name)  # 'the board' after 'the health board'
            self.described.add(found, (name, role, kind))
        elif self.named.is_author(name) or words == (name,) and participle(name) and (
                name not in self._surnames) and not framing_name(self.article.text, found,
                                                              self.spans):  # 'Realising …': nobody
            return []
        if kind == "person":
            self._mentioned(found, name)
            return [(part, role, kind) for part in coordinated(name)]
        self.groups.append((found.sentence, name, role, kind))
        if kind == "unnamed":
            self.unnamed.add(name)
        return [(name, role, kind)]

    def _body_named(self, found: Found) -> tuple[str, str | None, str] | None:
        """The one company, body or police force named before 'the company', 'the board',
        'police' (and the RCMP for 'the Mounties'), else the organisation that spoke just
        before 'the agency'."""
        words, at = found.words, found.mention.start
        return self.companies.one_before(words, at) or self.bodies.one_before(words, at) or (
            self.police.one_before(words, at) or self.bodies.spoke_before(self.groups, found))

    def _mentioned(self, found: Found, name: str) -> None:
        """`name` is written at `found`'s mention, as the subject of its speech verb."""
        bisect.insort(self.persons, (found.mention.start, name))
        self.speaking.add(found.mention.start)

    def role_of(self, name: str) -> str | None:
        role = self.titles.get(name)
        if role and honorific(role):
            return role.rsplit(maxsplit=1)[0]  # 'Commissioner Sir John Stevens'
        return None if role and role.rstrip(".") in courtesy_titles() else role

    def _described(self, described: tuple[str, ...], at: int) -> str | None:
        """'the president' (at `at`) -> the one person the article titles President; 'the rookie
        defenceman' -> the person it introduced as one ('defenceman Erik Lind'); 'the
        74-year-old' -> the person it gave that age ('Ana Ruiz, 74,'), else the person named
        last before it, but for a street, a place or a person of another age."""
        words = [w.lower() for w in described]
        owned = len(words) == 2 and place_owned(described[0])  # "Quebec's minister"
        if len(words) < 2 or words[0] != "the" and not owned:
            return None
        head = words[-1]
        if has_age(described):  # 'the 74-year-old'
            return self._introduced_of_age(described, head, at) or of_age(
                self.article, described, at, (self.persons, self.runs), SPEAKER_REACH)
        titled = self.titled.of(head)
        if titled and (head.capitalize() in titles() or head in title_nouns().values()):
            return titled[0] if len(titled) == 1 else None
        if owned:
            return None  # "Quebec's ferry operator": only a title is one person's
        introduced = self._introductions(head).before(at, described)
        person = next((n for n in reversed(introduced) if n in self._known), None) or (
            party_member(self.article.text, described, self._known, at))
        if person or introduced:
            return person
        return said_of(  # 'the veteran goaltender' after '… said of Mason Reilly'
            self.article.text, at, head, self._known, self.sexes.of)

    def _introduced_of_age(self, described: tuple[str, ...], head: str, at: int) -> str | None:
        """'the 21-year-old defenceman' -> the person the article introduced as a defenceman
        ('Rookie defenceman Erik Lind'), when it gave nobody that age and gave them no other."""
        age = age_of(described)
        if head not in speaker_nouns() or age is None or aged(self.article.text, age, at):
            return None
        introduced = self._introductions(head).before(at)
        person = next((n for n in reversed(introduced) if n in self._known), None)
        told = ages_told(self.article.text, at)
        return person if person and told.get(person, age) == age else None

    @cached_property
    def _named(self) -> list[tuple[int, str]]:
        return sorted(self.persons + self.runs)

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
        named = [self.persons, self.runs]  # 'The envoy urged … "…," he said', 'The father …'
        if centred := centred_subject(self.article, found, kind, named) or told_subject(
                self.article, found, kind, named):
            return self._described_person(centred, kind)
        lone = lone_subject(self.article, found, kind, self.spans) or framed_for(
            self.article, found, self._named)  # 'Ruiz laughed. "…," she joked', 'For Ruiz, …'
        if lone and self.sexes.of(lone) in (None, kind) and given_name_gender(lone) in (
                None, kind) and not self.sexes.other_pronoun(lone, kind):  # 'Leo … she': no
            self.sexes.told_by_pronoun(lone, kind)
            return lone, self.role_of(lone), "person"
        people = (self.persons, self.runs)
        for latest, sexes in candidates(self.article, found, kind, people, self.speaking,
                                        self.named.alone, self.sexes):
            if latest is None:  # TOLD
                if subject := described_subject(self.article, found, kind, told=True):
                    return self._described_person(subject, kind)
                continue
            latest = (pn for pn in latest if not after_pronoun(self.article, pn[0], found.words[
                0]) and not self.sexes.other_pronoun(pn[1], kind))
            if name := last_fitting(self.article.text, found, latest, (self.sexes, sexes),
                                    self._surnames):
                self.sexes.told_by_pronoun(name, kind)
                return name, self.role_of(name), "person"
        return self._described_subject(found, kind)

    def _described_subject(self, found: Found, sex: str) -> tuple[str, str | None, str] | None:
        """'The premier had harsh words. "…," he said' with nobody named who fits: the person the
        article introduced as the premier, if of that sex, else 'the premier' unnamed."""
        subject = described_subject(self.article, found, sex)
        return None if subject is None else self._described_person(subject, sex)

    def _described_person(self, subject: tuple[int, str], sex: str) -> tuple[str, str | None, str]:
        """The person introduced as the subject's noun, if of sex `sex`, else the subject."""
        person = self._described(tuple(subject[1].split()), subject[0])
        if person and self.sexes.of(person) in (None, sex):
            return person, self.role_of(person), "person"
        return subject[1], None, "unnamed"

    def _kind(self, words: tuple[str, ...], name: str, role: str | None) -> str:
        """`kind_of(words)`, but a capital the article gives a person as a surname is that
        person ('Kenny Washington scored. Washington said': the man, not the government), and
        a name in apposition to a body is that body ('The union …, Unifor, said'), and a
        force's nickname is unnamed till a force named before resolves it ('the Mounties')."""
        if seat_of_government(words) and name in self._surnames:
            return "person"
        if words and nickname(words[-1]):
            return "unnamed"
        kind = "organisation" if " ".join(words) in word_set("brand_names.txt") else kind_of(
            words)  # 'Hydro One': a company, though 'One' is no name word
        return "organisation" if kind == "person" and apposed_body(role) else kind

    @cached_property
    def _surnames(self) -> set[str]:
        """Last words of the full and titled names ('President Obama's'), names of known sex,
        and the given names opening full names ('Rachel' of 'Rachel Doucet': 'Rachel says …')."""
        full = [n.split() for _, n in self.runs]
        return {w[-1] for w in full} | {w[0] for w in full if len(w) > 1 and (
            w[0] in given_name_genders())} | self.named.title_lasts | self.sexes.last_words()
