"""A campaign ad called 'the spot' or 'the commercial' speaks its own words, not the
candidate's."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check

SPOKEN = {
    "spot": (('Donald Trump attacked Ruiz at a rally. His campaign also aired a television ad. '
              '"Ana Ruiz is wrong for Ohio and wrong for you," the spot says.',),
             {"Ana Ruiz is wrong": "the spot"}),
    "commercial": (('"She raised your taxes," Tom Long said. "Ana Ruiz failed Ohio families," '
                    "the commercial says.",),
                   {"Ana Ruiz failed Ohio": "the commercial", "She raised your taxes": "Tom Long"}),
}

# near misses: 'the spot' with no speech verb
NOT_SPOKEN = [
    (('Ana Ruiz stood at the spot where it happened. "We will not forget," she said.',),
     {"We will not forget": "Ana Ruiz"}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SPOKEN.values(), ids=SPOKEN.keys())
def test_an_ad_speaks(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize(("paragraphs", "expected"), NOT_SPOKEN)
def test_a_spot_that_says_nothing_is_no_speaker(paragraphs, expected):
    check(paragraphs, expected)
