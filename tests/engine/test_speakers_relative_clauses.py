"""A relative clause between a subject and its speech verb: 'The report, released Tuesday,
said …', 'The ministry, which runs the port, said …'."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check, table_cases

# -- a clause reduced to its participle ('released', 'written') between commas --
REDUCED = [
    (("The report, released Tuesday, said the bridge would open in May.",),
     {"the bridge would open": "the report"}),
    (("The statement, issued late on Friday by the port, said the ferry would stop in June.",),
     {"the ferry would stop": "the statement"}),
    (("The lawsuit, filed in federal court on Monday, says the port broke the law.",),
     {"the port broke the": "the lawsuit"}),
    (("The union, asked about the strike, said the ferry would run on Sunday.",),
     {"the ferry would run": "the union"}),
    (("The letter, written by three engineers, warned that the bridge was unsafe.",),
     {"the bridge was unsafe.": "the letter"}),
]

# -- a full relative clause ('which …') between commas --
WHICH = [
    (("The ministry, which runs the port, said the bridge would open in May.",),
     {"the bridge would open": "the ministry"}),
]

# -- not the subject of the verb: the noun before the clause is an object, or nothing is said --
NOT_SUBJECT = [
    (("Voters who read the report, released Tuesday, said the bridge would open in May.",),
     {"the bridge would open": None}),
]

TABLES = {"reduced": REDUCED, "which": WHICH, "not_subject": NOT_SUBJECT}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)
