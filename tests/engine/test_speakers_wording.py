"""How a quotation is worded and marked: 'as X put it', a few quoted words, capitals, titles."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED, find_speakers
from tests.engine.helpers import article, check, said, table_cases

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

# -- a word or two quoted in what the subject said, the verb not beside it --
SHORT_QUOTES = [
    (("Tom Bell responded to the interjection that the tax made him \"smart.\"",),
     {"smart.": "Tom Bell"}),
    (("The storm made the harbour \"a mess\" for weeks.",), {"a mess": None}),
]

# -- a quotation of a word or two opening the sentence is what 'according to X' reports --
SHORT_ACCORDING = [
    (('"Unacceptable," according to Coun. Tom Bell.',), {"Unacceptable": "Tom Bell"}),
    (('"Totally unacceptable," according to the harbour agency.',),
     {"Totally unacceptable": "the harbour agency"}),
    (("“Never again,” according to Mara Lind.",), {"Never again": "Mara Lind"}),
    # near misses: two words the writer's own, not quoted, stay too few to report; a quoted
    # word inside the writer's sentence is reported with it
    (("Unacceptable, according to Tom Bell.",), {"Unacceptable": None}),
    (('The plan is "unacceptable," according to Tom Bell.',),
     {'The plan is "unacceptable,"': "Tom Bell"}),
]

# -- a quotation of several paragraphs whose paragraph breaks were lost: each paragraph still
# reopens it with a straight mark after the end of the sentence before --
LOST_BREAKS = [
    (('Ana Ruiz said: "The ferry is late again. "The pier needs new boards before winter."',),
     {"The ferry is late": "Ana Ruiz", "The pier needs new": "Ana Ruiz"}),
    (('"The ferry is late again. "The pier needs new boards," Ana Ruiz said.',),
     {"The ferry is late": "Ana Ruiz", "The pier needs new": "Ana Ruiz"}),
    (('Ana Ruiz added: "Is the ferry late? "Ask the captain who never sails it on time."',),
     {"Is the ferry late?": "Ana Ruiz", "Ask the captain who": "Ana Ruiz"}),
    (("\"You start to think: 'This is not my ferry.' \"But then you find a way home,\" Ana "
      "Ruiz said.",),
     {"You start to think:": "Ana Ruiz", "But then you find": "Ana Ruiz"}),
    # a quoted word inside a quotation still closes at its own mark
    (('Ana Ruiz said: "The ferry is "late" again and the pier is rotten."',),
     {'The ferry is "late"': "Ana Ruiz", "again and the pier": None}),
]

# -- a quotation the writer never closed ends with its last sentence before the next one opens
UNCLOSED = [
    (('Ana Ruiz said: "The ferry is late again. She added: "The pier needs new boards."',),
     {"The ferry is late": "Ana Ruiz", "The pier needs new": "Ana Ruiz"}),
    (('"The ferry is late again, Ana Ruiz said. Tom Bell replied: "The pier needs new boards."',),
     {"The pier needs new": "Tom Bell"}),
]

# -- a paragraph opening with a misprinted closing mark before a word is a quotation --
MISPRINTED = [
    (("The harbour town waited all week for news.",
      "”Nobody told us anything about the ferry closing.”"),
     {"Nobody told us anything": UNATTRIBUTED}),
    (("Ana Ruiz spoke at the pier on Monday.",
      "”Nobody told us anything about the ferry closing,” she said."),
     {"Nobody told us anything": "Ana Ruiz"}),
]

# -- how someone said it: a manner adverb between the speaker and the verb, inside a clause;
# near misses: a noun ending in -ly heads the subject ('the Ruiz family') --
MANNER = [
    (("It grew urgent after the debate, when Ana Ruiz boldly suggested that Tom Bell "
      '"does not want the town to know what he pays."',),
     {"does not want the": "Ana Ruiz"}),
    (('The fight went on until Ana Ruiz calmly said the plan "was never going to work."',),
     {"was never going to": "Ana Ruiz"}),
    (("The fight went on until Ana Ruiz jokingly told reporters that the plan "
      '"was never going to work."',),
     {"was never going to": "Ana Ruiz"}),
    (('The fight went on until the Ruiz family said the plan "was never going to work."',),
     {"was never going to": "the Ruiz family"}),
]

TABLES = {"worded": WORDED, "short_quotes": SHORT_QUOTES, "short_according": SHORT_ACCORDING,
          "lost_breaks": LOST_BREAKS,
          "unclosed": UNCLOSED, "misprinted": MISPRINTED, "manner": MANNER}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)


def test_a_programme_named_after_the_attribution_is_not_what_was_said():
    quotes = said('"We need to stop painting the police with one brush," Ana Ruiz said on '
                  'CBC\'s "The House."')
    assert quotes == {"Ana Ruiz": ["We need to stop painting the police with one brush"]}


def test_a_quotation_in_capitals_is_shouted_not_a_title():
    check(("Ana Ruiz was furious after the vote.", '"THIS IS A DISGRACE FOR THE TOWN."',
           "The crowd on the pier was loud.", '"SAVE OUR FERRY, SAVE OUR TOWN."'),
          {"THIS IS A DISGRACE": "Ana Ruiz", "SAVE OUR FERRY, SAVE": UNATTRIBUTED})


# -- a short quotation that ends its sentence after a speech verb is speech --
@pytest.mark.parametrize(("sentence", "listed"), [
    ('The board said on Monday: "no."', True),
    ('The board had one word for the ferry: "no."', False),  # a colon without speech
    ('The port announced on Monday that the pier was "unsafe."', True),
    ('The port called the pier a "disgrace" on Monday.', False),  # scare quotes mid-sentence
    ('The mayor read "The Old Pier and the Sea."', False),  # a title
    ('The mayor did not want to talk about the pier but when asked whether it would close '
     'replied: "Is the Sea Not Wet?"', True),  # a speech verb and a colon: speech
    ('The mayor opened a book: "The Old Pier and the Sea."', False),  # a colon, no speech
    ('The pier was "unsafe."', False),  # no speech in the sentence
])
def test_a_short_quotation_closing_a_speech_sentence_is_listed(sentence, listed):
    speakers = find_speakers(article("The vote in the harbour town was close.", sentence))
    quotes = [q.text for s in speakers for q in s.quotes]
    assert bool(quotes) is listed, quotes


def test_an_unclosed_quotation_ends_with_its_last_sentence():
    assert said('Ana Ruiz said: "The ferry is late again. She added: "The pier needs new '
                'boards."') == {"Ana Ruiz": ["The ferry is late again.",
                                             "The pier needs new boards."]}


# -- a single mark nothing closes is an apostrophe ('90s, 'em), not a quotation hiding the
# double-quoted ones after it --
@pytest.mark.parametrize("paragraph", [
    "The band's hit ('90s Ferry Song) made Ana Ruiz famous. \"I still hear it on the pier every "
    'day," she said.',
    "Ana Ruiz said the old boats will get 'em home. \"I still hear it on the pier every day,\" "
    "she said.",
])
def test_an_apostrophe_before_a_quotation_does_not_hide_it(paragraph):
    quotes = [(s.name, q.text, q.direct) for s in find_speakers(article(paragraph))
              for q in s.quotes]
    assert ("Ana Ruiz", "I still hear it on the pier every day", True) in quotes, quotes


# -- a curly-quoted quotation inside a straight-quoted one is part of it --
@pytest.mark.parametrize(("paragraph", "quotes"), [
    ('Ana Ruiz said: "I will read you the question: “Do you trust the ferry?” Most of the town '
     'said no."',
     ["I will read you the question: “Do you trust the ferry?” Most of the town said no."]),
    # no straight mark closes after it: the “ does not nest
    ('Ana Ruiz said: "The ferry is late. “Late again,” the sign says.',
     ["The ferry is late."]),
])
def test_a_quotation_nested_in_another_is_part_of_it(paragraph, quotes):
    assert said(paragraph)["Ana Ruiz"][: len(quotes)] == quotes


# -- 'called X a "…"': what the verb names is the quotation, however short, not the sentence --
@pytest.mark.parametrize(("paragraph", "quote"), [
    ('Ana Ruiz called the new ferry plan a "disaster for the whole town."',
     "disaster for the whole town."),
    ('Ana Ruiz called Tom Bell a "champion."', "champion."),
    ('Ana Ruiz described the harbour board\'s decision as a "huge win for the town."',
     "huge win for the town."),
])
def test_a_calling_verb_names_the_quotation(paragraph, quote):
    quotes = said(paragraph)
    assert quotes.get("Ana Ruiz") == [quote], quotes
