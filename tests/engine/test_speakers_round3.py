"""Round 3 of attribution conventions (issue 9), one table per kind, in invented sentences."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check, said, table_cases

# -- a role between typewriter dashes ('Ruiz -- a former aide -- said') --
DASHED = [
    (('Ana Ruiz -- a former aide to the mayor -- said the budget would fail by spring.',),
     {"the budget would fail": "Ana Ruiz"}),
    (('"The budget will fail by spring," Ana Ruiz -- a former aide to the mayor -- said.',),
     {"The budget will fail": "Ana Ruiz"}),
    (('Ana Ruiz — a former aide to the mayor — said the budget "will fail by spring."',),
     {"will fail by spring.": "Ana Ruiz"}),
]

TABLES = {"dashed": DASHED}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize("sentence", [
    'Ruiz said the plan — if there is one — would fail and cost the town its ferry.',
    'Ruiz said the plan would fail: "It is a plan — if you can call it one — for nothing."',
])
def test_reported_speech_runs_past_a_pair_of_dashes(sentence):
    (quote,) = said(sentence)["Ruiz"]
    assert quote.rstrip('."').endswith(("ferry", "for nothing"))
