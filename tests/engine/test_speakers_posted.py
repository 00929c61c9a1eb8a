"""'posted on Facebook that …' and '"…," Ruiz posted on X.': a post on social media reports
speech, as 'tweeted' does; other senses of 'posted' ('posted bail', 'posted a loss', 'kept us
posted on') report nothing."""

from __future__ import annotations

import pytest

from tests.engine.helpers import said

POSTED = {
    "that": ("Ana Ruiz posted on Instagram that the bridge would reopen next month.",
             {"Ana Ruiz": ["the bridge would reopen next month."]}),
    "that-quote": ('Kelly Durant posted on Facebook that "the chief says what the mayor wants."',
                   {"Kelly Durant": ["the chief says what the mayor wants."]}),
    "quote-first": ('"It is done, and it was worth it," Ruiz posted on X.',
                    {"Ruiz": ["It is done, and it was worth it"]}),
    "quote-first-time": ('"We will be back next year," Tom Long posted on Facebook on Sunday.',
                         {"Tom Long": ["We will be back next year"]}),
}

NOT_POSTED = [
    "Tom Bell posted bail on Monday and went home to his family.",
    "The company posted a loss of three million dollars in the quarter.",
    "She kept us posted on the talks all week at the harbour.",
    "He posted on the door a notice about the meeting on Friday.",
]


@pytest.mark.parametrize(("sentence", "expected"), POSTED.values(), ids=POSTED.keys())
def test_a_post_on_social_media_is_speech(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_POSTED)
def test_other_senses_of_posted_report_nothing(sentence):
    assert said(sentence) == {}
