"""Name shapes from invented Canadian news of session 9 (a union, a ferry, a hockey family);
each table one rule with the near misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def who(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in find_speakers(article(text)) if s.kind != "unattributed"]


# -- a name in apposition to a role whose head noun is a body's is that body --
APPOSED_BODIES = [
    ('The union representing the workers, Unifor, said the offer was "unacceptable."',
     [("Unifor", "organisation")]),
    ('Quaylink, the company behind the ferry, said "the crossing will resume."',
     [("Quaylink", "organisation")]),
    ('The largest union at the plant, Unifor, said "the vote is close."',
     [("Unifor", "organisation")]),
    # near misses: a person whose role names a body, a body's person, a person of a body
    ('Tom Bell, the union president, said "the vote is close."', [("Tom Bell", "person")]),
    ('Ana Ruiz, a lawyer for the company, said "the vote is close."', [("Ana Ruiz", "person")]),
    ('Ana Ruiz, the head of the union, said "the vote is close."', [("Ana Ruiz", "person")]),
    ('The agency nurse, Ana Ruiz, said "the vote is close."', [("Ana Ruiz", "person")]),
]


@pytest.mark.parametrize(("text", "speakers"), APPOSED_BODIES)
def test_a_name_apposed_to_a_body_is_that_body(text, speakers):
    assert who(text) == speakers


def said(*paragraphs: str) -> list[tuple[str, str]]:
    return [(s.name, q.text) for s in find_speakers(article(*paragraphs)) for q in s.quotes]


# -- 'Name, noun of …' with no determiner introduces the name as the noun for 'the noun' later --
NOUN_OF = [
    (("Wil Bearspaw, chief of the Stoney Creek Nation, said the water is unsafe.",
      '"We were never asked," the chief said.'), "Wil Bearspaw"),
    (('"It is a mess," said Karen Osei, minister of health.',
      '"We were never asked," the minister said.'), "Karen Osei"),
    (("Tom Bell, president of the local union, spoke first.",
      '"We were never asked," the president said.'), "Tom Bell"),
    # near misses: a noun inside a longer role introduces nobody as that noun
    (('"It is a mess," said Karen Osei, campaign manager for Tom Bell.',
      '"We were never asked," the campaign said.'), "the campaign"),
    (("Wil Bearspaw, chief executive of Envoris, said the water is unsafe.",
      '"We were never asked," the chief said.'), "the chief"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), NOUN_OF)
def test_a_noun_of_after_a_name_introduces_it(paragraphs, speaker):
    assert said(*paragraphs)[-1] == (speaker, "We were never asked")


def listed(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    return [(s.name, s.kind, s.role) for s in find_speakers(article(*paragraphs))]


# -- 'the elder Bell' is a person of that surname, and 'elder' no role --
NAMESAKES = [
    (("Tom Bell, a fisher, spoke first.", '"He is ready," the elder Bell said.'),
     [("Tom Bell", "person", "a fisher")]),
    (("Ana Ruiz, a fisher, spoke first.", '"We had ice," the younger Ruiz said.'),
     [("Ana Ruiz", "person", "a fisher")]),
    # near misses: a group described as older, 'Elder' a title
    (('"We had ice," the older residents said.',), [("the older residents", "unnamed", None)]),
    (('"We had ice," said Elder Mary Thunderchild.',), [("Mary Thunderchild", "person", "Elder")]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), NAMESAKES)
def test_the_elder_namesake_is_a_person(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


# -- a family name written first ('Xu Wei') later alone is that person --
FAMILY_FIRST = [
    (("Xu Wei, a baker, spoke first.", '"We will reopen," Xu said.'), "Xu Wei"),
    (("Nguyen Thi Lan runs a salon in Surrey.", '"We will reopen," Nguyen said.'),
     "Nguyen Thi Lan"),
    (("Zhang Liqin owns a restaurant in Markham.", '"We will reopen," Zhang said.'),
     "Zhang Liqin"),
    # near misses: two full names open with it; a surname written last stays with its name
    (("Xu Wei and Xu Ming run a bakery.", '"We will reopen," Xu said.'), "Xu"),
    (("Anna Wong runs a bakery.", '"We will reopen," Wong said.'), "Anna Wong"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), FAMILY_FIRST)
def test_a_family_name_written_first_is_the_person(paragraphs, speaker):
    assert [name for name, _ in said(*paragraphs)] == [speaker]


# -- a preposition of time or place may follow the speaker after the verb --
AFTER_THE_SPEAKER = [
    ('"Toronto made me," said Drizzo before the show.', [("Drizzo", "person")]),
    ('"We will appeal," said Ana Ruiz outside the courthouse.', [("Ana Ruiz", "person")]),
    ('"We will appeal," said Tom Bell amid the cheers.', [("Tom Bell", "person")]),
    ('"We will appeal," said Ana Ruiz, the band\'s singer, before the show.',
     [("Ana Ruiz", "person")]),
    # near miss: a verb after the name makes it the subject of a new clause
    ('"We will appeal," said the union expected a vote.', []),
]


@pytest.mark.parametrize(("text", "speakers"), AFTER_THE_SPEAKER)
def test_a_preposition_may_follow_the_speaker(text, speakers):
    assert who(text) == speakers


# -- a nickname quoted inside a name is part of the name, not a quotation --
NICKNAMES = [
    ('"The game has changed," said Robert "Bobby" Orrin, the former defenceman.',
     [('Robert "Bobby" Orrin', "The game has changed")]),
    ("Jean “Johnny” Roy said the arena would close.",
     [("Jean “Johnny” Roy", "the arena would close.")]),
    # near misses: a quoted name not between two capitalised words is a quotation
    ('Ana Ruiz said the ferry "Northern Star" sails at noon.',
     [("Ana Ruiz", 'the ferry "Northern Star" sails at noon.')]),
    ('Fans call him "Bobby" Orrin, said Ana Ruiz.', [("Ana Ruiz", 'Fans call him "Bobby" Orrin')]),
]


@pytest.mark.parametrize(("text", "quotes"), NICKNAMES)
def test_a_quoted_nickname_is_part_of_the_name(text, quotes):
    assert said(text) == quotes


# -- a title before a name keeps its capital in an unnamed speaker ('Premier Ana Ruiz's office') --
TITLED_OWNERS = [
    ("Premier Ana Ruiz's office said the review is under way.", "Premier Ana Ruiz's office"),
    ("Chief Wil Bearspaw's office said the review is under way.", "Chief Wil Bearspaw's office"),
    # near misses: a speaker noun opening the sentence, a title before no name
    ("Officials said the review is under way.", "officials"),
    ("His lawyer said the review is under way.", "his lawyer"),
    ("Premier officials said the review is under way.", "premier officials"),
]


@pytest.mark.parametrize(("text", "name"), TITLED_OWNERS)
def test_a_title_keeps_its_capital_in_an_unnamed_speaker(text, name):
    assert [n for n, _ in said(text)] == [name]


# -- a compound given name alone ('Marie-Ève said') is the one full name it opens --
COMPOUND_GIVEN = [
    (("Marie-Ève Tremblay runs the farm.", '"It was dry," said Marie-Ève.'),
     "Marie-Ève Tremblay"),
    (("Jean-Yves Roy runs the farm.", '"It was dry," Jean-Yves said.'), "Jean-Yves Roy"),
    # near misses: it opens two full names; a given name of both sexes stays as written
    (("Marie-Ève Tremblay and Marie-Ève Roy run the farm.", '"It was dry," said Marie-Ève.'),
     "Marie-Ève"),
    (("Jean Roy runs the farm.", '"It was dry," said Jean.'), "Jean"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), COMPOUND_GIVEN)
def test_a_compound_given_name_alone_is_the_full_name(paragraphs, speaker):
    assert [name for name, _ in said(*paragraphs)] == [speaker]


# -- given names joined before a full name share its surname ('Erik and Nils Karlsson') --
SHARED_SURNAMES = [
    (("Tom and Ryan Bell said the boat is their life.",), ["Tom Bell", "Ryan Bell"]),
    (("Erik and Nils Karlsson grew up in Sudbury.", '"The rink was our home," said Erik.'),
     ["Erik Karlsson"]),
    # near misses: a surname before 'and'; a longer given name holding the one said
    (("Green and Anna Schneider said the road was unsafe.",), ["Green", "Anna Schneider"]),
    (("Frederik and Nils Karlsson grew up in Sudbury.", '"The rink was our home," said Erik.'),
     ["Erik"]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), SHARED_SURNAMES)
def test_given_names_joined_share_the_surname(paragraphs, speakers):
    assert [name for name, _ in said(*paragraphs)] == speakers


# -- a surname the article writes after a particle is that full name ('Luc de Grandpré') --
PARTICLES = [
    (("Luc de Grandpré runs the marina.", '"The docks are gone," Grandpré said.'),
     "Luc de Grandpré"),
    (("Luc de Grandpré runs the marina.", "De Grandpré said the docks are gone."),
     "Luc de Grandpré"),
    (("Pieter van Dusen runs the farm.", "Van Dusen said the soil is dry."), "Pieter van Dusen"),
    # near misses: a title before the particle; two people with that surname
    (("Mayor de Grandpré runs the marina.", '"The docks are gone," Grandpré said.'), "Grandpré"),
    (("Luc de Grandpré and Anne de Grandpré run the marina.",
      '"The docks are gone," Grandpré said.'), "Grandpré"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), PARTICLES)
def test_a_surname_after_a_particle_is_the_full_name(paragraphs, speaker):
    assert [name for name, _ in said(*paragraphs)] == [speaker]


# -- a full name written only as a possessive ("Owen Pryce's bookstore") is the surname's --
POSSESSIVE_FULL_NAMES = [
    (("Owen Pryce's bookstore has stood in Nelson since 1994.",
      '"It is a hard trade," Pryce said.'), "Owen Pryce"),
    (("Prime Minister Ana Ruiz's budget passed on Monday.", '"It was a long night," Ruiz said.'),
     "Ana Ruiz"),
    (("The story of Owen Pryce’s bookstore is a long one.", '"It is a hard trade," said Owen.'),
     "Owen Pryce"),
    # near misses: a place's possessive; a body's; no given name opening the owner
    (("Nova Scotia's premier spoke on Monday.", '"It is a hard trade," Scotia said.'),
     "Scotia"),
    (("Harbour Link's ferry was late again.", '"It is a hard trade," Link said.'), "Link"),
    (("Prince George's mayor spoke on Monday.", '"It is a hard trade," George said.'),
     "George"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), POSSESSIVE_FULL_NAMES)
def test_a_possessive_full_name_is_the_surnames_full_name(paragraphs, speaker):
    assert [name for name, _ in said(*paragraphs)] == [speaker]
