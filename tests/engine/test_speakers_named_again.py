"""A later attribution that names again, by a description or a part of a name, a body or a
person the article introduced before ('the board said' after 'the Toronto District School
Board'). Every sentence is invented; the bodies' names are real ones as the Canadian Press
writes them."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def speaker_of(paragraphs: tuple[str, ...], fragment: str) -> str | None:
    """The name listed for the quotation holding `fragment`."""
    return next((s.name for s in find_speakers(article(*paragraphs)) for q in s.quotes
                 if fragment in q.text), None)


BODIES_NAMED_AGAIN = [
    (("The Westlake District School Board voted to ban phones in class.",
      '"Teachers asked us for this," the board said in a letter to parents.'),
     "Teachers asked", "Westlake District School Board"),
    (("The Bank of Canada cut its key rate on Wednesday.",
      '"Inflation is close to target," the central bank said.'), "close to target",
     "Bank of Canada"),
    (("The Canada Border Services Agency seized a tonne of cocaine at the port.",
      '"This is one of the largest seizures," the agency said.'), "largest seizures",
     "Canada Border Services Agency"),
    (("Ontario's Ministry of Health confirmed three cases of measles.",
      '"The risk to the public remains low," the ministry said.'), "risk to the public",
     "Ministry of Health"),
    (("The City of Lakeport says it will add ten snowplows.",
      '"Expect faster clearing on side streets," the city said.'), "faster clearing",
     "City of Lakeport"),
    # near misses: two boards named, a city that is a place, a noun that is no head, an office
    (("The Westlake District School Board and the Eastvale Catholic School Board met.",
      '"We agreed on the calendar," the board said.'), "agreed on the calendar", "the board"),
    (("Snow fell all night in Quebec City.",
      '"Stay off the roads," the city said.'), "Stay off the roads", "the city"),
    (("Board Chair Ana Ruiz opened the meeting at seven.",
      '"The budget is tight," the board said.'), "budget is tight", "the board"),
    (("Premier Ana Ruiz met the Treasury Board on Monday.",
      '"The premier will not comment," the premier\'s office said.'), "will not comment",
     "the premier's office"),
    (("The board will meet again on Monday.", '"Nothing is decided," the board said.'),
     "Nothing is decided", "the board"),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "name"), BODIES_NAMED_AGAIN)
def test_a_body_named_again_by_its_head_noun(paragraphs, fragment, name):
    assert speaker_of(paragraphs, fragment) == name


def listed(paragraphs: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    return [(s.name, s.kind, s.role) for s in find_speakers(article(*paragraphs))]


SURNAMES_WITH_A_COMMON_WORD = [
    (("Roberta Many Guns, a lawyer in Calgary, filed the complaint in March.",
      '"The process was unfair," Many Guns said.'),
     [("Roberta Many Guns", "person", "a lawyer in Calgary")]),
    (("Dora Many Horses drives the school bus in Gleichen.",
      '"The road is closed," Many Horses said.'), [("Dora Many Horses", "person", None)]),
    # near misses: the common word opening a group, or alone
    (("Tom Bell drives the school bus in Hay River.", '"The road is closed," Many Canadians said.'),
     [("many Canadians", "unnamed", "Many")]),
    (("Roberta Many Guns, a lawyer, filed the complaint.", '"It is closed," Many said.'),
     [("many", "unnamed", None)]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SURNAMES_WITH_A_COMMON_WORD)
def test_a_surname_with_a_common_word_goes_to_the_full_name(paragraphs, expected):
    assert listed(paragraphs) == expected


def pronoun_speaker(paragraphs: tuple[str, ...]) -> str | None:
    """Whom the last paragraph's quotation, said by 'he' or 'she', is listed under."""
    return speaker_of(paragraphs, paragraphs[-1].split('"')[1][:12])


LONE_FIRST_NAMES = [
    (("Leo, 7, started Grade 2 at a new school in Regina this week.",
      '"The teacher is nice but the bus is loud," he said.'), "Leo"),
    (("Marek, 12, takes Line 1 to school in Toronto every morning.",
      '"The trains are always late," he said.'), "Marek"),
    (("Amina, 9, moved into Room 4 of the children\'s ward last week.",
      '"I miss my cat," she said.'), "Amina"),
    # near miss: someone named in between
    (("Leo, 7, started school with Tom Bell in Regina this week.",
      '"The teacher is nice," he said.'), "Tom Bell"),
]


