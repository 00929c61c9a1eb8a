"""Verbs that report speech only in the frame of a quotation ('"…?" Ruiz wondered'), and the
frame's limits: not across a paragraph break, not after 'and'; and a time alone after a verb,
which says when, not what."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check, said, table_cases

INTRO = "Ana Ruiz chairs the harbour board. Tom Bell leads the ferry union."

FRAMED = {
    "after-the-quotation": [
        ((INTRO, '"Who would pay for a second ferry?" Bell wondered.'),
         {"Who would pay for": "Tom Bell"}),
        ((INTRO, '"Not bad for a first season," the skipper laughed.'),
         {"Not bad for a": "the skipper"}),
        ((INTRO, '"It is a disgrace to this town," Ruiz fumed.'),
         {"It is a disgrace": "Ana Ruiz"}),
        ((INTRO, '"Maybe the port will pay," Bell ventured, "but I doubt it."'),
         {"Maybe the port will": "Tom Bell"}),
        ((INTRO, '"We have been here before," Bell sighed on Tuesday.'),
         {"We have been here": "Tom Bell"}),
    ],
    "colon-after-the-verb": [
        ((INTRO, 'Bell sighed: "We have been here before."'), {"We have been here": "Tom Bell"}),
        ((INTRO, 'Ruiz wondered aloud: "Who would pay for it?"'),
         {"Who would pay for": "Ana Ruiz"}),
    ],
    "that-verb-after-the-quotation": [
        ((INTRO, '"There is no money left for the pier," Ruiz observed.'),
         {"There is no money": "Ana Ruiz"}),
        ((INTRO, '"The ferry will not sail this winter," Bell reiterated.'),
         {"The ferry will not": "Tom Bell"}),
    ],
    "speech-with-that": [
        ((INTRO, "Ruiz clarified that the vote would go ahead on Friday."),
         {"the vote would go": "Ana Ruiz"}),
        ((INTRO, "Bell grumbled that nobody had asked the crews."),
         {"nobody had asked the": "Tom Bell"}),
    ],
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(FRAMED))
def test_speech_in_the_frame_of_a_quotation(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize("sentence", [
    "Ruiz wondered whether the second ferry would ever sail.",  # a thought, not speech
    "Bell laughed at the joke and left the room.",
    "The study concluded that the new hull was safe.",
    "Ruiz offered the union a deal on Tuesday.",
    "Bell pressed the button and the ramp came down.",
])
def test_alone_they_report_nothing(sentence):
    assert said(INTRO, sentence) == {}


def test_a_quotation_in_the_paragraph_before_is_not_the_frame():
    quotes = said(INTRO, 'Bell said: "We are ready to sail."',
                  "Ruiz wondered whether the crews would agree.",
                  'Bell said: "We are ready."', "Ruiz accused the crews of stalling the talks.")
    assert quotes == {"Tom Bell": ["We are ready to sail.", "We are ready."]}


def test_and_after_the_quotation_is_no_subject():
    quotes = said(INTRO, 'Ruiz called the figures "a misleading use of numbers," and concluded '
                  "the ferry would never pay.")
    assert all("never pay" not in q for qs in quotes.values() for q in qs), quotes


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Glaciers lost ice at twice the rate scientists predicted a decade ago.", {}),
    ("The fares rose faster than Ruiz predicted last year.", {}),
    # near misses: a time before what was said, and a content that only opens with one
    ("Ruiz predicted last year that fares would rise.", {"Ana Ruiz": ["fares would rise."]}),
    ("Ruiz said the ferry would be late again next week.",
     {"Ana Ruiz": ["the ferry would be late again next week."]}),
])
def test_a_time_alone_after_the_verb_is_when_not_what(sentence, expected):
    assert said(INTRO, sentence) == expected
