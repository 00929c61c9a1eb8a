"""How far a person's name runs (session 9, round 2): a common word inside a name ('Roberta Many
Guns'), a given name sharing a surname named after it ('Colm and Aidan O'Driscoll'), a particle
opening a surname ('de Grandpré'), a player or performer named by a noun ('the rapper Drizzo');
each table one rule with the near misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def listed(*paragraphs: str) -> list[tuple[str, str, list[str]]]:
    return [(s.name, s.kind, [q.text for q in s.quotes])
            for s in find_speakers(article(*paragraphs)) if s.kind != "unattributed"]


# -- a capitalised common or number word between a given name and a capitalised word --
INSIDE = [
    (("Roberta Many Guns, a band councillor, said the water is unsafe.",
      '"We were never asked," Many Guns said.'),
     [("Roberta Many Guns", "person", ["the water is unsafe.", "We were never asked"])]),
    (('"We were never asked," said Mary Two-Axe Earley.', '"It is wrong," Two-Axe Earley said.'),
     [("Mary Two-Axe Earley", "person", ["We were never asked", "It is wrong"])]),
    (('"We were never asked," said Chief Wilton Little Child.',),
     [("Wilton Little Child", "person", ["We were never asked"])]),
    # near misses: a function word written in title case, a lower-case word after the name
    (('"We were never asked," said Ana And Tom Bell.',), []),  # not one 'Ana And Tom Bell'
    (('"We were never asked," said Ana Ruiz. Many residents agreed.',),
     [("Ana Ruiz", "person", ["We were never asked"])]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), INSIDE)
def test_a_common_word_inside_a_name(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


# -- a given name no list knows, before 'and' a given name and surname, shares the surname --
SHARED = [
    (("Colm and Aidan O'Driscoll run the farm.", '"We had ice," said Colm.'),
     [("Colm O'Driscoll", "person", ["We had ice"])]),
    (("Oisin and Ryan Doherty run the farm.", '"We had ice," Oisin said.'),
     [("Oisin Doherty", "person", ["We had ice"])]),
    # near misses: an acronym before 'and', a word written only there (a surname), a given name
    # the article also writes with another surname
    (("CUPE and Ana Ruiz met on Monday.", '"We had ice," said CUPE.'),
     [("CUPE", "organisation", ["We had ice"])]),
    (("Green and Anna Schneider said the road was unsafe.", '"We had ice," said Tom Bell.'),
     [("Green", "person", ["the road was unsafe."]), ("Anna Schneider", "person",
       ["the road was unsafe."]), ("Tom Bell", "person", ["We had ice"])]),
    (("Colm and Aidan O'Driscoll run the farm with Colm Byrne.", '"We had ice," said Colm.'),
     [("Colm", "person", ["We had ice"])]),  # two Colms: not O'Driscoll
]


@pytest.mark.parametrize(("paragraphs", "speakers"), SHARED)
def test_a_given_name_shares_the_surname_after_and(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


# -- a lower-case particle opening a surname after a quotation is part of the speaker --
PARTICLES = [
    (('"It was a mistake," de Grandpré said.',),
     [("de Grandpré", "person", ["It was a mistake"])]),
    (('"It was a mistake," van der Berg said.',),
     [("van der Berg", "person", ["It was a mistake"])]),
    (('"It was a mistake," said Luc de Grandpré.', '"It was wrong," de Grandpré said.'),
     [("Luc de Grandpré", "person", ["It was a mistake", "It was wrong"])]),
    # near misses: 'of' inside a role, a particle inside a body's name
    (('"It was a mistake," the minister of the environment said.',),
     [("the minister of the environment", "unnamed", ["It was a mistake"])]),
    (('"It was a mistake," said Les Producteurs de lait du Québec.',),
     [("Les Producteurs de lait du Québec", "organisation", ["It was a mistake"])]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), PARTICLES)
def test_a_particle_opens_a_surname(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


# -- 'the NOUN Surname' with a player's or performer's noun is a person --
PLAYERS = [
    (('"He was ready," the defenceman Karlsson said.',),
     [("Karlsson", "person", ["He was ready"])]),
    (('"He was ready," said the rapper Drizzo.',), [("Drizzo", "person", ["He was ready"])]),
    (('"He was ready," said the goalie Lindqvist.',),
     [("Lindqvist", "person", ["He was ready"])]),
    # near misses: a company's, a club's or a broadcaster's noun before its name
    (('"He was ready," said the airline Westjet.',),
     [("Westjet", "organisation", ["He was ready"])]),
    (('"He was ready," said the carmaker Toyota.',),
     [("Toyota", "organisation", ["He was ready"])]),
    (('"He was ready," said the club Arsenal.',), [("Arsenal", "organisation", ["He was ready"])]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), PLAYERS)
def test_a_player_or_performer_noun_names_a_person(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


def roles(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(s.name, s.role) for s in find_speakers(article(*paragraphs))]


# -- two people as one subject with a role or an age between them both speak --
PARTNERS = [
    ('Ana Ruiz, 54, of Moncton, and her husband, Tom Bell, said "it was loud."',
     [("Tom Bell", "her husband"), ("Ana Ruiz", "54")]),
    ('Ana Ruiz and her husband, Tom Bell, said "it was loud."',
     [("Tom Bell", "her husband"), ("Ana Ruiz", None)]),
    ('Ana Ruiz, 54, and Tom Bell, 56, said "it was loud."',
     [("Ana Ruiz", "54"), ("Tom Bell", "56")]),
    # near misses: 'and' inside a body's name in the role, a partner with no name
    ('Ana Ruiz, a lawyer for Smith and Wesson, said "it was loud."',
     [("Ana Ruiz", "a lawyer for Smith and Wesson")]),
    ('Ana Ruiz, head of Fisheries and Oceans Canada, said "it was loud."',
     [("Ana Ruiz", "head of Fisheries and Oceans Canada")]),
    ('Ana Ruiz, a partner at Bell and Osei Law, said "it was loud."',
     [("Ana Ruiz", "a partner at Bell and Osei Law")]),
]


@pytest.mark.parametrize(("text", "speakers"), PARTNERS)
def test_two_people_as_one_subject_both_speak(text, speakers):
    assert roles(text) == speakers


# -- a person named only as an owner ("Premier Kevin Dufresne's office said") is the full name
# of the surname said alone; the office stays a speaker of its own (a statement, not his words)
OWNERS = [
    (('"We were never asked," Premier Kevin Dufresne\'s office said.',
      '"It is wrong," Dufresne said.'),
     [("Premier Kevin Dufresne's office", None), ("Kevin Dufresne", "Premier")]),
    (("Kevin Dufresne's lawyer, Ana Ruiz, spoke.", '"I am innocent," Dufresne said.'),
     [("Kevin Dufresne", None)]),
    # near misses: the surname of a person also named plainly, an owner's aide speaking
    (("Tom Bell's mother, Ana Bell, spoke.", '"He was kind," Bell said.'),
     [("Ana Bell", "Tom Bell's mother")]),
    (('"It is wrong," Premier Kevin Dufresne\'s spokesperson said.',),
     [("Premier Kevin Dufresne's spokesperson", None)]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), OWNERS)
def test_an_owner_is_named_in_full(paragraphs, speakers):
    assert roles(*paragraphs) == speakers