@pytest.mark.parametrize(("paragraphs", "name"), LONE_FIRST_NAMES)
def test_a_word_before_a_number_names_no_one_between_a_first_name_and_its_pronoun(
        paragraphs, name):
    assert pronoun_speaker(paragraphs) == name


PRONOUNS_OF_A_FIRST_NAME = [
    (("Doug, 67, waited 14 hours in the emergency room.", '"Nobody told me anything," he said.'),
     "Doug"),
    (("Nora, 71, waited 14 hours in the emergency room.", '"Nobody told me anything," she said.'),
     "Nora"),
    # near misses: the pronoun of the other sex, a surname that tells no sex
    (("Doug, 67, waited 14 hours in the emergency room.", '"Nobody told me anything," she said.'),
     "Unattributed quotes"),
    (("Nora, 71, waited 14 hours in the emergency room.", '"Nobody told me anything," he said.'),
     "Unattributed quotes"),
    (("Okafor laughed.", '"Nobody told me anything," she said.'), "Okafor"),
]


@pytest.mark.parametrize(("paragraphs", "name"), PRONOUNS_OF_A_FIRST_NAME)
def test_a_lone_first_name_takes_only_the_pronoun_of_its_sex(paragraphs, name):
    assert pronoun_speaker(paragraphs) == name


FIRST_NAMES_WITH_AN_APPOSITION = [
    (("Doug, 67, a patient at the Moncton hospital, waited 14 hours in the emergency room.",
      '"Nobody told me anything all night," he said.'), "Doug"),
    (("Nora, 71, the oldest tenant in the Halifax building, has lived there since 1980.",
      '"I raised four children here," she said.'), "Nora"),
    # near misses: someone named after the apposition, the pronoun of the other sex
    (("Doug, 67, a patient at the hospital, shared a room with Tom Bell.",
      '"Nobody told us anything," he said.'), "Tom Bell"),
    (("Doug, 67, a patient at the Moncton hospital, waited 14 hours.",
      '"Nobody told me anything," she said.'), "Unattributed quotes"),
]


@pytest.mark.parametrize(("paragraphs", "name"), FIRST_NAMES_WITH_AN_APPOSITION)
def test_a_first_name_with_an_age_and_an_apposition_takes_its_pronoun(paragraphs, name):
    assert pronoun_speaker(paragraphs) == name


TWO_WORD_SURNAMES = [
    (("Elsie Bear Robe, an elder from Siksika Nation, has taught Blackfoot for 30 years.",
      '"The children learn faster than we did," Bear Robe said.'),
     [("Elsie Bear Robe", "person", "an elder from Siksika Nation")]),
    (("Marlene Two Rivers has driven the school bus in Kahnawake since 1999.",
      '"The road is worse every spring," Two Rivers said.'),
     [("Marlene Two Rivers", "person", None)]),
    # near misses: two given names before the surname, none
    (("Elsie Bear Robe and Joe Bear Robe run the store in Gleichen.",
      '"Prices are up," Bear Robe said.'), [("Bear Robe", "person", None)]),
    (("The Bear Robe family has run the store in Gleichen since 1950.",
      '"Prices are up," Bear Robe said.'), [("Bear Robe", "person", None)]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), TWO_WORD_SURNAMES)
def test_a_two_word_surname_alone_goes_to_the_one_full_name(paragraphs, expected):
    assert listed(paragraphs) == expected


BODY_NOUNS_THAT_SPEAK = [
    (("The Canadian Federation of Independent Business surveyed 2,000 owners in June.",
      '"Most small firms cannot absorb another tax," the federation said.'),
     "Most small firms", "Canadian Federation of Independent Business"),
    (("Flights were cancelled across the Prairies on Sunday.",
      '"We apologize to every guest affected," the airline said.'), "We apologize",
     "the airline"),
    (("The Social Security Tribunal ruled against her in March.",
      '"The appeal was filed too late," the tribunal said.'), "appeal was filed",
     "Social Security Tribunal"),
    # near misses: two tribunals named, a body noun modifying a person's noun
    (("The Social Security Tribunal and the Human Rights Tribunal both heard her case.",
      '"The appeal was filed too late," the tribunal said.'), "appeal was filed",
     "the tribunal"),
    (("Waits grew longer in Moncton this winter.",
      '"We see forty patients a day," a clinic nurse said.'), "forty patients",
     "a clinic nurse"),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "name"), BODY_NOUNS_THAT_SPEAK)
def test_a_body_noun_speaks_and_goes_to_the_body_named_before(paragraphs, fragment, name):
    assert speaker_of(paragraphs, fragment) == name


