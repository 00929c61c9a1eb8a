"""Quotation frames news writes without a plain 'X said': the verb before its subject after a
quotation ('"Nonsense," scoffed Bell'), and the near misses that report nothing."""

from __future__ import annotations

import pytest

from desktop.engine.speakers.resolve import UNATTRIBUTED
from tests.engine.helpers import check, said, table_cases

INTRO = "Nora Quill chairs the harbour board. Owen Dray leads the ferry union."

FRAMES = {
    "verb-before-its-subject": [
        ((INTRO, '"That is simply not true," fumed Dray.'), {"That is simply not": "Owen Dray"}),
        ((INTRO, '"Nonsense," scoffed Quill.'), {"Nonsense": "Nora Quill"}),
        ((INTRO, '"Not bad for a first season," laughed the skipper.'),
         {"Not bad for a": "the skipper"}),
        ((INTRO, '"Who will pay for the second ferry?" wondered Quill.'),
         {"Who will pay for": "Nora Quill"}),
        ((INTRO, '"The pier is safe," observed Dray on Tuesday.'),
         {"The pier is safe": "Owen Dray"}),
    ],
    "manner-of-speaking": [
        ((INTRO, '"Get off the pier," Quill hissed.'), {"Get off the pier": "Nora Quill"}),
        ((INTRO, '"Never," roared Dray.'), {"Never": "Owen Dray"}),
        ((INTRO, '"It is gone, all of it," the skipper wailed.'),
         {"It is gone, all": "the skipper"}),
    ],
    "short-quotation-then-apposition": [
        ((INTRO, '"Never," Quill, 62, said.'), {"Never": "Nora Quill"}),
        ((INTRO, '"Wrong," Dray, the union\'s leader, insisted.'), {"Wrong": "Owen Dray"}),
        ((INTRO, '"Absolutely," Rep. Al Webb, R-Texas, said.'), {"Absolutely": "Al Webb"}),
    ],
    "a-sentence-with-capitals-is-no-title": [
        ((INTRO, 'Dray, asked about the ferry: "It sails Monday."'),
         {"It sails Monday.": "Owen Dray"}),
        ((INTRO, 'Quill, on the vote: "Moncton decides Tuesday."'),
         {"Moncton decides Tuesday.": "Nora Quill"}),
    ],
    "possessor-noun-colon": [
        ((INTRO, 'Dray\'s take: "It is a tax grab, plain and simple."'),
         {"It is a tax": "Owen Dray"}),
        ((INTRO, 'Quill toured the new rink. Her verdict: "It is a waste of money."'),
         {"It is a waste": "Nora Quill"}),
        ((INTRO, 'Dray\'s response to critics: "Read the budget first."'),
         {"Read the budget first.": "Owen Dray"}),
        ((INTRO, 'Quill\'s advice for first-time buyers: "Wait a year."'),
         {"Wait a year.": "Nora Quill"}),
    ],
    "the-reply-from": [
        ((INTRO, 'The answer from the ministry: "The file is under review."'),
         {"The file is under": "the ministry"}),
        ((INTRO, 'The reply from Dray was short: "No comment."'), {"No comment.": "Owen Dray"}),
        ((INTRO, 'A statement from the harbour board read: "The pier reopens Monday."'),
         {"The pier reopens Monday.": "the harbour board"}),
        ((INTRO, '"Never again," came the reply from the skipper.'),
         {"Never again": "the skipper"}),
    ],
    "written-messages": [
        ((INTRO, '"Call me when the ferry is fixed," Quill texted.'),
         {"Call me when the": "Nora Quill"}),
        ((INTRO, "Dray emailed that the crossing would stay closed until May."),
         {"the crossing would stay": "Owen Dray"}),
        ((INTRO, '"We are on our way," Dray messaged the crew.'), {"We are on our": "Owen Dray"}),
    ],
    "recap-of-the-quotation": [
        ((INTRO, '"Too little, too late," was how Quill described the offer.'),
         {"Too little, too late": "Nora Quill"}),
        ((INTRO, '"Not again," is what Dray said when the pier fell.'), {"Not again": "Owen Dray"}),
        ((INTRO, '"Nobody on this street was told." That from Quill, who has lived there for '
                 "decades."), {"Nobody on this street": "Nora Quill"}),
        ((INTRO, '"We lost the vote." That\'s from Dray.'), {"We lost the vote.": "Owen Dray"}),
        ((INTRO, '"No," was all Dray would say.'), {"No": "Owen Dray"}),
        ((INTRO, '"No comment" is all Quill would say about it.'), {"No comment": "Nora Quill"}),
    ],
    "a-question-to-the-reader": [
        ((INTRO, 'Dray\'s reply? "Come back when you have a real plan."'),
         {"Come back when you": "Owen Dray"}),
        ((INTRO, 'Quill toured the new rink. Her verdict? "A waste of money."'),
         {"A waste of money.": "Nora Quill"}),
        ((INTRO, "The union's answer?", '"We walk out on Monday."'),
         {"We walk out on": "the union"}),
        ((INTRO, 'Dray\'s answer? "Nobody knows," Quill said.'), {"Nobody knows": "Nora Quill"}),
    ],
    "a-statement-presented": [
        ((INTRO, "Here is the ferry union's full statement:", '"We walk out on Monday. We are '
                 'ready to talk."'), {"We walk out on": "the ferry union"}),
        ((INTRO, "Here's Quill's statement:", '"The pier reopens Monday."'),
         {"The pier reopens Monday.": "Nora Quill"}),
        ((INTRO, 'Here are Dray\'s remarks: "Nobody was hurt."'),
         {"Nobody was hurt.": "Owen Dray"}),
        ((INTRO, "The harbour board's full statement:", '"The pier reopens Monday."'),
         {"The pier reopens Monday.": "the harbour board"}),
    ],
    "called-words-before-a-colon": [
        ((INTRO, 'Quill had one word for the plan: "Shameful."'), {"Shameful.": "Nora Quill"}),
        ((INTRO, 'Dray summed it up in two words: "Never again."'), {"Never again.": "Owen Dray"}),
    ],
}
PARTNERS = "A fire destroyed the barn on the Quill farm on Sunday."


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(FRAMES))
def test_frames_name_the_speaker(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize("sentence", [
    '"We will rebuild the barn by spring," Nora Quill and her husband Owen Dray said.',
    "Nora Quill and her husband Owen Dray said they will rebuild the barn by spring.",
])
def test_a_partner_named_by_role_without_commas_speaks_too(sentence):
    assert set(said(PARTNERS, sentence)) == {"Nora Quill", "Owen Dray"}


@pytest.mark.parametrize("sentence", [
    "Nora Quill and her husband Owen Dray own the barn.",  # no speech
    'The council thanked Nora Quill and her husband Owen Dray for the "barn dance."',
])
def test_partners_who_say_nothing(sentence):
    assert set(said(PARTNERS, sentence)) <= {UNATTRIBUTED}


@pytest.mark.parametrize("sentence", [
    'The town holds "Harbour Days," observed every August since 1990.',  # no subject after
    'The board named it "Harbour Days," reiterated in every poster.',
    'The union "observed" Dray on the pier.',  # a quoted word and a verb, no frame
    "Quill wondered whether the second ferry would ever sail.",
    "The agency's take: 30 per cent of every ticket.",  # no quotation after the colon
    'Dray\'s take on the "ferry tax" is well known.',
    "Her verdict: guilty on all counts.",
    'The new ferry is named "Pride of the Bay."',  # a name: its small words are function words
    "Quill cried at the funeral on Monday.",  # a manner verb alone: no speech
    "The crowd roared when the ferry finally docked.",
    "Dray mumbled an apology and left the room.",
    "Quill texted her daughter from the wharf.",  # a message sent, nothing said
    "Dray emailed the report to council on Monday.",
    '"Harbour Days" is what the town calls its fair.',  # a name, no speaker after the recap
    '"Safe and sound" was how the report described the pier.',
    '"Go" was all it took to clear the pier.',
    '"We lost." That from a town that never loses.',
    'The sign on the pier had one word on it: "Closed."',  # a sign's words, no speaker
    'Dray had a theme for the night: "Hope."',  # not called words: a term
    "Her answer? No.",  # no quotation answers the question
    'What was the answer? The "harbour fee" went up.',
    "The answer from the ministry is clear: taxes go up.",  # no quotation after the colon
    'The reply from the ministry, sent on Monday, said the "review" goes on.',
    'Here is the union\'s offer: "Four per cent a year."',  # an offer is no speech noun
    'Here is the timeline: "Monday" for the pier, "May" for the ferry.',
    "Here is Monday's statement: \"The pier reopens.\"",  # a day owns no statement
    'Here is the harbour board\'s statement on the "pier fee."',  # no colon, nothing presented
])
def test_near_misses_name_no_speaker(sentence):
    assert set(said(INTRO, sentence)) <= {UNATTRIBUTED}


@pytest.mark.parametrize("paragraphs", [
    ("Here is the ferry union's statement:", "Its members walk out on Monday."),  # no quotation
    ("Here is the ferry union's offer:", '"Four per cent a year."'),
    ("Here is what the ferry union offered:", '"Four per cent a year."'),
])
def test_presented_without_a_statement_names_no_speaker(paragraphs):
    assert set(said(INTRO, *paragraphs)) <= {UNATTRIBUTED}
