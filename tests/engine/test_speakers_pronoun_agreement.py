"""Pronouns that agree in sex and number with the person they stand for (invented sentences)."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check, table_cases

# Rule 1: a pronoun that stood for a person of untold sex tells it; the next pronoun of the
# other sex goes to someone else.
_TOLD_BY_PRONOUN = [
    (("Housing Minister Dana Reyes met Mayor Rob Keller on Tuesday.",
      '"We will not close the shelter," she said.',
      '"The budget is already spent," he said.'),
     {"We will not close": "Dana Reyes", "The budget is already": "Rob Keller"}),
    (("Councillor Jamie Sloane sat beside Mayor Peter Voss at the hearing.",
      '"The plan is dead," she said.',
      '"I will appeal it," he said.'),
     {"The plan is dead": "Jamie Sloane", "I will appeal it": "Peter Voss"}),
    # near misses: the same pronoun again stays with that person; a told sex is not undone
    (("Housing Minister Dana Reyes met Mayor Rob Keller on Tuesday.",
      '"We will not close the shelter," she said.',
      '"The budget is already spent," she said.'),
     {"We will not close": "Dana Reyes", "The budget is already": "Dana Reyes"}),
    (("Mr. Dana Reyes met Mayor Ann Keller on Tuesday.",
      '"We will not close the shelter," she said.',
      '"The budget is already spent," he said.'),
     {"We will not close": "Ann Keller", "The budget is already": "Dana Reyes"}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases({
    "told-by-pronoun": _TOLD_BY_PRONOUN,
}))
def test_pronoun_agreement(paragraphs, expected):
    check(paragraphs, expected)
