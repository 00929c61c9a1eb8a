"""Canadian news shapes of session 9, round 2 (invented sentences): each table one rule with
the near misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, from_text


def said(*paragraphs: str) -> list[tuple[str, str]]:
    return [(s.name, q.text) for s in find_speakers(article(*paragraphs)) for q in s.quotes]


# -- 'told the court the Crown would …': a noun ends who was told when a determiner follows --
HEARER_NOUNS = [
    ("Defence lawyer Mark Abelson told the court the Crown would have to prove intent.",
     [("Mark Abelson", "the Crown would have to prove intent.")]),
    ("Defence lawyer Mark Abelson told the court the Crown has not proved intent.",
     [("Mark Abelson", "the Crown has not proved intent.")]),
    ("Nurse Ada Brandt told the committee the wards were short of staff again.",
     [("Ada Brandt", "the wards were short of staff again.")]),
    # near misses: 'of the' within who was told, a name before the determiner, 'that'
    ("Ada Brandt told the head of the union the wards were short of staff.",
     [("Ada Brandt", "the wards were short of staff.")]),
    ("Ada Brandt told CBC News the wards were short of staff again.",
     [("Ada Brandt", "the wards were short of staff again.")]),
    ("Ada Brandt told the committee that the wards were short of staff.",
     [("Ada Brandt", "the wards were short of staff.")]),
]


@pytest.mark.parametrize(("text", "expected"), HEARER_NOUNS)
def test_a_noun_ends_who_was_told(text, expected):
    assert said(text) == expected


# -- 'X says her landlord had told her …': the outer speaker reports the inner one --
OUTER_SPEAKERS = [
    ("Tenant Rosa Lindqvist says her landlord had told her the repairs would be done by March.",
     [("Rosa Lindqvist", "her landlord had told her the repairs would be done by March.")]),
    ("Omar Haddad said his doctor told him that the wait would be a year.",
     [("Omar Haddad", "his doctor told him that the wait would be a year.")]),
    # near misses: no possessive ('the landlord' is a speaker of their own, as PolNeAR has
    # 'The Times wrote that Trump had claimed …'), two speakers side by side, 'according to'
    ("Rosa Lindqvist said that the landlord told her the repairs would be done by March.",
     [("Rosa Lindqvist", "the landlord told her the repairs would be done by March."),
      ("the landlord", "the repairs would be done by March.")]),
    ("According to CBC News, her landlord said the repairs would be done by March.",
     [("CBC News", "her landlord said the repairs would be done by March."),
      ("her landlord", "the repairs would be done by March.")]),
    ("Rosa Lindqvist said the repairs were late, and the landlord said they would be done soon.",
     [("Rosa Lindqvist", "the repairs were late"), ("the landlord", "they would be done soon.")]),
]


@pytest.mark.parametrize(("text", "expected"), OUTER_SPEAKERS)
def test_the_outer_speaker_owns_what_the_inner_one_said(text, expected):
    assert sorted(said(text)) == sorted(expected)


# -- 'said about 300 people …': 'about' or 'up to' before a number opens what was said --
APPROXIMATE_NUMBERS = [
    ("Spokesperson Erin Dalrymple said about 300 people had visited the centres on Sunday.",
     [("Erin Dalrymple", "about 300 people had visited the centres on Sunday.")]),
    ("The Canadian Dental Association says about 75 per cent of dentists have signed up.",
     [("Canadian Dental Association", "about 75 per cent of dentists have signed up.")]),
    ("Erin Dalrymple said up to 40 homes could be without power until Thursday.",
     [("Erin Dalrymple", "up to 40 homes could be without power until Thursday.")]),
    ("Erin Dalrymple said about twenty crews had arrived from Maine overnight.",
     [("Erin Dalrymple", "about twenty crews had arrived from Maine overnight.")]),
    # near misses: 'about' a thing, 'up to' a person, 'about' a number with no clause after
    ("Erin Dalrymple asked about the 300 people who had visited the centres on Sunday.", []),
    ("Erin Dalrymple spoke about the storm at a news conference on Monday.", []),
    ("Erin Dalrymple said it was up to the crews to decide when roads reopen.",
     [("Erin Dalrymple", "it was up to the crews to decide when roads reopen.")]),
]


# -- '63 per cent said' is the share that spoke; 'the 95 per cent experts say is needed' is
# a share of something else, and 'experts' speak --
PER_CENT = [
    ("In the poll, 63 per cent said the ferry should run all winter.",
     [("63 per cent", "the ferry should run all winter.")]),
    ("Rates sit at 82 per cent, below the 95 per cent experts say is needed to stop "
     "outbreaks of measles.", [("experts", "is needed to stop outbreaks of measles.")]),
]


@pytest.mark.parametrize(("text", "expected"), PER_CENT)
def test_a_share_in_per_cent_speaks_only_as_the_head(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(("text", "expected"), APPROXIMATE_NUMBERS)
def test_about_a_number_opens_what_was_said(text, expected):
    assert said(text) == expected


# -- 'the mayor-elect told …', 'the clerk's office said': officers and people elected --
ELECTED_AND_CLERKS = [
    (("Mayor-elect Teresa Vukovic thanked volunteers.",
      '"Hamilton voted for buses," the mayor-elect told a packed room.'),
     [("Teresa Vukovic", "Hamilton voted for buses")]),
    (('"Hamilton voted for buses," Mayor-elect Teresa Vukovic said.',),
     [("Teresa Vukovic", "Hamilton voted for buses")]),
    (("Turnout was 38 per cent, up from 34 per cent four years ago, the clerk's office said.",),
     [("the clerk's office", "Turnout was 38 per cent, up from 34 per cent four years ago")]),
    (('"Count every ballot," the clerk told reporters.',), [("the clerk", "Count every ballot")]),
    # near misses: 'elected' and 'clerked' are no speakers; a named clerk keeps the name
    (('"Hamilton voted for buses," the elected told a packed room.',),
     [("Unattributed quotes", "Hamilton voted for buses")]),
    (('"We need more staff," said the city clerk, Dana Moss.',),
     [("Dana Moss", "We need more staff")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ELECTED_AND_CLERKS)
def test_people_elected_and_clerks_speak(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'X, a researcher at Mila, the Quebec AI institute, said': the name before both asides --
TWO_ASIDES = [
    ("Yoshua Grant, a researcher at Mila, the Quebec AI institute, said the bill was a start.",
     [("Yoshua Grant", "the bill was a start.")]),
    ("Lucas Ittinuar, a researcher with the Nunavut Research Institute, the territory's science "
     "agency, said the pattern matched what hunters saw.",
     [("Lucas Ittinuar", "the pattern matched what hunters saw.")]),
    ("Priya Nair, a spokesperson for Fundwise, the Toronto lender, said it offers human review.",
     [("Priya Nair", "it offers human review.")]),
    # near misses: no name before the description, one aside only, a clause before the comma
    ("In Winnipeg, a spokeswoman for Manitoba Hydro, the utility, said crews were ready.",
     [("Manitoba Hydro", "crews were ready.")]),
    ("Yoshua Grant, a researcher at Mila, said the bill was a start.",
     [("Yoshua Grant", "the bill was a start.")]),
    ("When Ana Ruiz arrived, a spokeswoman for Manitoba Hydro, the utility, said crews were ready.",
     [("Manitoba Hydro", "crews were ready.")]),
]


@pytest.mark.parametrize(("text", "expected"), TWO_ASIDES)
def test_a_name_before_two_asides_is_the_speaker(text, expected):
    assert said(text) == expected


# -- a byline's agency ('The Canadian Press') shares words with sources, who still speak --
def _bylined(byline: str, sentence: str) -> list[tuple[str, str]]:
    text = f"Wait times grow again\n\n{byline}\n\n{sentence}\n\nThe legislature sits Monday.\n"
    return [(s.name, q.text) for s in find_speakers(from_text(text)) for q in s.quotes]


AGENCY_BYLINES = [
    ("By Colleen Marchetti\nThe Canadian Press",
     "According to the Canadian Institute for Health Information, the median wait was 41 weeks.",
     [("Canadian Institute for Health Information", "the median wait was 41 weeks.")]),
    ("By Colleen Marchetti\nThe Canadian Press",
     "The Canadian Dental Association says three in four dentists have signed up to the plan.",
     [("Canadian Dental Association", "three in four dentists have signed up to the plan.")]),
    # near misses: the writer herself is still nobody quoted; no agency, no change
    ("By Colleen Marchetti\nThe Canadian Press",
     "Colleen Marchetti said the median wait was 41 weeks, the longest in the country.", []),
    ("By Colleen Marchetti",
     "According to the Canadian Institute for Health Information, the median wait was 41 weeks.",
     [("Canadian Institute for Health Information", "the median wait was 41 weeks.")]),
]


@pytest.mark.parametrize(("byline", "sentence", "expected"), AGENCY_BYLINES)
def test_sources_sharing_words_with_the_agency_speak(byline, sentence, expected):
    assert _bylined(byline, sentence) == expected


# -- 'Another nurse, Thunder Bay ICU nurse Priyanka Sethi, said': a place before the role --
PLACED_LEADS = [
    ("Another nurse, Thunder Bay ICU nurse Priyanka Sethi, said she voted for the deal.",
     [("Priyanka Sethi", "she voted for the deal.")]),
    ("One resident, Gjoa Haven HTO member Jacob Aqqiaruq, said the ice broke up early.",
     [("Jacob Aqqiaruq", "the ice broke up early.")]),
    # near misses: a name with no role words, a title, a role with no place
    ("Another nurse, Priyanka Sethi Rao, said she voted for the deal.",
     [("Priyanka Sethi Rao", "she voted for the deal.")]),
    ("The city's top official, Mayor Ana Ruiz, said she voted for the deal.",
     [("Ana Ruiz", "she voted for the deal.")]),
    ("Another nurse, ICU nurse Priyanka Sethi, said she voted for the deal.",
     [("Priyanka Sethi", "she voted for the deal.")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_LEADS)
def test_a_place_may_open_the_role_before_an_apposed_name(text, expected):
    assert said(text) == expected


# -- 'Some provinces say …', 'the territory said': governments by the name of their level --
PROVINCES = [
    ("Some provinces say Ottawa should have sent the money to their own programs.",
     [("some provinces", "Ottawa should have sent the money to their own programs.")]),
    ("The territory said it would review the request from the hamlet.",
     [("the territory", "it would review the request from the hamlet.")]),
    ("Several municipalities said the grants came too late for this year's budgets.",
     [("several municipalities", "the grants came too late for this year's budgets.")]),
    # near misses: no speech verb, a speaker who is from the provinces
    ("Some provinces say-on-pay rules differ from Ottawa's.", []),
    ("Leaders of the provinces said they wanted more money for health care.",
     [("leaders of the provinces", "they wanted more money for health care.")]),
]


@pytest.mark.parametrize(("text", "expected"), PROVINCES)
def test_provinces_and_territories_speak(text, expected):
    assert said(text) == expected


# -- ', starting with …', ', beginning Monday': when what was said begins is part of it --
WHEN_IT_BEGINS = [
    ("Bernadette Kowalchuk said the ratios would come in stages, starting with hospitals in "
     "the north.",
     [("Bernadette Kowalchuk", "the ratios would come in stages, starting with hospitals in "
       "the north.")]),
    ("Bernadette Kowalchuk said the ratios would come in stages, beginning Monday.",
     [("Bernadette Kowalchuk", "the ratios would come in stages, beginning Monday.")]),
    ("The city said the night buses would return, starting in March.",
     [("the city", "the night buses would return, starting in March.")]),
    # near misses: the writer's participle clause, 'starting' with an object
    ("Bernadette Kowalchuk said the ratios would come in stages, citing the shortage of staff.",
     [("Bernadette Kowalchuk", "the ratios would come in stages")]),
    ("Bernadette Kowalchuk said the ratios would come in stages, starting a debate on funding.",
     [("Bernadette Kowalchuk", "the ratios would come in stages")]),
]


@pytest.mark.parametrize(("text", "expected"), WHEN_IT_BEGINS)
def test_when_what_was_said_begins_is_part_of_it(text, expected):
    assert said(text) == expected
