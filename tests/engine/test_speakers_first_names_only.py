"""Features that name ordinary people by their given name alone ('Marco, a courier, …'): 'he'
or 'she' may stand for such a name when the name tells the pronoun's sex, and the near misses
(a name of the other sex, a place, a surname alone) where it may not."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check, table_cases

ECONOMIST = 'Tom Bell is an economist in Toronto. "Prices are still high," Bell said.'
PLANNER = 'Ana Ruiz is a planner in Halifax. "Rents are still high," Ruiz said.'

FIRST_NAMES = {
    "given-name-alone-is-an-antecedent": [
        ((ECONOMIST, '"Rent is the whole story," Marco said.',
          'Last year the couple gave up the flat. "I moved back home," he said.'),
         {"Rent is the whole": "Marco", "I moved back home": "Marco"}),
        ((PLANNER, '"Rents are the whole story," Marco said.',
          'Last year the couple gave up the flat. "I moved back home," he said.'),
         {"I moved back home": "Marco"}),
    ],
    "near-misses": [  # the other sex, a place, a surname no full name ends in
        ((ECONOMIST, '"Rent is the whole story," Jenna said.',
          'Last year the couple gave up the flat. "We moved back home," he said.'),
         {"Rent is the whole": "Jenna", "We moved back home": "Tom Bell"}),
        ((PLANNER, "The couple moved to Florence last year.",
          '"We wanted a smaller place," she said.'),
         {"We wanted a smaller": "Ana Ruiz"}),
        ((ECONOMIST, "Marco's Pizza closed its doors in May.", '"It is sad," he said.'),
         {"It is sad": "Tom Bell"}),
    ],
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(FIRST_NAMES))
def test_a_given_name_alone_may_be_a_pronoun_s_antecedent(paragraphs, expected):
    check(paragraphs, expected)
