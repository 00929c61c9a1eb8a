"""Canadian news shapes of session 11 (invented sentences): each table one rule with the near
misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def listed(*paragraphs: str) -> list[tuple[str, str, str]]:
    """(name, kind, quotation) of each listed quotation."""
    return [(s.name, s.kind, q.text) for s in find_speakers(article(*paragraphs))
            for q in s.quotes]


# -- a company known by a lone word or by words that read as a person's name is a body, and
# 'Via' stays in 'Via Rail' --
BRANDS = [
    (('"Shelf prices will hold," Dollarama said.',),
     [("Dollarama", "organisation", "Shelf prices will hold")]),
    (("Sobeys said its stores in Moncton will open late on Monday.",),
     [("Sobeys", "organisation", "its stores in Moncton will open late on Monday.")]),
    (('"The paper straws are going away," Tim Hortons said in a statement.',),
     [("Tim Hortons", "organisation", "The paper straws are going away")]),
    (("Via Rail said trains between Kingston and Belleville will run an hour late.",),
     [("Via Rail", "organisation",
       "trains between Kingston and Belleville will run an hour late.")]),
    (('"Service resumes Friday," said Via Rail.',),
     [("Via Rail", "organisation", "Service resumes Friday")]),
    (('"Crews restored power overnight," Hydro One said.',),
     [("Hydro One", "organisation", "Crews restored power overnight")]),
    # near misses: a person of a surname-like company name, a person's lone surname
    (('"Prices will hold," Tim Brandon said.',),
     [("Tim Brandon", "person", "Prices will hold")]),
    (("Dana Rogers runs the store.", '"Prices will hold," Rogers said.'),
     [("Dana Rogers", "person", "Prices will hold")]),
    (('"We sent the parcels via Purolator on Monday," Ana Ruiz said.',),
     [("Ana Ruiz", "person", "We sent the parcels via Purolator on Monday")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), BRANDS)
def test_a_company_known_by_a_lone_name_is_a_body(paragraphs, expected):
    assert listed(*paragraphs) == expected


# -- 'the reeve', 'the provost', 'the warden': person nouns that are also surnames speak as
# nouns in lower case; capitalised they stay a person's name --
SURNAME_ROLE_NOUNS = [
    (('"The culvert will be fixed by June," the reeve said.',),
     [("the reeve", "unnamed", "The culvert will be fixed by June")]),
    (("The provost told students that tuition will rise by two per cent.",),
     [("the provost", "unnamed", "tuition will rise by two per cent.")]),
    (('"Every cell is double-bunked," the warden said.',),
     [("the warden", "unnamed", "Every cell is double-bunked")]),
    (("Reeve Nadine Oakes chaired the meeting.", '"The culvert will wait," the reeve said.'),
     [("Nadine Oakes", "person", "The culvert will wait")]),
    # near misses: the same words as surnames
    (("Colin Reeve runs the marina.", '"The dock is rotten," Reeve said.'),
     [("Colin Reeve", "person", "The dock is rotten")]),
    (('"Tuition will rise," Provost said.',),
     [("Provost", "person", "Tuition will rise")]),
    (('"We will win the final," said Warden, a coach from Sudbury.',),
     [("Warden", "person", "We will win the final")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SURNAME_ROLE_NOUNS)
def test_a_person_noun_that_is_also_a_surname_speaks_in_lower_case(paragraphs, expected):
    assert listed(*paragraphs) == expected


# -- '"…," she read from her statement': reading one's own statement aloud is speech in the
# frame of a quotation; reading something else is not --
READ_ALOUD = [
    (("Lorna Beaudry, the driver's aunt, spoke first.",
      '"We keep his boots by the door," she read from her statement.'),
     [("Lorna Beaudry", "person", "We keep his boots by the door")]),
    (('"I still hear the ambulance," Gideon Park read from a prepared statement.',),
     [("Gideon Park", "person", "I still hear the ambulance")]),
    # near misses: reading a document, a sign's words, reading that something happened
    (("Gideon Park read the coroner's report twice before the inquest.",), []),
    (("Gideon Park read that the mill would close in the weekly paper.",), []),
    (('"No swimming after dark," the sign read.',),
     [("Unattributed quotes", "unattributed", "No swimming after dark")]),
    (('Gideon Park waited at the pool, where the sign read "closed".',), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), READ_ALOUD)
def test_reading_a_statement_aloud_in_the_frame_of_a_quotation_is_speech(paragraphs, expected):
    assert listed(*paragraphs) == expected


# -- 'Lind wrote his first paper': a written work after a determiner is what 'write' made, not
# what was said; a clause after 'wrote' is still speech --
WRITTEN_WORKS = [
    (("Osric Vang joined the institute in 1994.",
      "Vang wrote his first research paper on river ice two years later."), []),
    (("Hilde Marr wrote her thesis on the bus routes of Halifax.",), []),
    (("Hilde Marr writes a song for the Stan Rogers festival every summer.",), []),
    # near misses: what was written is a clause, or a quotation
    (("Hilde Marr wrote the bus routes were redrawn without notice.",),
     [("Hilde Marr", "person", "the bus routes were redrawn without notice.")]),
    (("Hilde Marr wrote his paper had errors on every page.",),
     [("Hilde Marr", "person", "his paper had errors on every page.")]),
    (('"The routes were redrawn," Hilde Marr wrote in a letter to the board.',),
     [("Hilde Marr", "person", "The routes were redrawn")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), WRITTEN_WORKS)
def test_a_written_work_after_wrote_is_no_speech(paragraphs, expected):
    assert listed(*paragraphs) == expected


# -- '"…," the coach said of Mason Reilly … "…," the veteran goaltender said': a description
# of a person the article introduced nobody as is the person the quotation was said of --
SAID_OF = [
    (('"He sees the whole ice," coach Al Brandt said of Mason Reilly.',
      "Reilly missed two games with a sore wrist.",
      '"I feel ready to go," the veteran goaltender said.'),
     [("Al Brandt", "person", "He sees the whole ice"),
      ("Mason Reilly", "person", "I feel ready to go")]),
    (('"She never panics," Coach Dale Ferris says of Tamsin Oduya.',
      '"I just read the play," the 10-year veteran said.'),
     [("Dale Ferris", "person", "She never panics"),
      ("Tamsin Oduya", "person", "I just read the play")]),
    # near misses: a goaltender introduced by name, a noun of the other sex, no 'said of'
    (('"He sees the whole ice," coach Al Brandt said of Mason Reilly.',
      "Goaltender Piet Vos sat out the game.",
      '"I feel ready to go," the veteran goaltender said.'),
     [("Al Brandt", "person", "He sees the whole ice"),
      ("Piet Vos", "person", "I feel ready to go")]),
    (('"He sees the whole ice," coach Al Brandt said of Mason Reilly.',
      '"We need him healthy," the team\'s mother said.'),
     [("Al Brandt", "person", "He sees the whole ice"),
      ("the team's mother", "unnamed", "We need him healthy")]),
    (('"He sees the whole ice," coach Al Brandt said after the game.',
      "Mason Reilly missed two games.",
      '"I feel ready to go," the veteran goaltender said.'),
     [("Al Brandt", "person", "He sees the whole ice"),
      ("the veteran goaltender", "unnamed", "I feel ready to go")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SAID_OF)
def test_a_description_no_one_was_introduced_as_is_the_person_said_of(paragraphs, expected):
    assert listed(*paragraphs) == expected


# -- 'For Blackbird, the debate feels distant. "…," she says': the person a sentence is framed
# for is who 'she' is in the quotation right after it --
FRAMED_FOR = [
    (("Marguerite Ashby, 34, moved to Saskatoon in 2019.",
      "Her sister, Lena Kovac, stayed in Flin Flon.",
      "For Ashby, the fight over the bridge feels distant.",
      '"I just want the ferry to run on time," she says.'),
     [("Marguerite Ashby", "person", "I just want the ferry to run on time")]),
    (("Marguerite Ashby moved to Saskatoon in 2019.", "Her aunt, Lena Kovac, stayed behind.",
      "But for Marguerite Ashby, the promise of a bridge feels distant.",
      '"Nobody asked us," she says.'),
     [("Marguerite Ashby", "person", "Nobody asked us")]),
    # near misses: 'For' a place, a pronoun of the other sex
    (("Lena Kovac stayed in Flin Flon.", "For Saskatoon, the bridge is a distant worry.",
      '"Nobody asked us," she says.'),
     [("Lena Kovac", "person", "Nobody asked us")]),
    (("Marguerite Ashby moved to Saskatoon.", "Her uncle, Tom Kovac, stayed in Flin Flon.",
      "For Ashby, the fight over the bridge feels distant.", '"Nobody asked us," he says.'),
     [("Tom Kovac", "person", "Nobody asked us")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FRAMED_FOR)
def test_the_person_a_sentence_is_framed_for_says_the_next_quotation(paragraphs, expected):
    assert listed(*paragraphs) == expected


# -- 'a company spokesperson said …' then 'the spokesperson said': one unnamed speaker, found by
# the noun that heads the description, not only by the word after 'a' --
HEADED_DESCRIPTIONS = [
    (("In an email, a company spokesperson said the layoffs were about costs.",
      '"We have three years of runway," the spokesperson said.'),
     [("a company spokesperson", "unnamed", "the layoffs were about costs."),
      ("a company spokesperson", "unnamed", "We have three years of runway")]),
    (("A senior hospital official said the ward would reopen in May.",
      '"Staffing is the problem," the official said.'),
     [("a senior hospital official", "unnamed", "the ward would reopen in May."),
      ("a senior hospital official", "unnamed", "Staffing is the problem")]),
    # near miss: another noun heads the first description
    (("A company lawyer said the layoffs were legal.",
      '"We have three years of runway," the spokesperson said.'),
     [("a company lawyer", "unnamed", "the layoffs were legal."),
      ("the spokesperson", "unnamed", "We have three years of runway")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), HEADED_DESCRIPTIONS)
def test_the_noun_heading_an_unnamed_description_is_named_again(paragraphs, expected):
    assert listed(*paragraphs) == expected


# -- 'told the court his daughter never met her grandmother': a clause with no 'that' after who
# was told, its verb an irregular past, perhaps after 'never' --
TOLD_A_BARE_CLAUSE = [
    (("The victim's son, Everett Lamb, told the court his daughter never met her grandmother.",),
     [("Everett Lamb", "person", "his daughter never met her grandmother.")]),
    (("Everett Lamb told the hearing the cannery paid its workers in cash.",),
     [("Everett Lamb", "person", "the cannery paid its workers in cash.")]),
    # near misses: an object with no verb after it, a noun that is also a past form
    (("Everett Lamb told the court the truth about the cannery.",), []),
    (("Everett Lamb told the court the whole story.",), []),
    # nor a participle after the object of a causative verb ('getting a film made')
    (("Everett Lamb told young film-makers not to give up on getting a film made in Halifax.",),
     []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), TOLD_A_BARE_CLAUSE)
def test_an_irregular_past_after_who_was_told_opens_what_was_said(paragraphs, expected):
    assert listed(*paragraphs) == expected


# -- 'Premier Tom Bell and Mayor Ana Ruiz said': two titled people are two speakers, not one
# person with the other's name in the role --
TITLED_PAIRS = [
    (("Premier Hal Dueck and Mayor Irene Solberg said the bridge will open in June.",),
     [("Irene Solberg", "person", "the bridge will open in June."),
      ("Hal Dueck", "person", "the bridge will open in June.")]),
    (('"The bridge opens in June," said Transport Minister Hal Dueck and Coun. Irene Solberg.',),
     [("Irene Solberg", "person", "The bridge opens in June"),
      ("Hal Dueck", "person", "The bridge opens in June")]),
    # near misses: one body's name with 'and' in a role, untitled names (split before)
    (("Fisheries and Oceans Minister Irene Solberg said the wharf will be rebuilt.",),
     [("Irene Solberg", "person", "the wharf will be rebuilt.")]),
    (("Hal Dueck and Irene Solberg said the bridge will open in June.",),
     [("Hal Dueck", "person", "the bridge will open in June."),
      ("Irene Solberg", "person", "the bridge will open in June.")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), TITLED_PAIRS)
def test_two_titled_people_joined_by_and_are_two_speakers(paragraphs, expected):
    assert listed(*paragraphs) == expected


# -- 'a statement from Premier Hal Dueck said': a document from a named person is that person
# speaking --
SENT_BY = [
    (('"The bridge will be built," a statement from Premier Hal Dueck said.',),
     [("Hal Dueck", "person", "The bridge will be built")]),
    (("The memo from chief executive Irene Solberg said the Halifax office will stay open.",),
     [("Irene Solberg", "person", "the Halifax office will stay open.")]),
    # near misses: a document from a body or a family
    (('"The bridge will be built," a statement from the family said.',),
     [("a statement from the family", "unnamed", "The bridge will be built")]),
    (("A letter from Harbour Ferries said the route will close.",),
     [("a letter from Harbour Ferries", "unnamed", "the route will close.")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SENT_BY)
def test_a_document_from_a_named_person_is_that_person_speaking(paragraphs, expected):
    assert listed(*paragraphs) == expected


# -- '"…," Kettering said', 'said Kettering': a surname in -ing right after a quotation or its
# speech verb is a name, not a participle opening the sentence --
SURNAMES_IN_ING = [
    (('"The province will not appeal," Hastling told reporters at Queen\'s Park.',),
     [("Hastling", "person", "The province will not appeal")]),
    (('"The province will not appeal," said Hastling.',),
     [("Hastling", "person", "The province will not appeal")]),
    # near miss: a participle opening the sentence names nobody
    (("Realising his error, Mr Dueck said the vote would be held again.",),
     [("Dueck", "person", "the vote would be held again.")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SURNAMES_IN_ING)
def test_a_surname_in_ing_after_a_quotation_or_its_verb_is_a_name(paragraphs, expected):
    assert listed(*paragraphs) == expected


# -- 'Bonnie Tsai is a nurse in Red Deer. "…," the nurse says': 'NAME is a … noun' introduces
# the person as that noun, as an apposition does --
COPULAR_INTRODUCTIONS = [
    (("Wren Okonjo is a nurse in Red Deer.", '"We are tired," the nurse says.'),
     [("Wren Okonjo", "person", "We are tired")]),
    (("Wren Okonjo was the only pharmacist in Fort Vermilion for a decade.",
      '"I knew every family," the pharmacist said.'),
     [("Wren Okonjo", "person", "I knew every family")]),
    # near misses: the noun inside a complement, no determiner before it
    (("Wren Okonjo is a friend of the nurse.", '"We are tired," the nurse says.'),
     [("the nurse", "unnamed", "We are tired")]),
    (("Wren Okonjo is nurse to the premier.", '"We are tired," the nurse says.'),
     [("the nurse", "unnamed", "We are tired")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), COPULAR_INTRODUCTIONS)
def test_name_is_a_noun_introduces_the_person_as_that_noun(paragraphs, expected):
    assert listed(*paragraphs) == expected


# -- '"…," then-GM Marc Dion responded': 'then-' or 'ex-' before a title or a party is a role
# word, as 'then-candidate' is --
FORMER_TITLES = [
    (('"It was a bad trade," then-GM Garnet Loewen responded.',),
     [("Garnet Loewen", "person", "It was a bad trade")]),
    (('"The mill was sold too cheaply," said ex-Liberal MP Garnet Loewen.',),
     [("Garnet Loewen", "person", "The mill was sold too cheaply")]),
    # near misses: a lower-case 'then-' role as before, a hyphenated capitalised name
    (('"It was a bad trade," then-coach Garnet Loewen said.',),
     [("Garnet Loewen", "person", "It was a bad trade")]),
    (('"It was a bad trade," Garnet Loewen-Hart said.',),
     [("Garnet Loewen-Hart", "person", "It was a bad trade")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FORMER_TITLES)
def test_then_or_ex_before_a_title_is_a_role_word(paragraphs, expected):
    assert listed(*paragraphs) == expected
