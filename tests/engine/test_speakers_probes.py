"""Slips found by probing with invented Canadian news (session 6), each table one rule with the
near misses it must leave alone; every sentence is invented."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED, find_speakers
from desktop.engine.text import sentence_spans
from tests.engine.helpers import article, said

OPENING = "The vote in the harbour town was close."

# -- an abbreviation that begins a place name ('St. Louis', 'Sault Ste. Marie') ends neither the
# sentence nor the name; a street's after a house number ends the sentence --
PLACE_SENTENCES = [
    ("The mayor of Sault Ste. Marie said the plant would reopen.",
     ["The mayor of Sault Ste. Marie said the plant would reopen."]),
    ("Ruiz grew up in Mt. Pearl. She moved to St. John's in 2010.",
     ["Ruiz grew up in Mt. Pearl.", "She moved to St. John's in 2010."]),
    ("Ruiz lives on 12 Elm St. Police said the house was empty.",
     ["Ruiz lives on 12 Elm St.", "Police said the house was empty."]),
    # near misses: a direction goes on the address, a saint's name after a number is no street
    ("The fire at 40 King St. W. spread fast.", ["The fire at 40 King St. W. spread fast."]),
    ("The fire at 40 King St. West spread fast.", ["The fire at 40 King St. West spread fast."]),
    ("The fire at 40 King St. Northeast spread.", ["The fire at 40 King St. Northeast spread."]),
    ("He lives at 12 St. Louis Ave. in town.", ["He lives at 12 St. Louis Ave. in town."]),
]

PLACE_NAMES = [
    ('"We will rebuild," said Martin St. Louis, the team coach.', "Martin St. Louis",
     "the team coach"),
    ('"We will rebuild," said Ste. Foy Mayor Ana Ruiz.', "Ana Ruiz", "Ste. Foy Mayor"),
    ('"We will rebuild," said Ana Ruiz, mayor of Sault Ste. Marie.', "Ana Ruiz",
     "mayor of Sault Ste. Marie"),
    ('"It is quiet," said Mt. Pearl Mayor Ana Ruiz.', "Ana Ruiz", "Mt. Pearl Mayor"),
    ('"We will rebuild," said Ana Ruiz of St. John\'s.', "Ana Ruiz", "of St. John's"),
    # near misses: a street after a house number, a name with an initial
    ('Ruiz lives on 12 Elm St. Police said the house "was empty."', "police", None),
    ('"We will rebuild," said Julie A. Diaz, the team coach.', "Julie A. Diaz", "the team coach"),
]


@pytest.mark.parametrize(("paragraph", "sentences"), PLACE_SENTENCES)
def test_a_place_abbreviation_ends_no_sentence(paragraph, sentences):
    assert [paragraph[a:b] for a, b in sentence_spans(paragraph)] == sentences


@pytest.mark.parametrize(("paragraph", "name", "role"), PLACE_NAMES)
def test_a_place_abbreviation_ends_no_name(paragraph, name, role):
    speakers = find_speakers(article(OPENING, paragraph))
    assert [(s.name, s.role) for s in speakers] == [(name, role)]


def test_a_name_with_a_place_abbreviation_is_one_person_later_too():
    paragraphs = (OPENING, "Martin St. Louis spoke on Monday. He said the team \"is young.\"")
    assert [s.name for s in find_speakers(article(*paragraphs))] == ["Martin St. Louis"]


# -- 'he'/'she' after a sentence whose subject is a person named by surname alone, with nobody
# else named in between, is that person, unless told of the other sex --
LONE_SURNAMES = [
    ((OPENING, 'Ruiz laughed. "We will win next time," she joked.'), "We will win next time"),
    ((OPENING, "Ruiz laughed.", '"We will win next time," she joked.'), "We will win next time"),
    ((OPENING, 'Ruiz, 74, smiled. "Time will tell. We will see," she said.'),
     "Time will tell. We will see"),
    ((OPENING, 'Ruiz, 41, moved to St. Louis in 2010. She said the city "is home."'),
     'the city "is home."'),
    ((OPENING, 'Ruiz shrugged. "We will win next time," he joked.'), "We will win next time"),
    ((OPENING, 'Ruiz shrugged her shoulders.', '"We will win next time," she said.'),
     "We will win next time"),
    ((OPENING, 'Ruiz whistled as her team scored. "We will win next time," she said.'),
     "We will win next time"),  # near miss: 'as' opens a clause after a subject and verb
]
NOT_LONE_SURNAMES = [
    # someone else named in between, a sex told otherwise, nothing that tells a person, a word
    # that is no subject, a quoted sentence's first word, a place
    (OPENING, 'Ruiz laughed at Bell. "We will win next time," she joked.'),
    (OPENING, 'Ruiz shrugged his shoulders. "We will win next time," she joked.'),
    (OPENING, 'Ruiz grew up in Halifax. "We will win next time," she said.'),
    (OPENING, 'Rain fell all day. "We will win next time," she said.'),
    (OPENING, 'Initially she lived by the pier. "We will win next time," she said.'),
    ('"The pier is closed. Repairs start soon," the council said.',
     '"We will win next time," she said.'),
    ("Officials in Portavia met on Monday.", 'Portavia denied the claims. "We will win," he said.'),
    # a participle opening a clause ('Asked whether …'), not a name and its verb
    (OPENING, 'Asked whether his mind could change, he laughed. "We will win next time," he said.'),
    (OPENING, 'Pressed if the vote was fair, she smiled. "We will win next time," she said.'),
]


@pytest.mark.parametrize(("paragraphs", "quote"), LONE_SURNAMES)
def test_a_pronoun_after_a_lone_surname_subject_is_that_person(paragraphs, quote):
    assert said(*paragraphs) == {"Ruiz": [quote]}


@pytest.mark.parametrize("paragraphs", NOT_LONE_SURNAMES)
def test_a_pronoun_after_no_lone_surname_subject_stays_unattributed(paragraphs):
    speakers = said(*paragraphs)
    assert set(speakers) - {"the council"} == {UNATTRIBUTED}
    assert [q.split()[:3] for q in speakers[UNATTRIBUTED]] == [["We", "will", "win"]]


# -- an age descriptor is a person: the one the article gave that age, else the person named
# just before; never a street or a place, nor someone of another age; else unnamed --
AGE_DESCRIPTORS = [
    (("Ana Ruiz, 74, has lived on Elm Street for 40 years.",
      '"We will not move," says the 74-year-old.'), ("Ana Ruiz", "person")),
    (("Ana Ruiz, 31, lives on Elm Street.",
      '"We will not move," said the 31-year-old mother of two.'), ("Ana Ruiz", "person")),
    (("Ana Ruiz (74) and Tom Bell (52) live on Bloor Ave.",
      '"We will not move," says the 52-year-old.'), ("Tom Bell", "person")),
    (("Tom Bell, 52, lives beside Ana Ruiz, 74, on Elm Street.",
      '"We will not move," the 52-year-old said.'), ("Tom Bell", "person")),
    # near misses: a street, another age, a place
    (("The fire spread along Elm Street on Monday.", '"We will not move," says the 74-year-old.'),
     ("the 74-year-old", "unnamed")),
    (("Ana Ruiz, 74, lives with Tom Bell, 52.", '"We will not move," says the 61-year-old.'),
     ("the 61-year-old", "unnamed")),
    (("The fire spread fast in Port Ashton on Monday.",
      '"We will not move," says the 74-year-old.'), ("the 74-year-old", "unnamed")),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), AGE_DESCRIPTORS)
def test_an_age_descriptor_is_the_person_of_that_age(paragraphs, speaker):
    assert [(s.name, s.kind) for s in find_speakers(article(*paragraphs))] == [speaker]


# -- a paragraph opened by a speaker's label ends in what they said, however short: under a
# bullet, with a party in brackets, or in a run of labelled paragraphs --
QUESTION = "Should the ferry run all winter?"
LABELS = [
    ((QUESTION, '- Ana Ruiz: "We will fund it."', '- Tom Bell: "We will sell it."'),
     [("Ana Ruiz", None, ["We will fund it."]), ("Tom Bell", None, ["We will sell it."])]),
    ((QUESTION, '• Ruiz: "Yes."', "* Bell: “No.”"),
     [("Ruiz", None, ["Yes."]), ("Bell", None, ["No."])]),
    ((QUESTION, 'Ana Ruiz (Liberal): "Absolutely."', 'Tom Bell (NDP): "No way."',
      'Lee Chan (Green): "Only in summer."'),
     [("Ana Ruiz", "Liberal", ["Absolutely."]), ("Tom Bell", "NDP", ["No way."]),
      ("Lee Chan", "Green", ["Only in summer."])]),
    ((QUESTION, 'Ruiz: "Yes."', 'Bell: "No."'),
     [("Ruiz", None, ["Yes."]), ("Bell", None, ["No."])]),
    # near misses: a lone short label beside no other, a label whose quotation does not end the
    # paragraph, a title before a colon
    ((QUESTION, 'Ruiz: "Yes."', "The vote is on Monday."), [(UNATTRIBUTED, None, ["Yes."])]),
    ((QUESTION, '- Ruiz: "Yes." Bell disagreed.'), [(UNATTRIBUTED, None, ["Yes."])]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), LABELS)
def test_a_labelled_paragraph_is_its_speakers(paragraphs, speakers):
    found = find_speakers(article(*paragraphs))
    assert [(s.name, s.role, [q.text for q in s.quotes]) for s in found] == speakers


# -- a name whose last word is a street's or a place's ('Harbour Street', 'Queens Quay') is
# nobody: not the subject before a quotation, nor the person a pronoun is; a given name before
# such a word is a person ('Tom Harbour'), and surnames that are place words ('Ana Park',
# 'Lee Park', 'Tom Bridge') are no place's word: such a name is a place when the article puts it
# after a place preposition ('in Victoria Park'), or a street after 'on' ('on Victoria Street') --
FERRY = "The ferry sailed again on Monday."
WHARF = '"Nobody listened until the wharf was under water."'
STREET_SUBJECTS = [
    ((FERRY, "Harbour Street flooded on Monday night.", WHARF), UNATTRIBUTED),
    ((FERRY, "Elm St. flooded on Monday night.", WHARF), UNATTRIBUTED),
    ((FERRY, "Queens Quay flooded on Monday night.", WHARF), UNATTRIBUTED),
    ((FERRY, "Union Station closed on Monday night.", WHARF), UNATTRIBUTED),
    (("Crowds gathered in Victoria Park on Sunday.", "Victoria Park flooded on Monday night.",
      WHARF), UNATTRIBUTED),
    # near misses: a person whose surname is a street's or a place's word, a place not named
    # as one elsewhere
    (("Lee Park lives in Halifax.", "Lee Park spoke on Monday night.", WHARF), "Lee Park"),
    ((FERRY, "Tom Harbour spoke on Monday night.", WHARF), "Tom Harbour"),
    ((FERRY, "Della Street spoke on Monday night.", WHARF), "Della Street"),
    ((FERRY, "Ana Park spoke on Monday night.", WHARF), "Ana Park"),
    ((FERRY, "Lee Park spoke on Monday night.", WHARF), "Lee Park"),
    ((FERRY, "Tom Bridge spoke on Monday night.", WHARF), "Tom Bridge"),
    ((FERRY, "Ji-sung Park spoke on Monday night.", WHARF), "Ji-sung Park"),
]

STREET_PRONOUNS = [
    (("Tom Bell grew up near the water.", "Harbour Street flooded on Monday.",
      '"Nobody listened," he said.'), "Tom Bell"),
    (("Tom Bell grew up near the water.", "Union Station closed on Monday.",
      '"Nobody listened," he said.'), "Tom Bell"),
    # near misses: the surname alone after the person's full name
    ((FERRY, "Ana Park lives on Elm Street.", '"Nobody listened," Park said.'), "Ana Park"),
    ((FERRY, "Ana Park lives on Elm Street.", '"Nobody listened," she said.'), "Ana Park"),
    ((FERRY, "Tom Bridge lives on Elm Street.", '"Nobody listened," he said.'), "Tom Bridge"),
    # a street whose first word is a given name or a title, placed by 'on', 'off' or 'at', is
    # the street still: 'she' is the woman before it, or nobody
    ((FERRY, "Ana Bridge runs a cafe on Victoria Street.", '"Nobody listened," she said.'),
     "Ana Bridge"),
    ((FERRY, "Tom Bell runs a cafe off Elizabeth Street.", '"Nobody listened," she said.'),
     UNATTRIBUTED),
    ((FERRY, "Ana Bridge runs a cafe at Queen Square.", '"Nobody listened," she said.'),
     "Ana Bridge"),
    ((FERRY, "Tom Bell runs a cafe at Queen Square.", '"Nobody listened," she said.'),
     UNATTRIBUTED),
    # near misses: a person of that name, not placed by such a word
    ((FERRY, "Tom Bell met Della Street on Monday.", '"Nobody listened," she said.'),
     "Della Street"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), STREET_SUBJECTS)
def test_a_street_opening_the_sentence_before_a_quotation_is_nobody(paragraphs, speaker):
    assert list(said(*paragraphs)) == [speaker]


@pytest.mark.parametrize(("paragraphs", "speaker"), STREET_PRONOUNS)
def test_a_pronoun_after_a_street_is_the_person_before_it(paragraphs, speaker):
    assert list(said(*paragraphs)) == [speaker]
