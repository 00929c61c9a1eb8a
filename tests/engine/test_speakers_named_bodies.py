"""A campaign ad called 'the spot' or 'the commercial' speaks its own words, not the candidate's;
'the committee wrote' is the committee named last before it, a paragraph or two back."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check

FILLER = "The hearing room was full of reporters and staff for most of the long afternoon. " * 14

SPOKEN = {
    "spot": (('Donald Trump attacked Ruiz at a rally. His campaign also aired a television ad. '
              '"Ana Ruiz is wrong for Ohio and wrong for you," the spot says.',),
             {"Ana Ruiz is wrong": "the spot"}),
    "commercial": (('"She raised your taxes," Tom Long said. "Ana Ruiz failed Ohio families," '
                    "the commercial says.",),
                   {"Ana Ruiz failed Ohio": "the commercial", "She raised your taxes": "Tom Long"}),
    "latest-committee": (
        ("The House Judiciary Committee sent a letter to Tom Long in March.",
         '"You must appear before us," the committee wrote.',
         "In June, the Senate Intelligence Committee sent its own letter.",
         '"We ask for every record you hold," the committee wrote.'),
        {"You must appear before": "House Judiciary Committee",
         "We ask for every": "Senate Intelligence Committee"}),
    "party": (("The Labour Party met in Brighton.", '"We will win," the party said.'),
              {"We will win": "Labour Party"}),
}

# near misses: a body named only in a person's title, one named too far back, a noun that is no
# body's head, 'the spot' with no speech verb
NOT_SPOKEN = [
    (("Judiciary Committee Chairman Tom Long sent a letter.",
      '"You must appear before us," the committee wrote.'),
     {"You must appear before": "the committee"}),
    (("The House Judiciary Committee sent a letter.", FILLER,
      '"You must appear before us," the committee wrote.'),
     {"You must appear before": "the committee"}),
    (("Harbour Street was closed.", '"It is a mess," the street said.'),
     {"It is a mess": "Unattributed quotes"}),
    (('Ana Ruiz stood at the spot where it happened. "We will not forget," she said.',),
     {"We will not forget": "Ana Ruiz"}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SPOKEN.values(), ids=SPOKEN.keys())
def test_an_ad_or_a_named_body_speaks(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize(("paragraphs", "expected"), NOT_SPOKEN)
def test_no_body_named_near_leaves_the_description(paragraphs, expected):
    check(paragraphs, expected)
