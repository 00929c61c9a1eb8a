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


APPOSED = {
    "given-name-with-an-apposition": [
        ((ECONOMIST, "Walt, a 71-year-old retiree in Oakville, lives on his pension.",
          '"I am not complaining," he said.'),
         {"I am not complaining": "Walt"}),
        ((PLANNER, "Jenna, a mother of three in Mississauga, shops with a calculator.",
          '"I used to fill the cart for $150," she said.'),
         {"I used to fill": "Jenna"}),
        ((ECONOMIST, "Marco, 34, a courier in Toronto, rents a room.",
          '"Rent is the whole story," he said.'),
         {"Rent is the whole": "Marco"}),
    ],
    "near-misses": [  # not a given name, the other sex, a place
        ((ECONOMIST, "Oakville, a town west of Toronto, has a food bank.",
          '"I am not complaining," he said.'),
         {"I am not complaining": "Tom Bell"}),
        ((ECONOMIST, "Jenna, a mother of three in Mississauga, shops with a calculator.",
          '"Prices keep rising," he said.'),
         {"Prices keep rising": "Tom Bell"}),
        ((PLANNER, "Regina, the capital of Saskatchewan, raised its water rates.",
          '"Rents are not the only cost," she said.'),
         {"Rents are not the": "Ana Ruiz"}),
    ],
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(APPOSED))
def test_a_given_name_set_off_by_an_apposition_is_a_person(paragraphs, expected):
    check(paragraphs, expected)
