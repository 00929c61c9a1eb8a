"""Shapes of long feature articles (evacuations, earnings, courts): a quotation standing alone
after the sentence that introduces its speaker at length, and the person an apposition
introduced taken back by its description."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED
from tests.engine.helpers import check, table_cases

_QUOTE = '"Every hour the water is a little closer to the porch."'
_FLOOD = "The river rose again overnight."

# -- a quotation with no speech verb after a sentence whose subject a relative clause of any
# length follows ('Lena Marsh, who moved here … with her sons, spent the night …') --
RELATIVE_LEADS = [
    ((_FLOOD, "Lena Marsh, who moved to the valley from Regina four years ago with her two "
      "sons, spent the night in a school gym.", _QUOTE),
     {"Every hour the water": "Lena Marsh"}),
    ((_FLOOD, "Lena Marsh, who moved to the valley from Regina, Sask., four years ago with her "
      "two sons, spent the night in a school gym.", _QUOTE),
     {"Every hour the water": "Lena Marsh"}),
    ((_FLOOD, "Omar Field, whose bakery has stood on the flats by the old rail bridge since "
      "1994, packed his ovens into a rented truck.", _QUOTE),
     {"Every hour the water": "Omar Field"}),
    # near misses: two subjects, a possessive, a place, people unnamed
    ((_FLOOD, "Lena Marsh, who moved to the valley four years ago, and her husband spent the "
      "night in a school gym.", _QUOTE),
     {"Every hour the water": UNATTRIBUTED}),
    ((_FLOOD, "Lena Marsh's landlord, who lives in Calgary with his family, raised the rent.",
      _QUOTE),
     {"Every hour the water": UNATTRIBUTED}),
    ((_FLOOD, "Marsh Creek, which runs past the town from the hills above it, burst its banks.",
      _QUOTE),
     {"Every hour the water": UNATTRIBUTED}),
    ((_FLOOD, "Residents who moved to the valley from Regina with their sons spent the night "
      "in a gym.", _QUOTE),
     {"Every hour the water": UNATTRIBUTED}),
]


@pytest.mark.parametrize(("paragraphs", "expected"),
                         table_cases({"relative-lead": RELATIVE_LEADS}))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)
