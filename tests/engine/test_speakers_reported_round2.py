"""Reported-speech shapes of session 9, round 2 (s9-reported-2): each one general rule with the
near misses it must leave alone; every sentence is invented."""

from __future__ import annotations

import pytest

from tests.engine.helpers import said

# -- 'said last week the roof, which …, will …': a relative clause inside the content's subject
# after a time or an adverbial, with no 'that' --
SUBJECT_ASIDE_AFTER_TIME = [
    ("Elias Brandvold said last week the arena roof, which was built in 1974, will need work.",
     {"Elias Brandvold": ["the arena roof, which was built in 1974, will need work."]}),
    ("Mina Sato said in an email the pool, which leaks, is unsafe.",
     {"Mina Sato": ["the pool, which leaks, is unsafe."]}),
    # near misses: the clause after the verb is the writer's; no verb after the aside
    ("Mina Sato said last week the pool was closed, which upset swimmers.",
     {"Mina Sato": ["the pool was closed"]}),
    ("Mina Sato visited last week the pool, which leaks.", {}),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_ASIDE_AFTER_TIME)
def test_a_relative_clause_in_the_subject_after_a_time(text, expected):
    assert said(text) == expected
