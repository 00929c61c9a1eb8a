"""Speaker shapes from invented Canadian news of session 7, round 3 (a budget, a ranch, a
university expert); each table one rule with the near misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def said(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(s.name, s.kind, s.role, q.text) for s in find_speakers(article(text))
            for q in s.quotes]


# -- 'early' or 'late' before the noun opening the content is part of it, not a time --
EARLY_SUBJECTS = [
    ("Ana Ruiz said early herd sales can ripple through the market.",
     "early herd sales can ripple through the market."),
    ("Ana Ruiz said late payments would hurt the farm.", "late payments would hurt the farm."),
    # near misses: a time after 'early' or 'late', a time before 'the'
    ("Ana Ruiz said early Monday that the ferry is late.", "the ferry is late."),
    ("Ana Ruiz said late last week the ferry would stop.", "the ferry would stop."),
    ("Ana Ruiz said late in the day the ferry would stop.", "the ferry would stop."),
]


@pytest.mark.parametrize(("text", "content"), EARLY_SUBJECTS)
def test_early_opening_the_content_is_its_subject(text, content):
    assert [q for *_, q in said(text)] == [content]


# -- a person 'of' a college, a university or a bank is that person, with the body as role --
OF_A_BODY = [
    ("Tom Bell of Lethbridge College said herd sales can ripple.",
     ("Tom Bell", "person", "of Lethbridge College")),
    ("Economist Ana Ruiz of the University of Dunmore said the herds are small.",
     ("Ana Ruiz", "person", "Economist of the University of Dunmore")),
    # near misses: the body alone, a group of the body
    ("The Bank of Canada said rates will rise.", ("Bank of Canada", "organisation", None)),
    ("Members of the Dunmore Union said rates will rise.",
     ("Members of the Dunmore Union", "organisation", None)),
]


@pytest.mark.parametrize(("text", "who"), OF_A_BODY)
def test_a_person_of_a_body_is_the_person(text, who):
    assert [s[:3] for s in said(text)] == [who]


# -- 'along' a street places a group, as 'in' and 'near' do --
ALONG = [
    ("Business owners along Broadway Avenue say the timing could not be worse.",
     ("Business owners along Broadway Avenue", "unnamed")),
    ("Residents along the river said the water is rising.",
     ("residents along the river", "unnamed")),
    # near miss: a named person along a street is still that person
    ("Ana Ruiz along Broadway Avenue said the water is rising.", ("Ana Ruiz", "person")),
]


@pytest.mark.parametrize(("text", "who"), ALONG)
def test_a_group_along_a_street_is_a_description(text, who):
    assert [s[:2] for s in said(text)] == [who]


# -- 'according to' a description and the name closing the sentence after a comma: the name --
ACCORDING_NAMED = [
    ("The toll will rise, according to the city's treasurer, Ana Ruiz.",
     ("Ana Ruiz", "person")),
    ("The toll will rise by $128 a year, according to the chief financial officer, Tom Bell.",
     ("Tom Bell", "person")),
    # near misses: the name not closing the sentence, a clause after the comma
    ("The toll will rise, according to the city's treasurer, Ana Ruiz, by spring.",
     ("the city's treasurer", "unnamed")),
    ("The toll will rise, according to the city's treasurer, who spoke Monday.",
     ("the city's treasurer", "unnamed")),
]


@pytest.mark.parametrize(("text", "who"), ACCORDING_NAMED)
def test_according_to_a_description_then_the_name(text, who):
    assert [s[:2] for s in said(text)] == [who]


# -- a role word, a name and a long body's name before a 'who' aside are one speaker --
LONG_BODIES = [
    ("Historian Ana Ruiz of the University of the Fraser Valley, who read the files for the "
     "band, said the paper trail is clear.", ("Ana Ruiz", "person")),
    ("Tom Bell of the University of the Fraser Valley said the paper trail is clear.",
     ("Tom Bell", "person")),
    # near miss: the body alone
    ("The University of the Fraser Valley said the paper trail is clear.",
     ("University of the Fraser Valley", "organisation")),
    ("The Dunmore First Nation said the paper trail is clear.",
     ("Dunmore First Nation", "organisation")),
]


@pytest.mark.parametrize(("text", "who"), LONG_BODIES)
def test_a_name_and_a_long_body_before_an_aside(text, who):
    assert [s[:2] for s in said(text)] == [who]


# -- a place's role in apposition opening a '…, saying' sentence: the name speaks (round 6) --
POSSESSIVE_ROLES = [
    ("Dunmore's natural resources minister, Ana Ruiz, defended the deal on Monday, saying it "
     "would bring in money.", ("Ana Ruiz", "it would bring in money.")),
    ("Canada's health minister, Tom Bell, backed the plan, saying the wards are full.",
     ("Tom Bell", "the wards are full.")),
    # near misses: the possessive's own noun speaks, a title before the name
    ("Ana Ruiz's lawyer defended the deal on Monday, saying it would bring in money.",
     ("Ana Ruiz's lawyer", "it would bring in money.")),
    ("Natural Resources Minister Ana Ruiz defended the deal, saying it would bring in money.",
     ("Ana Ruiz", "it would bring in money.")),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_ROLES)
def test_a_possessive_role_in_apposition_leaves_the_name_to_speak(text, expected):
    assert [(s[0], s[3]) for s in said(text)] == [expected]
