"""Reported-speech shapes of session 9, round 2 (s9-reported-2): each one general rule with the
near misses it must leave alone; every sentence is invented."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, said

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


# -- 'posted to Instagram that …': 'to' is a particle of 'posted' as 'on' is --
POSTED_TO = [
    ("Abe Lindqvist posted to Instagram that the store would close for good.",
     {"Abe Lindqvist": ["the store would close for good."]}),
    ('"We are closing," Abe Lindqvist posted to Instagram.',
     {"Abe Lindqvist": ["We are closing"]}),
    ("Abe Lindqvist posted on Facebook that the store would close for good.",
     {"Abe Lindqvist": ["the store would close for good."]}),
    # near misses: a posting to a city, a photo posted, 'posted' with no particle
    ("Abe Lindqvist was posted to Ottawa that spring.", {}),
    ("Abe Lindqvist posted to Instagram a photo of the store.", {}),
    ("Abe Lindqvist posted that the store would close for good.", {}),
]


@pytest.mark.parametrize(("text", "expected"), POSTED_TO)
def test_posted_to_a_medium(text, expected):
    assert said(text) == expected


# -- '…, a claim the company denies': the writer's apposition after what was said --
WRITER_APPOSITION = [
    ("Tom Bell said the company dumped waste in the river, a claim the company denies.",
     {"Tom Bell": ["the company dumped waste in the river"]}),
    ("Tom Bell said the mill dumped waste, an allegation denied by the firm.",
     {"Tom Bell": ["the mill dumped waste"]}),
    ("Tom Bell said the mill dumped waste, a charge that it rejects.",
     {"Tom Bell": ["the mill dumped waste"]}),
    # near misses: the speaker's own apposition, with a preposition or a noun after its noun
    ("Tom Bell said the town made one change, a shift to four-day weeks.",
     {"Tom Bell": ["the town made one change, a shift to four-day weeks."]}),
    ("Tom Bell said it was a good summer, a record season for the park.",
     {"Tom Bell": ["it was a good summer, a record season for the park."]}),
]


@pytest.mark.parametrize(("text", "expected"), WRITER_APPOSITION)
def test_the_writers_apposition_after_what_was_said(text, expected):
    assert said(text) == expected


# -- ', but they cannot replace …': a contrast in the frame of what was said goes on with it --
CONTRAST_SAID = [
    ("Lina Haddad says walk-in clinics can catch urgent problems, but they cannot replace a "
     "family doctor.",
     {"Lina Haddad": ["walk-in clinics can catch urgent problems, but they cannot replace a "
                      "family doctor."]}),
    ("Lina Haddad says the ferry is old, yet it can't be replaced soon.",
     {"Lina Haddad": ["the ferry is old, yet it can't be replaced soon."]}),
    # near misses: the writer's clause after ', but' (a noun's, a past, a refusal, a doubt)
    ("Lina Haddad says walk-in clinics can catch urgent problems, but the province disagrees.",
     {"Lina Haddad": ["walk-in clinics can catch urgent problems"]}),
    ("Lina Haddad said the plan would help, but it was scrapped a week later.",
     {"Lina Haddad": ["the plan would help"]}),
    ("Lina Haddad said the plan would help, but she would not say how much it costs.",
     {"Lina Haddad": ["the plan would help"]}),
    ("Lina Haddad says the plan will help, but it is unclear how it will be paid for.",
     {"Lina Haddad": ["the plan will help"]}),
    ("Lina Haddad insisted she did not know the date, but it is widely expected to be May 5.",
     {"Lina Haddad": ["she did not know the date"]}),
]


@pytest.mark.parametrize(("text", "expected"), CONTRAST_SAID)
def test_a_contrast_in_the_frame_of_what_was_said(text, expected):
    assert said(text) == expected


# -- 'The ferry service, said Ruiz, will not run …': a verb after the name opens no role --
def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(s.name, s.role) for s in find_speakers(article(text))]


VERB_AFTER_INVERTED = [
    ("The ferry service, said Ana Ruiz, will not run again this winter.", [("Ana Ruiz", None)]),
    ("The pool, said Ana Ruiz, has been closed since May.", [("Ana Ruiz", None)]),
    # near misses: a role after the name
    ('"We are done," said Ana Ruiz, the mayor of Halifax.',
     [("Ana Ruiz", "the mayor of Halifax")]),
    ('"We are done," said Ana Ruiz, who chairs the board.', [("Ana Ruiz", None)]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_AFTER_INVERTED)
def test_a_verb_after_an_inverted_name_opens_no_role(text, expected):
    assert _roles(text) == expected


# -- 'Ana Ruiz, with the Canadian Cancer Society, said': the body set off by commas is a role --
WITH_THE_BODY = [
    ("Ana Ruiz, with the Canadian Cancer Society, said the screening rate has dropped.",
     [("Ana Ruiz", "with the Canadian Cancer Society")]),
    ("Tom Bell, a nurse, with the Island Health Authority, said the ward is full.",
     [("Tom Bell", "a nurse, with the Island Health Authority")]),
    # near misses: the writer's aside opened by 'with'
    ("Ana Ruiz, with the help of a cane, said the screening rate has dropped.",
     [("Ana Ruiz", None)]),
    ("Ana Ruiz, with tears in her eyes, said the screening rate has dropped.",
     [("Ana Ruiz", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WITH_THE_BODY)
def test_a_body_after_with_set_off_by_commas_is_a_role(text, expected):
    assert _roles(text) == expected


# -- 'The plan, Ruiz said, is dead.': one statement around its attribution, shown with '…' --
def _shown(text: str) -> list[tuple[str, str]]:
    return [(s.name, q.shown) for s in find_speakers(article(text)) for q in s.quotes]


SPLIT_STATEMENT = [
    ("The plan, Ana Ruiz said, is dead.", [("Ana Ruiz", "The plan … is dead. (reported)")]),
    ("The ferry service, said Ana Ruiz, will not run again this winter.",
     [("Ana Ruiz", "The ferry service … will not run again this winter. (reported)")]),
    ("The plan to widen the highway, Ana Ruiz told CBC News, is dead in the water.",
     [("Ana Ruiz", "The plan to widen the highway … is dead in the water. (reported)")]),
    # near misses: a fronted adverbial before the attribution, a clause after it
    ("Back then, Ana Ruiz said, the plan was to build a bridge.",
     [("Ana Ruiz", "the plan was to build a bridge. (reported)")]),
    ("The plan failed, Ana Ruiz said, and the town must move on.",
     [("Ana Ruiz", "The plan failed (reported)"),
      ("Ana Ruiz", "and the town must move on. (reported)")]),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_STATEMENT)
def test_one_statement_around_its_attribution(text, expected):
    assert _shown(text) == expected


def test_the_statement_keeps_its_span_and_the_attribution_it_omits():
    a = article("The plan, Ana Ruiz said, is dead.")
    quote = find_speakers(a)[0].quotes[0]
    assert a.text[quote.start : quote.end] == quote.text == "The plan, Ana Ruiz said, is dead."
    assert a.text[slice(*quote.omitted)] == ", Ana Ruiz said,"


# -- 'said goodbye to her staff': a greeting or leave-taking is the verb's object, not speech --
GREETINGS = [
    ("Ana Ruiz said goodbye to her staff on Friday.", {}),
    ("Ana Ruiz says hello to every customer who walks in.", {}),
    ("Ana Ruiz bade farewell to the crew.", {}),
    # near misses: a greeting quoted, a name after the verb
    ('"Goodbye," Ana Ruiz said.', {"Ana Ruiz": ["Goodbye"]}),
    ("Ana Ruiz said Grace Lee would take over the clinic.",
     {"Ana Ruiz": ["Grace Lee would take over the clinic."]}),
]


@pytest.mark.parametrize(("text", "expected"), GREETINGS)
def test_a_greeting_after_say_is_no_speech(text, expected):
    assert said(text) == expected


# -- 'estimated that …': an estimate reported as speech only before its clause --
ESTIMATED = [
    ("Ana Ruiz estimated that the town would need at least two years to rebuild.",
     {"Ana Ruiz": ["the town would need at least two years to rebuild."]}),
    ("Ana Ruiz estimates the repairs will cost $2 million.",
     {"Ana Ruiz": ["the repairs will cost $2 million."]}),
    # near misses: an object and its measure, the noun, the adjective
    ("Ana Ruiz estimated the crowd at 5,000.", {}),
    ("The estimate that the town gave was low.", {}),
    ("An estimated 400 homes were damaged in the storm.", {}),
]


@pytest.mark.parametrize(("text", "expected"), ESTIMATED)
def test_estimated_that_reports_speech(text, expected):
    assert said(text) == expected


# -- 'B.C. Ferries said': a body's name opened by a province's initials is no sentence end --
PLACE_INITIAL_BODIES = [
    ("The ferry will not run Monday, B.C. Ferries said on its website.",
     {"B.C. Ferries": ["The ferry will not run Monday"]}),
    ("B.C. Hydro says power has been restored to most customers.",
     {"B.C. Hydro": ["power has been restored to most customers."]}),
    # near misses: a place's initials end the sentence before another word
    ("The crash happened near Truro, N.S. Police said the driver was hurt.",
     {"police": ["the driver was hurt."]}),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_INITIAL_BODIES)
def test_a_body_named_after_a_province_s_initials(text, expected):
    assert said(text) == expected


def test_initials_of_a_place_before_another_word_still_end_a_sentence():
    a = article("The fire started in Kamloops, B.C. Wildfire crews were called in.")
    assert len(a.sentences) == 2
