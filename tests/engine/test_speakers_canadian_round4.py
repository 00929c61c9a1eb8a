"""Canadian news shapes of session 10, round 3 (invented sentences): each table one rule with
the near misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def said(*paragraphs: str) -> list[tuple[str, str]]:
    return [(s.name, q.text) for s in find_speakers(article(*paragraphs)) for q in s.quotes]


# -- 'The mayor of Port Reeve, Roger Thibodeau,' introduces him as the mayor: a later 'the
# mayor said' is his --
ROLE_OF_PLACE_THEN_NAME = [
    (("The mayor of Port Reeve, Roger Thibodeau, met residents on Monday.",
      '"This island cannot wait," the mayor said.'),
     [("Roger Thibodeau", "This island cannot wait")]),
    (("The minister of Crown-Indigenous relations, Alan Dubreuil, flew in from Ottawa.",
      "Any land will be bought from willing sellers, the minister said."),
     [("Alan Dubreuil", "Any land will be bought from willing sellers")]),
    (("The chief of the Kettle River Cree Nation, Raymond Cardinal, opened the meeting.",
      '"Today some of it comes home," the chief said.'),
     [("Raymond Cardinal", "Today some of it comes home")]),
    # near misses: the name in apposition to the place, no name after the comma
    (("The mayor of the town, Port Reeve, has no ferry on Sundays.",
      "Roger Thibodeau chairs the council.",
      '"This island cannot wait," the mayor said.'),
     [("the mayor", "This island cannot wait")]),
    (("The mayor of Port Reeve, a former fisher, met residents on Monday.",
      '"This island cannot wait," the mayor said.'),
     [("the mayor", "This island cannot wait")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ROLE_OF_PLACE_THEN_NAME)
def test_a_role_of_a_place_before_a_name_introduces_the_person(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'the Liberal candidate said' is the candidate introduced as the Liberal one, not the one
# introduced last as the Conservative candidate --
PARTY_OF_A_DESCRIPTION = [
    (("The Liberal candidate, Danielle Vance, won the seat. The Conservative candidate, Harold "
      "Pestrich, conceded.",
      '"Tonight is about the riding," the Liberal candidate said.'),
     [("Danielle Vance", "Tonight is about the riding")]),
    (("Danielle Vance, the Liberal candidate, won the seat. Harold Pestrich, the Conservative "
      "candidate, conceded.",
      '"Tonight is about the riding," the Liberal candidate said.'),
     [("Danielle Vance", "Tonight is about the riding")]),
    (("Ana Ruiz, the Quebec minister, spoke first. Tom Bell, the Ontario minister, spoke next.",
      '"We will sign," the Quebec minister said.'),
     [("Ana Ruiz", "We will sign")]),
    # near misses: a party nobody was introduced with, a description without one
    (("The Liberal candidate, Danielle Vance, won the seat. The Conservative candidate, Harold "
      "Pestrich, conceded.",
      '"Tonight is about the riding," the Green candidate said.'),
     [("the Green candidate", "Tonight is about the riding")]),
    (("The Liberal candidate, Danielle Vance, won the seat. The Conservative candidate, Harold "
      "Pestrich, conceded.",
      '"We ran a clean campaign," the candidate said.'),
     [("Harold Pestrich", "We ran a clean campaign")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PARTY_OF_A_DESCRIPTION)
def test_a_capitalised_modifier_picks_the_person_introduced_with_it(paragraphs, expected):
    assert said(*paragraphs) == expected
