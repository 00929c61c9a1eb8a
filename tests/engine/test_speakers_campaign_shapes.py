"""Quotation shapes of US campaign coverage (session 11, invented articles): a chant of one
word or phrase repeated ('"Ray! Ray! Ray!"') is said, not a title; a quotation presented by a
relative clause and its colon is the quotation alone; and the near misses."""

from __future__ import annotations

import pytest

from desktop.engine.speakers.resolve import UNATTRIBUTED
from tests.engine.helpers import check, said, table_cases

INTRO = "Nora Quill is running for governor. Owen Dray is the state's senior senator."

SHAPES = {
    "a-chant-is-said": [
        ((INTRO, 'The hall filled with a chant: "Owen! Owen! Owen!"'),
         {"Owen! Owen! Owen!": UNATTRIBUTED}),
        ((INTRO, 'Then the delegates rose. "Quill! Quill!"'), {"Quill! Quill!": UNATTRIBUTED}),
        ((INTRO, 'The balcony answered with a chant: "Four More Years! Four More Years!"'),
         {"Four More Years! Four": UNATTRIBUTED}),
    ],
    "relative-clause-then-colon": [
        ((INTRO, 'Dray answered with a line that has become a fixture of his rallies: '
                 '"We will fix it ourselves."'), {"We will fix it": "Owen Dray"}),
        ((INTRO, 'Quill closed with a promise which drew the loudest cheers of the night, from '
                 'the farmers at the back: "No more closed mills."'),
         {"No more closed mills.": "Nora Quill"}),
    ],
}

REPORTED_THEN_COLON = [  # reported content before the colon is what was said, and stays
    ('Dray said the plan was simple: "It will fail."', "the plan was simple"),
    ('Quill said that the answer was short: "No."', "the answer was short"),
    ('Dray answered that the vote which was held on Monday had one message: "Fix the mills."',
     "the vote which was held"),
]


@pytest.mark.parametrize(("sentence", "kept"), REPORTED_THEN_COLON)
def test_reported_content_before_a_colon_stays(sentence, kept):
    quotes = [q for texts in said(INTRO, sentence).values() for q in texts]
    assert any(q.startswith(kept) for q in quotes), quotes


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(SHAPES))
def test_campaign_shapes(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize("sentence", [
    'Her favourite film is "New York, New York."',  # a title repeating a name, no chant
    'The band closed with "Dream On" and the hall went dark.',
    'The banner read "Quill for Governor."',
    'She hung a poster that said "Go West! Go East!" by the door.',  # two phrases, no repeat
])
def test_near_misses_list_nothing(sentence):
    assert not said(INTRO, sentence)
