"""Speaker shapes left over from session 7, each one general rule with the near misses it must
leave alone (session 8, s8-leftovers); every sentence is invented."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, listed, said

# -- 'NAME of the BODY that VERB OBJECT said': the clause's object heads no speaker's phrase --
RELATIVE_OBJECTS = [
    ("Tom Bell of the union that represents ferry staff said the talks had failed.",
     {"Tom Bell": ["the talks had failed."]}),
    ("Ana Ruiz of the group which runs the shelter said the beds were full.",
     {"Ana Ruiz": ["the beds were full."]}),
    ("Tom Bell of the union that represents ferry staff said: \"The talks have failed.\"",
     {"Tom Bell": ["The talks have failed."]}),
    # near misses: no speaker heads the phrase the clause describes; 'said' before the clause
    ("The plan that the union backed said the talks had failed.", {}),
    ("Tom Bell said the union that represents ferry staff would strike.",
     {"Tom Bell": ["the union that represents ferry staff would strike."]}),
    ("Tom Bell of the union that represents ferry staff refused to comment.", {}),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_OBJECTS)
def test_the_name_a_relative_clause_describes_speaks(text, expected):
    assert said(text) == expected


# -- 'Mr Bell's e-mail suggested', 'Her letter said': the document's owner speaks through it --
OWNED_DOCUMENTS = [
    (("Tom Bell spoke on Monday.", "Mr Bell's e-mail suggested the deal was off."),
     {"Tom Bell": ["the deal was off."]}),
    (("Maria Lee met the press on Monday.", "Her letter said the deal was off."),
     {"Maria Lee": ["the deal was off."]}),
    (("Senator Dana Reyes spoke on Monday.",
      "The senator's statement said: \"We will not yield.\""),
     {"Dana Reyes": ["We will not yield."]}),
    (("The union's letter said the deal was off.",), {"the union": ["the deal was off."]}),
    # near misses: a day owns no statement, a lawyer is no document, a report stays a body
    (("Tom Bell spoke on Monday.", "Monday's statement said the deal was off."),
     {"statement": ["the deal was off."]}),
    (("Tom Bell spoke on Monday.", "Mr Bell's lawyer said the deal was off."),
     {"Mr Bell's lawyer": ["the deal was off."]}),
    (("Tom Bell spoke on Monday.", "Mr Bell's report said the deal was off."),
     {"Mr Bell's report": ["the deal was off."]}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), OWNED_DOCUMENTS)
def test_the_owner_of_a_document_speaks_through_it(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'Residents on Elm Street said': 'on' places a group (or a person) as 'in' does --
PLACED_ON = [
    ("Fishers on the South Shore say the season is lost.",
     [("fishers on the South Shore", "unnamed")]),
    ("Residents on Elm Street said the noise kept them up.",
     [("residents on Elm Street", "unnamed")]),
    ("A nurse on the ward said the beds were full.", [("a nurse on the ward", "unnamed")]),
    ("Ana Ruiz on Elm Street said the noise kept her up.", [("Ana Ruiz", "person")]),
    # near misses: a day after 'on' is a time; police where they stand still speak
    ("Officials on Monday said the bridge would reopen.", [("officials", "unnamed")]),
    ("Police on the scene said the driver had fled.", [("police on the scene", "unnamed")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_ON)
def test_on_places_a_speaker_as_in_does(text, expected):
    assert listed(text) == expected


# -- 'In a speech the prime minister said': 'the' after a fronted adverbial opens the role --
FRONTED_ROLES = [
    ("In a speech the prime minister said the country must unite.",
     [("the prime minister", "unnamed")]),
    ("In his New Year message the finance minister said the country must unite.",
     [("the finance minister", "unnamed")]),
    # near misses: no role word before the noun, a comma after the adverbial, a name after
    ("In a speech the minister said the country must unite.", [("the minister", "unnamed")]),
    ("In a speech, the prime minister said the country must unite.",
     [("the prime minister", "unnamed")]),
    ("In a speech the former minister Tom Bell said the country must unite.",
     [("Tom Bell", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_ROLES)
def test_the_opens_a_role_after_a_fronted_adverbial(text, expected):
    assert listed(text) == expected


# -- 'Later, Rivera closed her speech …': an adverb before the bare surname leaves it the subject --
_OPENED = ("Mayor Maria Rivera opened the session on Monday.",
           '"It is late," said Councillor Ana Ruiz.')
ADVERB_THEN_SURNAME = [
    ((*_OPENED, 'Later, Rivera closed her speech with a warning. "We will not be bullied," she '
                "said."), {"Ana Ruiz": ["It is late"], "Maria Rivera": ["We will not be bullied"]}),
    ((*_OPENED, 'Then Rivera closed her speech with a warning. "We will not be bullied," she '
                "said."), {"Ana Ruiz": ["It is late"], "Maria Rivera": ["We will not be bullied"]}),
    # near miss: a place after the adverb is nobody, so 'she' stays with the woman quoted last
    ((*_OPENED, 'Later, Portavia closed its border. "We will not be bullied," she said.'),
     {"Ana Ruiz": ["It is late", "We will not be bullied"]}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ADVERB_THEN_SURNAME)
def test_an_adverb_before_a_bare_surname_keeps_it_the_subject(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- shapes main already read rightly when this session began, pinned with their near misses --
# a pronoun after a sentence opened by a bare surname is the person introduced with it
SURNAME_THEN_PRONOUN = [
    (("Mayor Maria Rivera opened the session on Monday.", '"It is late," said Councillor Ana Ruiz.',
      'Rivera closes her speech with a warning. "We will not be bullied," she said.'),
     {"Ana Ruiz": ["It is late"], "Maria Rivera": ["We will not be bullied"]}),
    # near misses: nobody introduced as Rivera; a place opening the sentence is nobody
    (("Tom Bell opened the session on Monday.",
      'Rivera closes her speech with a warning. "We will not be bullied," she said.'),
     {"Rivera": ["We will not be bullied"]}),
    (("Mayor Maria Rivera opened the session on Monday.", '"It is late," said Councillor Ana Ruiz.',
      'Portavia closes its border. "We will not be bullied," she said.'),
     {"Ana Ruiz": ["It is late", "We will not be bullied"]}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SURNAME_THEN_PRONOUN)
def test_a_pronoun_after_a_bare_surname_is_that_person(paragraphs, expected):
    assert said(*paragraphs) == expected


# the title words before a name stay in the role; a message before 'the leader' is no speaker
ROLES_AND_MESSAGES = [
    ("Provincial Emergency Management Minister Sandra Kowalczyk said the fires were out.",
     [("Sandra Kowalczyk", "Provincial Emergency Management Minister")]),
    ('"The fires are out," Federal Emergency Preparedness Minister Tom Bell told reporters.',
     [("Tom Bell", "Federal Emergency Preparedness Minister")]),
    ("Kazakh President Kassym-Jomart Tokayev said the talks went well.",
     [("Kassym-Jomart Tokayev", "Kazakh President")]),
    ("In his New Year message the party leader said the country must unite.",
     [("the party leader", None)]),
    ("In his New Year message, the party leader said: \"We must unite.\"",
     [("the party leader", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROLES_AND_MESSAGES)
def test_title_words_stay_in_the_role_and_a_message_is_no_speaker(text, expected):
    assert [(s.name, s.role) for s in find_speakers(article(text))] == expected
