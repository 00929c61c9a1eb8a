"""Groups and bodies as Canadian local news writes them (session 7, round 2), each table one rule
with the near misses it must leave alone; every sentence is invented."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def listed(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in find_speakers(article(text))]


def quoted(text: str) -> list[str]:
    return [q.text for s in find_speakers(article(text)) for q in s.quotes]


# -- a group of people in or from a place is one unnamed description, whatever opens it --
PLACED_GROUPS = [
    ("Emergency physicians in Dunmore say their waiting rooms are full.",
     [("Emergency physicians in Dunmore", "unnamed")]),
    ("Doctors in Dunmore say their waiting rooms are full.",
     [("doctors in Dunmore", "unnamed")]),
    ("Dairy farmers in the region say they fear the deal will hurt them.",
     [("Dairy farmers in the region", "unnamed")]),
    ("Many pharmacists across the province said the shelves are empty.",
     [("many pharmacists across the province", "unnamed")]),
    ("Small cheese makers in Gaspé say a deal could hurt them.",
     [("Small cheese makers in Gaspé", "unnamed")]),
    # near misses: a named person in a place, a nurse from a place, a case 'in which' people argue
    ("Ana Ruiz in Dunmore said the rooms are full.", [("Ana Ruiz", "person")]),
    ("A nurse from Surrey said the rooms are full.", [("a nurse from Surrey", "unnamed")]),
    ("It was a lawsuit in which Liberals successfully argued that the map was unfair.", []),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_GROUPS)
def test_a_placed_group_is_one_unnamed_description(text, expected):
    assert listed(text) == expected


# -- 'add' reports speech only with a clause or a quotation after it, not a plain object --
ADDED = [
    ("A spokesperson said the town had added 600 new positions. The town had added 600 new "
     "positions.", ["the town had added 600 new positions."]),
    ("Ana Ruiz added a third ferry to the route.", []),
    # near misses: a clause after 'added', with or without 'that', a colon or a quotation
    ("Ana Ruiz added that the plan was overdue.", ["the plan was overdue."]),
    ("Ana Ruiz added the plan would cost more.", ["the plan would cost more."]),
    ('Ana Ruiz added: "We are done here."', ["We are done here."]),
    ('Ana Ruiz added the words, "not again."', ['the words, "not again."']),
]


@pytest.mark.parametrize(("text", "expected"), ADDED)
def test_added_reports_speech_only_with_a_clause(text, expected):
    assert quoted(text) == expected


# -- a day or a period opening the content is its subject when a verb follows it --
DAY_OPENINGS = [
    ("Ana Ruiz said Sunday is the busiest day at the terminal.",
     "Sunday is the busiest day at the terminal."),
    ("Ana Ruiz said today was the busiest day of the year.",
     "today was the busiest day of the year."),
    ("Ana Ruiz said that week the ferry was late three times.",
     "that week the ferry was late three times."),
    # near misses: a day beside the verb, 'that' opening the content after a day
    ("Ana Ruiz said Sunday the ferry was late three times.", "the ferry was late three times."),
    ("Ana Ruiz said on Monday the ferry was late three times.", "the ferry was late three times."),
    ("Ana Ruiz said Monday that the ferry was late again.", "the ferry was late again."),
]


@pytest.mark.parametrize(("text", "content"), DAY_OPENINGS)
def test_a_day_with_its_verb_opens_the_content(text, content):
    assert quoted(text) == [content]


# -- 'described X to Y as Z': any plural noun or determined phrase after 'to' is who listened --
DESCRIBED_TO = [
    ("Ana Ruiz described the plan to councillors as overdue.",
     ["the plan to councillors as overdue."]),
    ("Ana Ruiz described the plan to the board as overdue.", ["the plan to the board as overdue."]),
    ("Ana Ruiz described the plan to council as overdue.", ["the plan to council as overdue."]),
    # near misses: an infinitive after 'to', ending in -ss or not
    ("Ana Ruiz described the plan to cut fares as overdue.", []),
    ("Ana Ruiz described the plan to address fares as overdue.", []),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_TO)
def test_described_to_a_hearer(text, expected):
    assert quoted(text) == expected


# -- Canadian bodies: French names with a lower-case noun inside, regional districts --
BODIES = [
    ("Les Producteurs de cidre du Québec said the deal will hurt growers.",
     [("Les Producteurs de cidre du Québec", "organisation")]),
    ('"The deal will hurt growers," said Les Producteurs de cidre du Québec.',
     [("Les Producteurs de cidre du Québec", "organisation")]),
    ("The Fédération des pêcheurs du Québec said the deal is bad.",
     [("Fédération des pêcheurs du Québec", "organisation")]),
    ("Cariboo-Nechako Regional District said the road is closed.",
     [("Cariboo-Nechako Regional District", "organisation")]),
    # near misses: a person's particles, a lower-case noun not between French particles
    ("Ana de la Cruz said the road is closed.", [("Ana de la Cruz", "person")]),
    ("Ana Ruiz said the road to Lac du Bonnet is closed.", [("Ana Ruiz", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_canadian_bodies_are_whole_organisations(text, expected):
    assert listed(text) == expected


# -- people 'of' a street are a description, not a person named for the street --
STREET_GROUPS = [
    ("Residents of Willow Street said the road is closed.",
     [("residents of Willow Street", "unnamed")]),
    ("Neighbours of Harbour Road said the road is closed.",
     [("neighbours of Harbour Road", "unnamed")]),
    # near misses: a person of a street, a body of a country
    ("Ana Ruiz of Willow Street said the road is closed.", [("Ana Ruiz", "person")]),
    ("The Bank of Canada said rates will rise.", [("Bank of Canada", "organisation")]),
]


@pytest.mark.parametrize(("text", "expected"), STREET_GROUPS)
def test_people_of_a_street_are_a_description(text, expected):
    assert listed(text) == expected


# -- a broadcaster's name with an acronym before a reporter's name is the reporter's role --
BROADCASTERS = [
    ('"The road is closed," Harbour TV Tom Bridge said.', "Tom Bridge", "Harbour TV"),
    ("Dunmore FM Ana Ruiz said the road is closed.", "Ana Ruiz", "Dunmore FM"),
    # near misses: a title before the name, a name alone
    ('"The road is closed," said Mayor Tom Bridge.', "Tom Bridge", "Mayor"),
    ('"The road is closed," said Tom Bridge.', "Tom Bridge", None),
]


@pytest.mark.parametrize(("text", "name", "role"), BROADCASTERS)
def test_a_broadcaster_before_a_name_is_a_role(text, name, role):
    assert [(s.name, s.role) for s in find_speakers(article(text))] == [(name, role)]
