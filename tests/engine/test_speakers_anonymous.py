"""Anonymous sources as the AP describes them ('a person familiar with the talks said', 'a
diplomat said'), a role and a two-word name after a quotation ('"…," union president Kelly
Durant posted on X'), and an order given to a hearer ('told his staff never to speak of it
when they asked'), which reports no content of the teller."""

from __future__ import annotations

import pytest

from tests.engine.helpers import said

ANONYMOUS = {
    "familiar-aside": (
        "A person familiar with the negotiations, who spoke on condition of anonymity, said the "
        "two sides remain far apart on wages.",
        {"a person familiar with the negotiations": ["the two sides remain far apart on wages."]}),
    "familiar-short": (
        '"We are nowhere near a deal," a person familiar with the talks said.',
        {"a person familiar with the talks": ["We are nowhere near a deal"]}),
    "knowledge-of": (
        "An official with knowledge of the plan said the vote would slip to March.",
        {"an official with knowledge of the plan": ["the vote would slip to March."]}),
    "diplomat": ('"There is no agreement yet," a diplomat said.',
                 {"a diplomat": ["There is no agreement yet"]}),
    "staffer": ("A Senate staffer said nobody had the votes for the bill this week.",
                {"a Senate staffer": ["nobody had the votes for the bill this week."]}),
    "close-to-after": ('"He is not going to sign it," said a person close to the speaker.',
                       {"a person close to the speaker": ["He is not going to sign it"]}),
    "aside-after-quote": (
        '"We have the votes," one GOP lawmaker, who spoke on condition of anonymity, told '
        "reporters.", {"one GOP lawmaker": ["We have the votes"]}),
    "role-and-name": ('"We will not back down," union president Kelly Durant posted on X.',
                      {"Kelly Durant": ["We will not back down"]}),
}

NOT_THE_POSTER = [  # a time, or joining words, and a name after a quotation: no subject
    'The vote is Friday. "We will not back down." Later that night Durant posted a photo.',
    'The vote is Friday. "We will not back down," and then Kelly Durant posted a photo.',
]

NO_CONTENT = [
    # an order: what the hearers did is no content of the teller's, nor the sentence before
    "Republicans want to question John Bell, an aide at the Interior Department who told his "
    "subordinates never to speak of the server when they raised concerns.",
    "The mayor was angry. Ana Ruiz told the staff to leave the room before the vote was held.",
]


@pytest.mark.parametrize(("sentence", "expected"), ANONYMOUS.values(), ids=ANONYMOUS.keys())
def test_an_anonymous_source_speaks(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("text", NOT_THE_POSTER)
def test_a_name_after_a_time_or_joining_words_is_no_poster(text):
    assert list(said(text)) == ["Unattributed quotes"]


@pytest.mark.parametrize("text", NO_CONTENT)
def test_an_order_reports_no_content(text):
    assert said(text) == {}


def test_a_hearer_told_what_is_reported():
    text = "Tom Bell also told ABC he hopes to help people overseas who lack the same care."
    assert said(text) == {"Tom Bell": ["he hopes to help people overseas who lack the same care."]}
