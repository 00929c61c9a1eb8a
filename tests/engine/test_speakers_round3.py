"""Round 3 of attribution conventions (issue 9), one table per kind, in invented sentences."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED, find_speakers
from tests.engine.helpers import article, check, said, table_cases

# -- a role between typewriter dashes ('Ruiz -- a former aide -- said') --
DASHED = [
    (('Ana Ruiz -- a former aide to the mayor -- said the budget would fail by spring.',),
     {"the budget would fail": "Ana Ruiz"}),
    (('"The budget will fail by spring," Ana Ruiz -- a former aide to the mayor -- said.',),
     {"The budget will fail": "Ana Ruiz"}),
    (('Ana Ruiz — a former aide to the mayor — said the budget "will fail by spring."',),
     {"will fail by spring.": "Ana Ruiz"}),
]

# -- a quotation with no speech verb, after the sentence about its speaker --
LEADS = [
    (("Coach Erik Lind was blunt after the loss.", '"We stopped skating in the third period."'),
     {"We stopped skating in": "Erik Lind"}),
    (("Maria Costa runs the bakery on Main Street.", "She shook her head.",
      '"The rent has doubled since the spring."'),
     {"The rent has doubled": "Maria Costa"}),
    (("Ana Ruiz, the union president, did not hold back.",
      '"This is the worst contract we have seen. Our members deserve better."'),
     {"This is the worst": "Ana Ruiz"}),
    (("Tom Bell sells bread at the market.", "Bell, 61, has seen worse winters.",
      '"The flour costs twice what it did. Nobody buys the big loaves now."',
      '"I bake half as many as I did last year."'),
     {"The flour costs twice": "Tom Bell", "I bake half as": "Tom Bell"}),
    (("Erik Lind joined the club in May.", "His coach, Ana Ruiz, agreed with him.",
      '"He is right about that week and the next."'),
     {"He is right about": "Ana Ruiz"}),
    (("Erik Lind joined the club in May.", "The team doctor, Ana Ruiz, was more cautious.",
      '"He needs rest before he plays again."'),
     {"He needs rest before": "Ana Ruiz"}),
    (("Erik Lind joined the club in May.",
      'Lind has a simple message for the fans: "Be patient with us this winter."'),
     {"Be patient with us": "Erik Lind"}),
    (("Erik Lind joined the club in May.", 'Lind has one thing on his mind: "the cup."'),
     {"the cup.": None}),
    (("Erik Lind joined the club in May.", "The team lost again on Friday.",
      '"We stopped skating in the third period." Lind shook his head.'),
     {"We stopped skating in": "Erik Lind"}),
    # not a person: an organisation, a town, a possessive, 'it'; and a quotation said by another
    (("The council voted five to four on Monday.", '"This is a disaster for the whole town."'),
     {"This is a disaster": UNATTRIBUTED}),
    (("Halifax lost power on Monday. Halifax stayed dark all night.",
      '"This is a disaster for the whole town."'),
     {"This is a disaster": UNATTRIBUTED}),
    (("Tom Bell sells bread.", "Bell's landlord raised the rent.",
      '"The flour costs twice what it did."'),
     {"The flour costs twice": UNATTRIBUTED}),
    (("Tom Bell sells bread.", "It was a long winter.", '"The flour costs twice what it did."'),
     {"The flour costs twice": UNATTRIBUTED}),
    (("Tom Bell sells bread.", '"The flour costs twice what it did," said Ana Ruiz.'),
     {"The flour costs twice": "Ana Ruiz"}),
]

# -- how someone worded it: 'as X put it', 'in the words of X' --
WORDED = [
    (('As Mara Lind put it, "The boats are older than the captains."',),
     {"The boats are older": "Mara Lind"}),
    (('"The boats are older than the captains," as Mara Lind put it.',),
     {"The boats are older": "Mara Lind"}),
    (('The boats, as Mara Lind puts it, are "older than the captains who sail them."',),
     {"older than the captains": "Mara Lind"}),
    (('Mara Lind put it bluntly: "The boats are older than the captains."',),
     {"The boats are older": "Mara Lind"}),
    (('In the words of Mara Lind, "The boats are older than the captains."',),
     {"The boats are older": "Mara Lind"}),
    (('The ferry plan was "a total and complete disaster," in the words of the mayor.',),
     {"a total and complete": "the mayor"}),
    (('Mara Lind put it on the table after the "worst meeting of the whole year."',),
     {"worst meeting of the": UNATTRIBUTED}),
]

# -- transcript lines: 'NAME: words', quoted or not --
TRANSCRIPTS = [
    (("Dana Reyes spoke with Mayor Tom Alder on the morning show.",
      "REYES: Will the ferry run on time this summer?",
      "ALDER: Well, I think every ferry will leave on time from June.",
      "UPDATE: The ferry schedule was published on Monday afternoon."),
     {"Will the ferry run": "Dana Reyes", "Well, I think every": "Tom Alder",
      "The ferry schedule was": None}),
    (("Dana Reyes spoke with Mayor Tom Alder on the morning show.",
      '"REYES: Will the ferry run on time this summer?',
      '"ALDER: Well, I think every ferry will leave on time from June.',
      '"And the new boats will come before the winter storms."'),
     {"Will the ferry run": "Dana Reyes", "Well, I think every": "Tom Alder",
      "And the new boats": "Tom Alder"}),
    (("Ana Ruiz has coached the Halifax team for ten years. We spoke with Ruiz before the "
      "final.", "Q: Why did you stay so long in one town?",
      "A: I wanted to build something here with these players.", "Q: What comes next?",
      "A: Another title, I hope, and then a long rest."),
     {"I wanted to build": "Ana Ruiz", "Another title, I hope,": "Ana Ruiz",
      "Why did you stay": None}),
    (("CORRECTION: An earlier version of this story gave the wrong date for the vote.",
      "The council will vote on the ferry plan next week."), {"An earlier version of": None}),
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

# -- a quotation whose attribution follows it is not the previous speaker's follow-on --
ATTRIBUTED_LATER = [
    (("Council members said the budget was on the line.",
      '"We cannot cut the ferry again. The town needs it," councillor Tom Alder said. '
      '"Nobody voted for this."'),
     {"We cannot cut the": "Tom Alder", "Nobody voted for this.": "Tom Alder",
      "the budget was on": "council members"}),
    (('"The ferry runs on time," Ana Ruiz said.',
      '"It did not run once in May. Not once," said Tom Alder.'),
     {"The ferry runs on": "Ana Ruiz", "It did not run": "Tom Alder"}),
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

# -- a word or two quoted in what the subject said, the verb not beside it --
SHORT_QUOTES = [
    (("Tom Bell responded to the interjection that the tax made him \"smart.\"",),
     {"smart.": "Tom Bell"}),
    (("The storm made the harbour \"a mess\" for weeks.",), {"a mess": None}),
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


TABLES = {
    "short_quotes": SHORT_QUOTES,
    "ages": AGES,
    "polls": POLLS,
    "possessives": POSSESSIVES,
    "attributed_later": ATTRIBUTED_LATER,
    "institutions": INSTITUTIONS,
    "dashed": DASHED,
    "leads": LEADS,
    "worded": WORDED,
    "transcripts": TRANSCRIPTS,
    "opening_role": OPENING_ROLE,
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize("sentence", [
    'Ruiz said the plan — if there is one — would fail and cost the town its ferry.',
    'Ruiz said the plan would fail: "It is a plan — if you can call it one — for nothing."',
])
def test_reported_speech_runs_past_a_pair_of_dashes(sentence):
    (quote,) = said(sentence)["Ruiz"]
    assert quote.rstrip('."').endswith(("ferry", "for nothing"))


def test_a_quotation_attributed_after_it_is_not_the_speaker_before_too():
    quotes = said("Council members said the budget was on the line.",
                  '"We cannot cut the ferry again. The town needs it," councillor Tom Alder '
                  'said. "Nobody voted for this."')
    assert quotes["council members"] == ["the budget was on the line."]
    assert quotes["Tom Alder"][0].startswith("We cannot cut the ferry again.")


@pytest.mark.parametrize("form", ["mused", "lamented", "emphasised", "retorted", "whispered",
                                  "muttered", "exclaimed", "pleaded", "cautioned"])
def test_more_speech_verbs(form):
    check((f'"The ferry will not run again this winter," Ana Ruiz {form}.',),
          {"The ferry will not": "Ana Ruiz"})


def test_a_second_that_clause_goes_on_the_reported_speech():
    (quote,) = said("Ana Ruiz said that the ferry was late again, and that nobody had told the "
                    "passengers why.")["Ana Ruiz"]
    assert quote.endswith("nobody had told the passengers why.")
    (quote,) = said("Ana Ruiz said that the ferry was late again, and the mayor left the "
                    "room.")["Ana Ruiz"]
    assert quote == "the ferry was late again"


def test_a_programme_named_after_the_attribution_is_not_what_was_said():
    quotes = said('"We need to stop painting the police with one brush," Ana Ruiz said on '
                  'CBC\'s "The House."')
    assert quotes == {"Ana Ruiz": ["We need to stop painting the police with one brush"]}


def test_a_quotation_in_capitals_is_shouted_not_a_title():
    check(("Ana Ruiz was furious after the vote.", '"THIS IS A DISGRACE FOR THE TOWN."',
           "The crowd on the pier was loud.", '"SAVE OUR FERRY, SAVE OUR TOWN."'),
          {"THIS IS A DISGRACE": "Ana Ruiz", "SAVE OUR FERRY, SAVE": UNATTRIBUTED})


def test_a_clause_of_the_writers_after_and_ends_the_reported_speech():
    quotes = said("Councillors said they were convinced the port had mishandled the vote and "
                  "Liberals accused them of stoking the row.")
    assert quotes == {"councillors": ["they were convinced the port had mishandled the vote"]}
