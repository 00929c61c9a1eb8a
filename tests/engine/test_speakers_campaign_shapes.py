"""Quotation shapes of US campaign coverage (session 11, invented articles): a chant of one
word or phrase repeated ('"Ray! Ray! Ray!"') is said, not a title; and the near misses."""

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
}


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
