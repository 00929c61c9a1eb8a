"""Reported speech of Canadian news (session 11, invented articles): a number's 'as many as'
opens what was said ('says as many as 4,000 jobs …'); a stance noun before 'is that' reports
speech ("Moss's position is that …"); and the near misses."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check, said, table_cases

INTRO = "Lena Moss leads the nurses' union. Paul Grant is the province's finance minister."

SHAPES = {
    "as-many-as-a-number-opens-the-content": [
        ((INTRO, "Moss says as many as 4,000 jobs in Hamilton alone are at risk."),
         {"as many as 4,000": "Lena Moss"}),
        ((INTRO, "Grant said as much as half the budget went to consultants."),
         {"as much as half": "Paul Grant"}),
        ((INTRO, "Moss, who has led the union since 2019, said as few as nine wards were open."),
         {"as few as nine": "Lena Moss"}),
        ((INTRO, "Grant noted that as little as $5 million had been set aside."),
         {"as little as $5": "Paul Grant"}),
    ],
}


@pytest.mark.parametrize(("sentence", "content"), [
    ("Moss said as she left the hall that the vote would pass.", "the vote would pass."),
    ("Grant said at least eight schools would close.", "at least eight schools would close."),
])
def test_an_as_clause_or_at_least_keeps_its_content(sentence, content):
    assert [content] in said(INTRO, sentence).values()


STANCES = {
    "a-stance-noun-before-is-that": [
        ((INTRO, "Moss's position is that the province, not the cities, should fund the wards."),
         {"the province, not the": "Lena Moss"}),
        ((INTRO, "The Ontario Landlords Association's position is that rent control discourages "
                 "new construction."),
         {"rent control discourages new": "Ontario Landlords Association"}),
        ((INTRO, "Her argument was that the wards had been closed without any warning."),
         {"the wards had been": "Lena Moss"}),
        ((INTRO, "Grant's contention is that the deficit will vanish within two years."),
         {"the deficit will vanish": "Paul Grant"}),
        # a claim before 'was that' too; before its own clause it keeps its cut
        ((INTRO, "Grant's claim was that the deficit had been halved in one year."),
         {"the deficit had been": "Paul Grant"}),
    ],
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases({**SHAPES, **STANCES}))
def test_reported_speech_shapes(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize("sentence", [
    "Grant said as much as a week ago.",  # 'as much' is what he said, no number follows
    "Moss said as much as she could.",
    "Moss said as many as she liked.",
    "Moss's position is that of a minority in her union.",  # 'that' a pronoun
    "Grant's position is secure, and the party knows that.",
    "The team's position in the standings is that of a contender.",
    "Moss's position on the ward closures is unclear.",
    "Grant's argument is that weak.",
    "Moss asked the province for buses if the roads were closed.",  # a request: no content
    "Grant asked questions, and if the answers were poor he left.",
])
def test_near_misses_list_nothing(sentence):
    assert not said(INTRO, sentence)
