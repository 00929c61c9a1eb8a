"""Speech told by a noun with a possessor: 'Ruiz's claim that …', 'his promise to …'."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, check, said, table_cases, who_said

NOUN_CUES = {
    "possessive-name": [
        (("Ana Ruiz runs the port. Ruiz's claim that the port was safe surprised the board.",),
         {"the port was safe": "Ana Ruiz"}),
        (("Critics seized on Tom Bell's earlier denial that the pier had been unsafe for years.",),
         {"the pier had been": "Tom Bell"}),
    ],
    "possessive-pronoun": [
        (("Tom Bell, the mayor, spoke on Monday. His promise to rebuild the pier won applause.",),
         {"to rebuild the pier": "Tom Bell"}),
        (("Maria Lopez visited the pier. Her warning that the pier was unsafe came too late.",),
         {"the pier was unsafe": "Maria Lopez"}),
    ],
    "possessive-noun": [
        (("The minister's statement that the ferry would run all winter was welcomed.",),
         {"the ferry would run": "the minister"}),
        (("Residents doubted the harbour board's announcement that fares would fall in May.",),
         {"fares would fall in": "the harbour board"}),
    ],
    "of-phrase": [
        (("The warning of the minister that the pier was unsafe went unheeded.",),
         {"the pier was unsafe": "the minister"}),
        (("The promise of the minister to rebuild the pier won applause.",),
         {"to rebuild the pier": "the minister"}),
    ],
    "titled-possessor": [
        (("Mr. Sam Osei spoke on Monday. Mr. Osei's claim that the port was safe surprised "
          "the board.",),
         {"the port was safe": "Sam Osei"}),
    ],
    "hearer-before-that": [
        (("Maria Lopez spoke later. Her warning to residents that the water was unsafe came "
          "late.",),
         {"the water was unsafe": "Maria Lopez"}),
        (("Tom Bell spoke later. His promise to the voters that taxes would fall was "
          "welcomed.",),
         {"taxes would fall": "Tom Bell", "to the voters that": None}),
    ],
}

NEAR_MISSES = {
    "no-possessor": [
        (("The claim that the port was safe was false, the report found.",),
         {"the port was safe": None}),
    ],
    "not-speech": [
        (("Claims adjusters met the board on Monday to discuss the flood damage.",),
         {"adjusters met the board": None}),
        (("The bank sent a statement of account that listed every fee twice.",),
         {"listed every fee twice.": None}),
        (("Ana Ruiz's claim to the land along the harbour is an old one.",),
         {"the land along the": None, "to the land along": None}),
        (("Ana Ruiz runs the farm. Her claim to the land that her father farmed is old.",),
         {"her father farmed is": None}),
        (("We know from Tom Bell's financial disclosure statements that most of his money is "
          "in property.",),
         {"most of his money": None}),
    ],
    "a-day-is-no-speaker": [
        (("Monday's statement that fares would rise again angered riders.",),
         {"fares would rise again": None}),
    ],
    "by-a-body": [
        (("A statement by the ministry that fares would rise was posted online.",),
         {"fares would rise was": None}),
    ],
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(NOUN_CUES))
def test_a_speech_noun_with_a_possessor_reports_speech(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(NEAR_MISSES))
def test_a_speech_noun_without_a_speaker_reports_nothing(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize(("sentence", "content"), [
    ("Ruiz's claim that the port was safe surprised the board.", "the port was safe"),
    ('Ruiz\'s claim that the vote was "rigged" drew fire.', 'the vote was "rigged"'),
    ("Ruiz's claim that the port was safe drew fire.", "the port was safe"),
    ("Ruiz's answer that the port was safe surprised nobody.", "the port was safe"),
    ("Ruiz's claim that the port would have been closed in March was false.",
     "the port would have been closed in March"),
    ("Contrary to Tom Bell's assertion that the budget was balanced, the port lost money.",
     "the budget was balanced"),
    ('The first minister\'s statement that it was fine "once in a while" has angered parents.',
     'it was fine "once in a while"'),
])
def test_a_that_clause_in_the_subject_ends_before_the_sentences_verb(sentence, content):
    (quotes,) = said("Ana Ruiz and Tom Bell run the port.", sentence).values()
    assert quotes == [content]


def test_a_reply_after_a_possessor_and_a_colon_is_the_possessors():
    # 'response', 'reply', 'answer' and 'retort' report what was said, as 'claim' does
    text = ('Ana Ruiz runs the port. Ruiz\'s response: "The port is safe and will stay open."',)
    assert who_said(*text) == {"The port is safe": "Ana Ruiz"}


def test_the_mention_is_the_possessor_as_written():
    a = article("Mr. Sam Osei spoke on Monday. Mr. Osei's claim that the port was safe "
                "surprised the board.")
    (speaker,) = find_speakers(a)
    (quote,) = speaker.quotes
    assert quote.mention == "Mr. Osei" == a.text[quote.speaker_start : quote.speaker_end]


def test_the_speech_verb_keeps_the_content_a_noun_in_its_adverbial_also_holds():
    assert said("Ana Ruiz said in her statement that fares would rise in May.") == {
        "Ana Ruiz": ["fares would rise in May."]}
    assert said("In his reply, Tom Bell said the pier would reopen in May.") == {
        "Tom Bell": ["the pier would reopen in May."]}
