"""Pleas, evidence a court heard, staff of a body and a councillor's ward as Canadian local news
writes them (session 7, round 4), each table one rule with the near misses it must leave
alone; every sentence is invented."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, listed

# -- people at a body that is no known organisation are a description, not a person --
STAFF_OF_BODIES = [
    ("Officials at Harbour Ferries said the crossing would reopen by noon.",
     [("officials at Harbour Ferries", "unnamed")]),
    ("Workers at Kestrel Mills say the plant will close in June.",
     [("workers at Kestrel Mills", "unnamed")]),
    ("A spokeswoman for the health board said the clinic will stay open until May.",
     [("a spokeswoman for the health board", "unnamed")]),
    ("A spokesman for the parks board said the trail will reopen.",
     [("a spokesman for the parks board", "unnamed")]),
    ("A spokesperson for his office said the minister was monitoring the situation.",
     [("a spokesperson for his office", "unnamed")]),  # a possessive, not an article
    # near misses: a known organisation after 'at' (its word, or three name words), a person
    ("Nurses at Dunmore General Hospital said the wards are full.",
     [("Dunmore General Hospital", "organisation")]),
    ("Tom Bell of the health board said the wards are full.", [("Tom Bell", "person")]),
    ("Officials at Coastline Transit said the route would close.",
     [("Coastline Transit", "organisation")]),
]


@pytest.mark.parametrize(("text", "expected"), STAFF_OF_BODIES)
def test_staff_of_a_body_are_a_description(text, expected):
    assert listed(text) == expected


# -- a plea and evidence a court heard are no speech of the one who pleads or is heard of --
COURT_RECORD = [
    "Ostrowski pleaded guilty in May to theft under $5,000.",
    "Kowalski pleaded not guilty to two counts of fraud.",
    "Court heard he wrote himself cheques from the till over two years.",
    "The jury heard that Tom Bell told police the car was stolen.",
]


@pytest.mark.parametrize("text", COURT_RECORD)
def test_a_plea_or_evidence_heard_is_no_speech(text):
    assert listed(text) == []


PLEADED_OR_HEARD_SPEECH = [  # near misses: pleading for something, hearing outside a court
    ('"Please keep the pool open," Ana Ruiz pleaded.', "Ana Ruiz"),
    ("Ana Ruiz heard from residents and said the road would close.", "Ana Ruiz"),
    ("Residents heard Ana Ruiz say the road would close. Tom Bell said the plan was late.",
     "Tom Bell"),
]


@pytest.mark.parametrize(("text", "speaker"), PLEADED_OR_HEARD_SPEECH)
def test_pleading_and_hearing_outside_court_keep_their_speech(text, speaker):
    assert speaker in [s.name for s in find_speakers(article(text))]


# -- 'of the ward that includes X': a relative clause on the ward; the councillor speaks --
COUNCILLORS = [
    ("Coun. Lena Fraser of the ward that includes Riverdale said the bylaw would be reviewed.",
     [("Lena Fraser", "person")]),
    ("Coun. Tom Bell of the district that covers Port Alder said the road is closed.",
     [("Tom Bell", "person")]),
    # near misses: 'told the board that' is no relative clause; 'who' still reads as one
    ("Ana Ruiz told the board that residents said the road must close.",
     [("Ana Ruiz", "person"), ("residents", "unnamed")]),
    ("The nurse who filed the complaint said the ward was full.", [("the nurse", "unnamed")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNCILLORS)
def test_a_relative_clause_after_of_the_ward_keeps_the_councillor(text, expected):
    assert listed(text) == expected