BODIES_DESCRIBED_BEFORE = [
    (("Hydro One, the province's largest utility, restored power to 80,000 homes overnight.",
      '"Some customers may wait until Sunday," the utility said.'), "wait until Sunday",
     "Hydro One"),
    (("Unifor, the country's largest private-sector union, set a strike deadline.",
      '"Our members have been clear," the union said.'), "members have been", "Unifor"),
    (("Harbourline, a regional railway in northern Ontario, cut two trains.",
      '"Ridership fell by half," the railway said.'), "Ridership fell", "Harbourline"),
    # near misses: a person described, two bodies described so, a noun in a complement
    (("Tom Bell, the utility's chief engineer, toured the plant.",
      '"Repairs will take a week," the utility said.'), "Repairs will", "the utility"),
    (("Hydro One, the province's largest utility, and Alectra, a smaller utility, met.",
      '"Rates will rise," the utility said.'), "Rates will rise", "the utility"),
    (("Hydro One, the owner of a utility in the north, met the mayor.",
      '"Rates will rise," the utility said.'), "Rates will rise", "the utility"),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "name"), BODIES_DESCRIBED_BEFORE)
def test_a_body_described_by_an_apposition_is_named_again_by_its_noun(
        paragraphs, fragment, name):
    assert speaker_of(paragraphs, fragment) == name


POLICE_NAMED_AGAIN = [
    (("The RCMP are asking drivers to avoid Highway 16 west of Prince George.",
      '"The highway will remain closed for hours," the Mounties said.'), "remain closed",
     "RCMP"),
    (("RCMP in Nanaimo arrested two men after a break-in at a pharmacy.",
      '"Officers found pills in the car," police said.'), "Officers found", "RCMP"),
    (("Officers of the Lakeport Police Service arrested two men on Sunday.",
      '"Both men were known to us," police said.'), "known to us", "Lakeport Police Service"),
    (("The RCMP and the Lakeport Police Service searched the lake.",
      '"The search will resume at dawn," the Mounties said.'), "search will resume", "RCMP"),
    # near misses: two forces named, none named (the Mounties then a group of officers)
    (("Two men were arrested near Truro on Sunday.",
      '"Both men were known to us," the Mounties said.'), "known to us", "the Mounties"),
    (("The OPP and the Lakeport Police Service searched the lake.",
      '"The search will resume at dawn," police said.'), "search will resume", "police"),
    (("Two men were arrested on Sunday.", '"Both men were known to us," police said.'),
     "known to us", "police"),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "name"), POLICE_NAMED_AGAIN)
def test_police_are_the_one_force_named_before_and_the_mounties_the_rcmp(
        paragraphs, fragment, name):
    assert speaker_of(paragraphs, fragment) == name


PLACES_GOVERNMENTS = [
    (("The Yukon government declared a state of emergency in Dawson City on Friday.",
      '"Residents should prepare to leave," the territorial government said.'),
     [("the Yukon government", 2)]),
    (("The Ontario government will close two clinics in Sudbury.",
      '"Staff will move to the new hospital," the provincial government said.'),
     [("the Ontario government", 1)]),
    # near misses: two governments named, a lower-case noun other than 'government'
    (("The Yukon government and the Ontario government signed a deal.",
      '"Both will pay half," the government said.'), [("the government", 1)]),
    (("The Labour party met in Halifax on Friday.", '"We are ready," the party said.'),
     [("the party", 1)]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PLACES_GOVERNMENTS)
def test_a_places_government_is_named_again_as_the_government(paragraphs, expected):
    listed_quotes = [(s.name, len(s.quotes)) for s in find_speakers(article(*paragraphs))]
    assert listed_quotes == expected


NOUNS_IN_A_COMPLEMENT = [
    (("Tom Bell, a lawyer for the union, spoke first.",
      '"Our members have been clear," the union said.'), "members have been", "the union"),
    (("Ana Ruiz, the head of the hospital, toured the ward.",
      '"We need more beds," the hospital said.'), "more beds", "the hospital"),
    # near misses: the noun heading the apposition
    (("Tom Bell, the union's longtime lawyer, spoke first.",
      '"The deal is fair," the lawyer said.'), "deal is fair", "Tom Bell"),
    (("Gwen Tibbetts, a veteran nurse, spoke first.",
      '"We need more beds," the nurse said.'), "more beds", "Gwen Tibbetts"),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "name"), NOUNS_IN_A_COMPLEMENT)
def test_a_noun_in_an_appositions_complement_introduces_nobody(paragraphs, fragment, name):
    assert speaker_of(paragraphs, fragment) == name
