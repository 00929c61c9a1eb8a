"""Canadian news shapes of session 10 (invented sentences): each table one rule with the near
misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def said(*paragraphs: str) -> list[tuple[str, str]]:
    return [(s.name, q.text) for s in find_speakers(article(*paragraphs)) for q in s.quotes]


# -- 'd'Entremont', 'dell'Orto': a surname behind an elided particle is a name --
ELIDED_PARTICLES = [
    (("Wade d'Entremont has fished out of the harbour for 28 years.",
      '"Same bay, same season," d\'Entremont says.'),
     [("Wade d'Entremont", "Same bay, same season")]),
    (('"Nobody wins a fight like this," said Carla dell\'Orto, a grower near Leamington.',),
     [("Carla dell'Orto", "Nobody wins a fight like this")]),
    (('"We stay until the boats are in," Marie d’Amours told reporters.',),
     [("Marie d’Amours", "We stay until the boats are in")]),
    # near misses: an elided French word before a small letter, a particle no list knows
    (('"On y va, et vite," the mayor said d\'un ton sec.',),
     [("the mayor", "On y va, et vite")]),
    (('"The lodge opens at nine o\'clock, not at ten," Tom Bell said.',),
     [("Tom Bell", "The lodge opens at nine o'clock, not at ten")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ELIDED_PARTICLES)
def test_a_surname_behind_an_elided_particle_is_a_name(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'she told CTV News, standing behind …': a participle after who was told says what the
# speaker was doing, never what was said --
PARTICIPLE_ASIDES = [
    (("Eleni Markou runs a bakery.",
      '"We will stay. We always have," she told CTV News, standing behind a counter lined with '
      "trays of bread."),
     [("Eleni Markou", "We will stay. We always have")]),
    (("Ana Ruiz runs the shelter.",
      '"We are full every night. Every night," she told the Star, standing beside a hallway '
      "lined with cots."),
     [("Ana Ruiz", "We are full every night. Every night")]),
    # near misses: 'that' after the aside, who was told and a clause, a participle that speaks
    (("Ana Ruiz told the council, reading from a prepared statement, that the budget was "
      "closed.",),
     [("Ana Ruiz", "the budget was closed.")]),
    (("Tom Bell told reporters the pumps had failed twice.",),
     [("Tom Bell", "the pumps had failed twice.")]),
    (("Tom Bell told CBC News, adding that the pumps had failed twice and nobody came.",),
     [("Tom Bell", "the pumps had failed twice and nobody came.")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PARTICIPLE_ASIDES)
def test_a_participle_after_who_was_told_is_no_content(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'Ms. Falk said' in an article naming two Falks: the one quoted in full before --
NAMESAKES = [
    (("One of the patients was Irene Falk, 84, who broke her hip in February.",
      "Her daughter, Joanne Falk, said her mother never complained.",
      '"She kept apologizing for being a bother," Ms. Falk said.'),
     [("Joanne Falk", "her mother never complained."),
      ("Joanne Falk", "She kept apologizing for being a bother")]),
    (("Colby Ward says he watched from the wharf as officers pulled his gear.",
      '"They took my traps like I was a poacher," Ward says.',
      "Ward's cousin, Shanice Ward, also had traps seized.",
      '"No phone call, no letter, nothing," Shanice Ward says.'),
     [("Colby Ward", "he watched from the wharf as officers pulled his gear."),
      ("Colby Ward", "They took my traps like I was a poacher"),
      ("Shanice Ward", "No phone call, no letter, nothing")]),
    # near misses: no namesake quoted in full (the first named is the one), one full name
    (("Senator Tom Reyes spoke in Regina on Monday. His wife, Ana Reyes, sat beside him.",
      '"We are staying in this race," Reyes said.'),
     [("Tom Reyes", "We are staying in this race")]),
    (("Colby Ward says he watched from the wharf as officers pulled his gear.",
      '"They took my traps like I was a poacher," Ward says.'),
     [("Colby Ward", "he watched from the wharf as officers pulled his gear."),
      ("Colby Ward", "They took my traps like I was a poacher")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), NAMESAKES)
def test_a_surname_alone_is_the_namesake_quoted_before(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'Texas state Senator Tom Bell': 'state' after a state's name and before a title is a noun --
STATE_NOUNS = [
    (("Ana Ruiz is a former teacher who once ran a campaign for Texas state Senator Tom Bell.",),
     []),
    (("Ana Ruiz once ran a campaign for New York state Senator Tom Bell.",), []),
    # near misses: the verb after a person's name, before a title or a name
    (("Ana Ruiz states Senator Tom Bell has not answered the letter.",),
     [("Ana Ruiz", "Senator Tom Bell has not answered the letter.")]),
    (("Ana Ruiz notes Premier Tom Bell has not answered the letter.",),
     [("Ana Ruiz", "Premier Tom Bell has not answered the letter.")]),
    (("Ana Ruiz states Tom Bell was wrong about the vote.",),
     [("Ana Ruiz", "Tom Bell was wrong about the vote.")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), STATE_NOUNS)
def test_state_after_a_states_name_and_before_a_title_is_a_noun(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'an evacuee said', 'the pharmacist said': people of fire, strike and clinic news --
PEOPLE_NOUNS = [
    (('"We stay until the fire turns," said an evacuee from Selwick.',),
     [("an evacuee", "We stay until the fire turns")]),
    (('"Nobody told us the bus was cancelled," one picketer said outside the garage.',),
     [("one picketer", "Nobody told us the bus was cancelled")]),
    (('"We are out of the pills again," the pharmacist said.',),
     [("the pharmacist", "We are out of the pills again")]),
    (("A lobbyist for the grocers told the committee the rules would raise prices.",),
     [("a lobbyist for the grocers", "the rules would raise prices.")]),
    (("Picketers said the agency had not called them in weeks.",),
     [("picketers", "the agency had not called them in weeks.")]),
    # near misses: the nouns left out because they are surnames too
    (("Tom Reeve, a farmer, spoke at the hall.", '"We stay until the fire turns," Reeve said.'),
     [("Tom Reeve", "We stay until the fire turns")]),
    (('"We stay until the fire turns," Warden said.',),
     [("Warden", "We stay until the fire turns")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PEOPLE_NOUNS)
def test_people_of_fire_strike_and_clinic_news_speak(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'Priya rolled up her sign. She said …': a given name alone, as the Star calls ordinary
# people after the first mention, is a mention of the full name for the pronouns after it --
GIVEN_NAMES_ALONE = [
    (("Priya Lal has done the math more times than she can count.",
      "Hannah Kowal, 19, is the first in her family to go to university.",
      "As the crowd thinned, Priya rolled up her sign. She said she plans to be at the board "
      "meeting next month."),
     [("Priya Lal", "she plans to be at the board meeting next month.")]),
    (("Priya Lal has done the math more times than she can count.",
      "Hannah Kowal, 19, is the first in her family to go to university.",
      'As the crowd thinned, Priya rolled up her sign. "I will be here," she said.'),
     [("Priya Lal", "I will be here")]),
    # near misses: no given name alone (the last woman named), a surname alone as before
    (("Priya Lal has done the math more times than she can count.",
      "Hannah Kowal, 19, is the first in her family to go to university.",
      "She said she plans to be at the board meeting next month."),
     [("Hannah Kowal", "she plans to be at the board meeting next month.")]),
    (("Priya Lal has done the math more times than she can count.",
      "Hannah Kowal, 19, is the first in her family to go to university.",
      "As the crowd thinned, Lal rolled up her sign. She said she plans to be at the board "
      "meeting next month."),
     [("Priya Lal", "she plans to be at the board meeting next month.")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), GIVEN_NAMES_ALONE)
def test_a_given_name_alone_is_a_mention_for_the_pronouns(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'said in an email that …' then '"…," the statement said': the statement was emailed --
STATEMENT_FORMS = [
    (("A spokesperson for the Ministry of Colleges said in an email that the province had "
      "invested record amounts.",
      '"Our government will always put students first," the statement said.'),
     [("Ministry of Colleges", "the province had invested record amounts."),
      ("Ministry of Colleges", "Our government will always put students first")]),
    (("Harbour Ferries said in a news release that the route would close.",
      '"We regret the disruption," the statement said.'),
     [("Harbour Ferries", "the route would close."),
      ("Harbour Ferries", "We regret the disruption")]),
    # near misses: 'the email' after a statement, no document named before
    (("Harbour Ferries said in a statement that the route would close.",
      '"We regret the disruption," the email said.'),
     [("Harbour Ferries", "the route would close."), ("the email", "We regret the disruption")]),
    (("Harbour Ferries announced the route would close.",
      '"We regret the disruption," the statement said.'),
     [("Harbour Ferries", "the route would close."),
      ("the statement", "We regret the disruption")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), STATEMENT_FORMS)
def test_the_statement_points_back_to_an_email_or_a_release(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'asked the province for buses': who was asked and 'for' name a thing requested --
ASKED_FOR = [
    (("Lorraine Kaskiw spoke at the hall.",
      "The mayor said the council had asked the province for buses to move residents."),
     [("the mayor", "the council had asked the province for buses to move residents.")]),
    (("Ana Ruiz asked the minister for a meeting within 30 days.",), []),
    (("Ana Ruiz asked reporters for patience while the fire burned.",), []),
    # near misses: a question asked, a request with 'to' (reported as before)
    (("Ana Ruiz asked what the plan was for the lodge.",),
     [("Ana Ruiz", "what the plan was for the lodge.")]),
    (("Ana Ruiz asked why the buses were late for the third time.",),
     [("Ana Ruiz", "why the buses were late for the third time.")]),
    (("Ana Ruiz asked the minister to send buses to the lodge.",),
     [("Ana Ruiz", "the minister to send buses to the lodge.")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ASKED_FOR)
def test_asked_for_a_thing_is_no_speech_reported(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'a student at Lakeview University says': a client of a body does not speak for it --
CLIENTS = [
    (("A nursing student at Lakeview University says the increase would add $900 to her bill.",),
     [("a nursing student at Lakeview University", "the increase would add $900 to her bill.")]),
    (("A nursing student at the University of Manitoba says the fees are too high.",),
     [("a nursing student at the University of Manitoba", "the fees are too high.")]),
    # near misses: a spokesperson speaks for the body; a named student; a street's residents
    (("A spokesperson at Lakeview University says the increase would add $900 to each bill.",),
     [("Lakeview University", "the increase would add $900 to each bill.")]),
    (("Tom Bell, a student at Lakeview University, says the fees are too high.",),
     [("Tom Bell", "the fees are too high.")]),
    (("Residents of Elm Street said the water was brown.",),
     [("residents of Elm Street", "the water was brown.")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CLIENTS)
def test_a_client_of_a_body_does_not_speak_for_it(paragraphs, expected):
    assert said(*paragraphs) == expected
