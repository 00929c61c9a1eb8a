"""Transcript lines: 'NAME: words' and 'Q:'/'A:' interviews, quoted or not."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, check, table_cases

# -- transcript lines: 'NAME: words', quoted or not --
TRANSCRIPTS = [
    (("Dana Reyes spoke with Mayor Tom Alder on the morning show.",
      "REYES: Will the ferry run on time this summer?",
      "ALDER: Well, I think every ferry will leave on time from June.",
      "UPDATE: The ferry schedule was published on Monday afternoon."),
     {"Will the ferry run": "Dana Reyes", "Well, I think every": "Tom Alder",
      "The ferry schedule was": None}),
    (("Dana Reyes spoke with Mayor Tom Alder on the morning show.",
      '"REYES: Will the ferry run on time this summer?',
      '"ALDER: Well, I think every ferry will leave on time from June.',
      '"And the new boats will come before the winter storms."'),
     {"Will the ferry run": "Dana Reyes", "Well, I think every": "Tom Alder",
      "And the new boats": "Tom Alder"}),
    (("Ana Ruiz has coached the Halifax team for ten years. We spoke with Ruiz before the "
      "final.", "Q: Why did you stay so long in one town?",
      "A: I wanted to build something here with these players.", "Q: What comes next?",
      "A: Another title, I hope, and then a long rest."),
     {"I wanted to build": "Ana Ruiz", "Another title, I hope,": "Ana Ruiz",
      "Why did you stay": None}),
    (("CORRECTION: An earlier version of this story gave the wrong date for the vote.",
      "The council will vote on the ferry plan next week."), {"An earlier version of": None}),
    (("The ferry company doubled its fares this spring.",
      "FERRY FOLLIES: Riders paid twice as much for the same crossing to the island.",
      "PRICE GOUGERS: The company says fuel costs forced the rise in fares."),
     {"Riders paid twice as": None, "The company says fuel": None}),  # captions' labels
    (("This is a rush transcript of the morning show.",
      "DANA REYES, HARBOUR TV HOST: Welcome back. The mayor joins us from the ferry dock.",
      "MAYOR TOM ALDER (D), HALIFAX: Good to be with you, and the ferry will run on time.",
      "REYES: Will it run every single day this summer?",
      "ALDER: Every day from June, in every kind of weather."),
     {"Welcome back. The mayor": "Dana Reyes", "Good to be with": "Tom Alder",
      "Every day from June,": "Tom Alder"}),  # a cable transcript's first turns: name, role
    (("The ferry company doubled its fares this spring.",
      "FERRY FOLLIES, PART TWO: Riders paid twice as much for the same crossing.",
      "PRICE GOUGERS, AGAIN: The company says fuel costs forced the rise in fares."),
     {"Riders paid twice as": None, "The company says fuel": None}),  # nobody named
]

TABLES = {"transcripts": TRANSCRIPTS}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)



def test_the_writers_credit_line_closing_a_quoted_transcript_is_nobodys():
    quotes = [q.text for s in find_speakers(article(
        "The mayor spoke on Sunday.", '"RUIZ: Will the ferry run this winter?',
        '"BELL: It will run on time every single day.', '"Follow Pam Lee on Twitter @plee."'))
        for q in s.quotes]
    assert quotes and not any("Follow" in q for q in quotes), quotes


def test_a_quoted_turn_holding_a_curly_quotation_is_shown_as_said():
    turns = {q.text[:20]: q.direct for s in find_speakers(article(
        "Dana Reyes spoke with Mayor Tom Alder on the morning show.",
        '"REYES: Will the ferry run on time this summer?',
        '"ALDER: Well, some people call it a “floating museum.” But the ferry will leave on '
        "time every single day from June.",
        '"REYES: And the new boats?')) for q in s.quotes}
    assert turns.get("Well, some people ca") is True, turns


def test_a_quoted_turn_going_on_in_the_next_paragraph_keeps_its_curly_quotation():
    quotes = [q.text for s in find_speakers(article(
        "Dana Reyes spoke with Mayor Tom Alder on the morning show.",
        '"REYES: Will the ferry run on time this summer?',
        '"ALDER: Well, the ferry will leave on time every day.',
        '"And the new boats, as the “Harbor Times” wrote, will come before the winter storms.',
        '"REYES: And the old pier?')) if s.name == "Tom Alder" for q in s.quotes]
    assert any(q.endswith("before the winter storms.") for q in quotes), quotes
