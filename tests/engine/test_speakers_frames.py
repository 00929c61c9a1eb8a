"""Quotation frames news writes without a plain 'X said': the verb before its subject after a
quotation ('"Nonsense," scoffed Bell'), and the near misses that report nothing."""

from __future__ import annotations

import pytest

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
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(FRAMES))
def test_frames_name_the_speaker(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize("sentence", [
    'The town holds "Harbour Days," observed every August since 1990.',  # no subject after
    'The board named it "Harbour Days," reiterated in every poster.',
    'The union "observed" Dray on the pier.',  # a quoted word and a verb, no frame
    "Quill wondered whether the second ferry would ever sail.",
])
def test_near_misses_report_nothing(sentence):
    assert said(INTRO, sentence) == {}
