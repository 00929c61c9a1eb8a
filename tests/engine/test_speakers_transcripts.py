"""Transcript lines: 'NAME: words' and 'Q:'/'A:' interviews, quoted or not."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, check, table_cases, who_said

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


# -- an exchange labelled in name case ('Ana Ruiz: …', 'Courier: …'), no quotation marks --
NAME_CASE_EXCHANGE = (
    "The Courier spoke with Ana Ruiz, mayor of Harbourview, about her plan.",
    "Courier: Why tax empty homes?",
    "Ana Ruiz: Because we have 400 of them and a waiting list of 900 families.",
    "Courier: Owners say it is their business.",
    "Ana Ruiz: It is their property. But the town is everybody's business.",
)


def test_an_exchange_labelled_in_name_case_is_quoted_turn_by_turn():
    said = who_said(*NAME_CASE_EXCHANGE)
    assert said["Because we have 400"] == "Ana Ruiz"
    assert said["It is their property."] == "Ana Ruiz"
    assert said["Why tax empty homes?"] == "Courier"


@pytest.mark.parametrize("paragraphs", [
    ("Photo: Ana Ruiz at the pier.", "Note: The pier reopens in May.",
     "Ana Ruiz said the pier was safe."),  # labels used once each: no exchange
    ("Courier: Why tax empty homes?", "Ana Ruiz: Because we need them.",
     "The vote is next week."),  # one turn each: no exchange
])
def test_labels_used_once_are_no_exchange(paragraphs):
    said = who_said(*paragraphs)
    assert "Courier" not in said.values() and all(
        not key.startswith(("Why tax", "Because we", "Ana Ruiz at")) for key in said)


def test_a_fact_box_of_capital_labels_is_nobodys_turns():
    # labels of common words the article also writes in lower case, and no line asks anything
    text = ("Ana Ruiz said she would take the job and stay in the town.",
            "CURRENT JOB: Ferry pilot.", "HOME TOWN: Dunmore, on the north shore.",
            "CURRENT JOB: Harbour pilot trainer.", "HOME TOWN: Ashton, by the old pier.")
    assert [s.name for s in find_speakers(article(*text))] == ["Ana Ruiz"]


def test_a_transcript_without_a_question_is_still_read_by_its_names():
    text = ("RUIZ: The ferry will sail at dawn.", "BELL: The crew is ready for it.",
            "RUIZ: Then we leave the harbour on time.", "BELL: We will be at the pier.")
    speakers = {s.name: [q.text for q in s.quotes] for s in find_speakers(article(*text))}
    assert speakers == {"Ruiz": ["The ferry will sail at dawn.",
                                 "Then we leave the harbour on time."],
                        "Bell": ["The crew is ready for it.", "We will be at the pier."]}


def test_a_labelled_turn_is_shown_as_said_not_reported():
    text = ("RUIZ: Will the ferry sail at dawn?", "BELL: The crew is ready for it.",
            "RUIZ: Then we leave on time?", "BELL: We will be at the pier.")
    assert all(q.direct for s in find_speakers(article(*text)) for q in s.quotes)
