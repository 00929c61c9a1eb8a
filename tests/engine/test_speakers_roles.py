"""Who a described speaker is: roles between dashes, opening role words, ages, possessives,
institutions and shares of those polled."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, check, table_cases

# -- a role between typewriter dashes ('Ruiz -- a former aide -- said') --
DASHED = [
    (('Ana Ruiz -- a former aide to the mayor -- said the budget would fail by spring.',),
     {"the budget would fail": "Ana Ruiz"}),
    (('"The budget will fail by spring," Ana Ruiz -- a former aide to the mayor -- said.',),
     {"The budget will fail": "Ana Ruiz"}),
    (('Ana Ruiz — a former aide to the mayor — said the budget "will fail by spring."',),
     {"will fail by spring.": "Ana Ruiz"}),
]

# -- a role word capitalised because it opens the sentence is not the first name --
OPENING_ROLE = [
    (("Defenceman Erik Lind joined the club from a team in Sweden in May.",
      'When asked about the trade, he said: "It was a hard week for all of us."'),
     {"It was a hard": "Erik Lind"}),
    (("Goalie Maria Costa stopped forty shots on Friday.",
      '"I saw every puck tonight," Costa said.'),
     {"I saw every puck": "Maria Costa"}),
    (("Mary Ann Berg chairs the board of the hospital.",
      '"We will open the new wing in May," Berg said.'),
     {"We will open the": "Mary Ann Berg"}),
]

# -- an age for a name: 'the 24-year-old said' is the person just named --
AGES = [
    (("Erik Lind joined the club from a team in Sweden in May.",
      '"It was a hard week for all of us," the 24-year-old said.'),
     {"It was a hard": "Erik Lind"}),
    (("Maria Costa sells fish at the market.", "Tom Bell sells bread beside her.",
      '"The rent has doubled since the spring," said the 61-year-old.'),
     {"The rent has doubled": "Tom Bell"}),
    (('"It was a hard week for all of us," said 19-year-old goalie Sam Okafor.',),
     {"It was a hard": "Sam Okafor"}),
]

# -- institutions and filings speak too ('the fund warned', 'the court said') --
INSTITUTIONS = [
    (("The harbour authority cut its forecast on Monday.",
      "Still, the fund warned that the new port will raise many questions next year."),
     {"the new port will": "the fund"}),
    (("The ferry company appealed the fine.",
      "The court said the company had ignored three warnings from the inspectors."),
     {"the company had ignored": "the court"}),
]

# -- a possessive opens the speaker's phrase as an article does ('his lawyer said') --
POSSESSIVES = [
    (("Tom Bell was arrested in May.", '"He did nothing wrong at all," his lawyer said.'),
     {"He did nothing wrong": "his lawyer"}),
    (("Tom Bell was arrested in May.", '"He did nothing wrong at all," said his lawyer.'),
     {"He did nothing wrong": "his lawyer"}),
    (("Tom Bell was arrested in May.", "His lawyer said he did nothing wrong at all."),
     {"he did nothing wrong": "his lawyer"}),
    (('"We live in a hard country," my father often said.',),
     {"We live in a": "my father"}),
]

# -- those polled answer as a share; a year is no count --
POLLS = [
    (("The poll asked voters about the ferry.",
      'Some 63 percent said the ferry was "a waste of public money" and should stop.'),
     {'the ferry was "a': "63 percent"}),
    (("Another 19 per cent said they would not take the ferry at all.",),
     {"they would not take": "19 per cent"}),
    (("In 2015 officials said the ferry would stop running by the spring.",),
     {"the ferry would stop": "officials"}),
]


def test_an_opening_role_word_is_a_role_and_a_dashed_aside_is_none():
    (berg,) = find_speakers(article("Hundreds of commuters waited in the rain.",
                                    "Commuter Anna Berg, 34, waited for the bus.",
                                    '"My boss is not going to be happy about this."'))
    assert (berg.name, berg.role) == ("Anna Berg", "commuter")
    (suzuki,) = find_speakers(article("Montreal's Nick Suzuki was frustrated.",
                                      '"We gave them too many chances tonight."'))
    assert (suzuki.name, suzuki.role) == ("Nick Suzuki", "Montreal's")
    (alder,) = find_speakers(article(
        "Councillor Tom Alder -- who has pushed for a new terminal for years -- said the storm "
        "proved his point."))
    assert (alder.name, alder.role) == ("Tom Alder", "Councillor")

# -- a role written in capitals ('the agency's CEO, Ana Ruiz, said') --
CAPITAL_ROLES = [
    (("The harbour agency's CEO, Ana Ruiz, said the ferry would run all winter.",),
     {"the ferry would run": "Ana Ruiz"}),
    (('"The ferry will run all winter," said the agency\'s CEO, Ana Ruiz.',),
     {"The ferry will run": "Ana Ruiz"}),
]

# -- a body's name keeps its first words ('the National Audit Office', not 'Audit Office') --
BODY_NAMES = [
    (("The National Harbour Office said the ferry would run all winter.",),
     {"the ferry would run": "National Harbour Office"}),
    (("The US State Department said the ferry would run all winter.",),
     {"the ferry would run": "State Department"}),
    (("According to the Coastal Interior Ministry, the ferry will run all winter.",),
     {"the ferry will run": "Coastal Interior Ministry"}),
    (("The National Union of Ferrymen said the ferry would run all winter.",),
     {"the ferry would run": "National Union of Ferrymen"}),
    (("According to the Associated Press, the ferry will run all winter.",),
     {"the ferry will run": "Associated Press"}),
    (("Professor Ana Ruiz of Bell College said the ferry would run all winter.",),
     {"the ferry would run": "Ana Ruiz"}),  # a person's 'of' complement is no body's name
    (("Harbour Office spokesman Tom Bell said the ferry would run all winter.",),
     {"the ferry would run": "Tom Bell"}),
]

# -- a role's 'of'/'to' complement ends where the person's name starts --
COMPLEMENTS = [
    (("CEO of the Harbour Council Tom Bell said the ferry would run all winter.",),
     {"the ferry would run": "Tom Bell"}),  # after the body's head noun
    (("According to Ambassador to the Coastal States Rob Okafor, the ferry will run all winter.",),
     {"the ferry will run": "Rob Okafor"}),
    (("Governor of Coastal Province Mary Hale said the ferry would run all winter.",),
     {"the ferry would run": "Mary Hale"}),  # before a given name
    (("A friend of Ana Maria Ruiz said the ferry would run all winter.",),
     {"the ferry would run": "a friend of Ana Maria Ruiz"}),  # the whole run; the friend speaks
]

# -- capitalised role words before a given name are a role ('Liberal Democrat Ana Ruiz') --
ROLE_BEFORE_GIVEN_NAME = [
    (("Harbour Democrat Mary Hale said the ferry would run all winter.",),
     {"the ferry would run": "Mary Hale"}),
    (("The ferry will run all winter, said Trooper Tom Okafor of the coast patrol.",),
     {"The ferry will run": "Tom Okafor"}),  # an agent noun
    (("The ferry is late, but Harbourist Tom Okafor is not worried. Okafor said the ferry "
      "would run all winter.",),
     {"the ferry would run": "Tom Okafor"}),  # the full name the surname stands for
    (("The ferry will run all winter, said Hernan Mary Hale.",),
     {"The ferry will run": "Hernan Mary Hale"}),  # one word that may be a given name
    (("Mary Ann Hale said the ferry would run all winter.",),
     {"the ferry would run": "Mary Ann Hale"}),
    (("The complaint came from Harbourland's Tom Okafor. Okafor said the ferry would run all "
      "winter.",),
     {"the ferry would run": "Tom Okafor"}),  # a possessive before the full name
]

# -- a noun phrase opens with its determiner ('in Halifax the woman says' -> 'the woman') --
INNER_DETERMINER = [
    (("Although she studies in Halifax the woman says the ferry is too dear.",),
     {"the ferry is too": "the woman"}),
    (("In early November the company announced that the ferry would run all winter.",),
     {"the ferry would run": "the company"}),
    (("A friend of the mayor said the ferry would run all winter.",),
     {"the ferry would run": "a friend of the mayor"}),  # 'of the': one phrase
    (('"The pier is unsafe," a man near the bridge said.',),
     {"The pier is unsafe": "a man near the bridge"}),  # a place preposition governs 'the'
    (('"The pier is unsafe," a woman outside the station said.',),
     {"The pier is unsafe": "a woman outside the station"}),
]


TABLES = {
    "dashed": DASHED,
    "opening_role": OPENING_ROLE,
    "ages": AGES,
    "institutions": INSTITUTIONS,
    "possessives": POSSESSIVES,
    "polls": POLLS,
    "capital_roles": CAPITAL_ROLES,
    "body_names": BODY_NAMES,
    "complements": COMPLEMENTS,
    "role_before_given_name": ROLE_BEFORE_GIVEN_NAME,
    "inner_determiner": INNER_DETERMINER,
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize("text", [
    "Ana Ruiz, whose parents ran the ferry, said the pier must close before the storms.",
    "The pier must close before the storms, Ana Ruiz, whose parents ran the ferry, said.",
])
def test_a_relative_clause_set_off_after_the_name_is_no_role(text):
    (ruiz,) = find_speakers(article(text))
    assert (ruiz.name, ruiz.role) == ("Ana Ruiz", None)


# -- 'City, State' is one place: the state after the comma is no role in apposition --
@pytest.mark.parametrize(("text", "role"), [
    ("Ana Ruiz, a nurse from Surrey, B.C., said the ward had been full since May.",
     "a nurse from Surrey, B.C."),
    ("Ana Ruiz, a 59-year-old teacher from Ashton, Md., said the school would close.",
     "a 59-year-old teacher from Ashton, Md."),
    ("Ana Ruiz, who grew up in Austin, Texas, said the school would close in June.", None),
    ('"The ward has been full since May," Ana Ruiz, a nurse in Moncton, New Brunswick, said.',
     "a nurse in Moncton, New Brunswick"),
    # near misses: a role after a place that is no state stays a role
    ("Ana Ruiz, a nurse from Surrey, said the ward had been full since May.",
     "a nurse from Surrey"),
    ("Ana Ruiz, the mayor, said the ward had been full since May.", "the mayor"),
])
def test_a_state_after_a_city_is_part_of_the_place_not_a_role(text, role):
    (ruiz,) = find_speakers(article(text))
    assert (ruiz.name, ruiz.role) == ("Ana Ruiz", role)


# -- a page that spaced its punctuation ('59 , of Ashton') shows the role as written well --
@pytest.mark.parametrize(("text", "role"), [
    ("Ana Ruiz , 59 , of Ashton , said the ferry would run all winter .", "59, of Ashton"),
    ("Ana Ruiz , a nurse ( retired ) from Ashton , said the ferry would run all winter .",
     "a nurse (retired) from Ashton"),
])
def test_a_role_has_no_space_before_punctuation(text, role):
    (ruiz,) = find_speakers(article(text))
    assert (ruiz.name, ruiz.role) == ("Ana Ruiz", role)


# -- a conjunction opening the sentence leaves the subject in apposition where it is --
@pytest.mark.parametrize(("text", "name", "role"), [
    ("But Ana Ruiz, an economist at Harbour Bank, warned that fares would rise in spring.",
     "Ana Ruiz", "an economist at Harbour Bank"),
    ("And Ana Ruiz -- an economist at Harbour Bank -- said that fares would rise in spring.",
     "Ana Ruiz", "an economist at Harbour Bank"),
    ("Yet the ministry, which runs the port, said that fares would rise in spring.",
     "the ministry", None),
])
def test_a_conjunction_before_the_subject_keeps_its_speech(text, name, role):
    (speaker,) = find_speakers(article(text))
    assert (speaker.name, speaker.role) == (name, role)


# -- an abbreviated title keeps its stop as the article writes it; 'Mr.' is still no role --
@pytest.mark.parametrize(("text", "name", "role"), [
    ("Coun. Rebecca Tran said the vote on the pier was close.", "Rebecca Tran", "Coun."),
    ("Dr Rebecca Tran said the vote on the pier was close.", "Rebecca Tran", "Dr"),
    ("Dr. Rebecca Tran, the harbour doctor, said the pier was unsafe.", "Rebecca Tran",
     "Dr., the harbour doctor"),
    ("Mr. Ravi Shore said the vote on the pier was close.", "Ravi Shore", None),
])
def test_an_abbreviated_title_is_shown_as_written(text, name, role):
    (speaker,) = find_speakers(article(text))
    assert (speaker.name, speaker.role) == (name, role)


# -- a person quoted by surname alone keeps the title the article introduced them with --
@pytest.mark.parametrize(("paragraphs", "role"), [
    (("Premier Ravi Shore closed the pier on Monday.",
      '"Nobody sails until the storm has passed," Shore said.'), "Premier"),
    (("Dr. Ravi Shore treated the crew.", '"They were lucky," Shore said.'), "Dr."),
    (("Mr. Ravi Shore closed the pier.", '"Nobody sails," Shore said.'), None),  # a courtesy
    (("Dr. Ravi Shore treated the crew.",  # a role where quoted comes first
      '"They were lucky," said Shore, the ship\'s doctor.'), "the ship's doctor"),
])
def test_a_title_given_before_is_the_role_of_a_speaker_quoted_by_surname(paragraphs, role):
    (speaker,) = find_speakers(article(*paragraphs))
    assert (speaker.name, speaker.role) == ("Ravi Shore", role)


# -- a role owned by 'its' names the body that opens the sentence or the one before --
@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("The Harbour Pilots Association met on Monday. Its president, Tom Bell, said the pier "
      "would reopen.",), ("Tom Bell", "the Harbour Pilots Association's president")),
    (("The harbour commission met on Monday.", "Its chair, Ana Ruiz, said the pier would reopen."),
     ("Ana Ruiz", "the harbour commission's chair")),
    # near miss: no body opens either sentence
    (("Tom Bell met the board on Monday. Its chair, Ana Ruiz, said the pier would reopen.",),
     ("Ana Ruiz", "its chair")),
])
def test_its_in_a_role_names_the_body(paragraphs, expected):
    assert [(s.name, s.role) for s in find_speakers(article(*paragraphs))][-1] == expected
