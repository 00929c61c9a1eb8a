"""Reported speech in Canadian news shapes of session 9 (invented sentences): each table one
rule with the near misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def said(*paragraphs: str) -> list[tuple[str, str]]:
    return [(s.name, q.text) for s in find_speakers(article(*paragraphs)) for q in s.quotes]


# -- a writer's aside between commas right after the verb: the content opens after it --
VERB_ASIDES = [
    ("Priya Nair said, however, that the clinic will stay open.",
     [("Priya Nair", "the clinic will stay open.")]),
    ("Priya Nair added, though, the clinic will stay open.",
     [("Priya Nair", "the clinic will stay open.")]),
    ("Priya Nair said, in an interview on Monday, she would stay.",
     [("Priya Nair", "she would stay.")]),
    ("The RCMP said, meanwhile, that the highway had reopened.",
     [("RCMP", "the highway had reopened.")]),
    # near misses: no content after the aside, a quotation after the comma, a verb of no speech
    ("Priya Nair said, in short, no.", []),
    ("Priya Nair spoke, in a whisper, to the crowd.", []),
    ('Priya Nair said, "We will stay open."', [("Priya Nair", "We will stay open.")]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_ASIDES)
def test_content_opens_after_an_aside_set_off_by_commas(text, expected):
    assert said(text) == expected


# -- "That's according to X.": the sentence before, in the paragraph, is what X said --
POINTED_BACK = [
    ("Rents rose 8 per cent in Halifax last year. That's according to Statistics Canada.",
     [("Statistics Canada", "Rents rose 8 per cent in Halifax last year.")]),
    ("The ferry missed 40 sailings in May. That is according to Ana Ruiz, who runs the union.",
     [("Ana Ruiz", "The ferry missed 40 sailings in May.")]),
    # near misses: the sentence before in another paragraph, a quotation before, too short
    ("Rents rose 8 per cent in Halifax last year.", "That's according to Statistics Canada.", []),
    ('"Rents rose," Ana Ruiz said. That\'s according to Statistics Canada.',
     [("Ana Ruiz", "Rents rose")]),
    ("Rents rose. That's according to Statistics Canada.", []),
]


@pytest.mark.parametrize("row", POINTED_BACK)
def test_thats_according_to_credits_the_sentence_before(row):
    *paragraphs, expected = row
    assert said(*paragraphs) == expected


# -- 'says while …, …': a clause opened by 'while' or 'when' is part of what was said --
FRONTED_CLAUSES = [
    ("Ken Dufresne says while the ferry is old, it is still safe.",
     [("Ken Dufresne", "while the ferry is old, it is still safe.")]),
    ("Ken Dufresne said when the ice melts, the road will close.",
     [("Ken Dufresne", "when the ice melts, the road will close.")]),
    # near misses: a time of saying before 'that', a participle, no main clause after
    ("Ken Dufresne said when the ferry arrived that it was late.",
     [("Ken Dufresne", "it was late.")]),
    ("Ken Dufresne said while visiting Regina that the ferry is old.",
     [("Ken Dufresne", "the ferry is old.")]),
    ("Ken Dufresne spoke while the crowd cheered, and the mayor left.", []),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_CLAUSES)
def test_a_fronted_while_or_when_clause_is_said(text, expected):
    assert said(text) == expected


# -- 'A, X told CBC News, B' and 'A, X said in a statement, B': B is said too (and with A one
# statement when A is its subject: s9-reported-2) --
INTERRUPTED = [
    ("The project, Ivan Marchetti told CBC News, will cost more than expected.",
     [("Ivan Marchetti",
       "The project, Ivan Marchetti told CBC News, will cost more than expected.")]),
    ("The project, Ivan Marchetti told reporters, will cost more than expected.",
     [("Ivan Marchetti",
       "The project, Ivan Marchetti told reporters, will cost more than expected.")]),
    ("The project, Ivan Marchetti said in a statement, will cost more than expected.",
     [("Ivan Marchetti",
       "The project, Ivan Marchetti said in a statement, will cost more than expected.")]),
    # near misses: nothing after the attribution, a participle after it, a quotation after it
    ("The project will cost more than expected, Ivan Marchetti told CBC News.",
     [("Ivan Marchetti", "The project will cost more than expected")]),
    ("The ferry is late, Priya Nair told reporters, \"We are sorry.\"",
     [("Priya Nair", "We are sorry.")]),
    ("The project will cost more, Ivan Marchetti said in a statement, citing steel prices.",
     [("Ivan Marchetti", "The project will cost more")]),
]


@pytest.mark.parametrize(("text", "expected"), INTERRUPTED)
def test_an_attribution_with_its_hearer_or_medium_interrupts_what_was_said(text, expected):
    assert said(text) == expected


# -- 'according to plan': a plan or a custom followed, no source that speaks --
FOLLOWED = [
    ("The work on the bridge went ahead according to plan.", []),
    ("According to tradition, the mayor rings the bell on New Year's Day.", []),
    # near misses: a source named so, a bare speaker noun, a speaker besides
    ("The work went ahead on time, according to Plan International.",
     [("Plan International", "The work went ahead on time")]),
    ("The work went ahead on time, according to police.",
     [("police", "The work went ahead on time")]),
    ("The work went ahead according to schedule, Ana Ruiz said.",
     [("Ana Ruiz", "The work went ahead according to schedule")]),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOWED)
def test_according_to_a_plan_credits_no_source(text, expected):
    assert said(text) == expected


# -- 'told Global News the fire started …': a past verb in -ed (or, after who was told, a
# present one in -s) after the subject's noun --
PAST_AFTER_HEARER = [
    ("Sadie Kerr told Global News the fire started in the kitchen.",
     [("Sadie Kerr", "the fire started in the kitchen.")]),
    ("Sadie Kerr told CBC News the city's plan failed.",
     [("Sadie Kerr", "the city's plan failed.")]),
    # near misses: no verb after the noun, an adjective in -ed right after the determiner
    ("Sadie Kerr told the crowd the story of her life.", []),
    ("Sadie Kerr told the committee the report she wanted.", []),
    ("Sadie Kerr told the crowd the closed road would reopen.",
     [("Sadie Kerr", "the closed road would reopen.")]),
    # a present verb in -s after the subject's noun, after who was told
    ("Outside the chamber, Sadie Kerr told reporters the government expects more units.",
     [("Sadie Kerr", "the government expects more units.")]),
    ("Sadie Kerr told CBC News the city needs more buses.",
     [("Sadie Kerr", "the city needs more buses.")]),
    # near misses: a plural noun before 'that', or before its own verb
    ("Sadie Kerr told a meeting of harbour leaders that the city needs more buses.",
     [("Sadie Kerr", "the city needs more buses.")]),
    ("Sadie Kerr told the crowd the stories of her life.", []),
    # a body or group told with no article before it
    ("Sadie Kerr told council the city's reserves are at their lowest level.",
     [("Sadie Kerr", "the city's reserves are at their lowest level.")]),
    ("At the rally, Sadie Kerr told supporters a new government would build homes.",
     [("Sadie Kerr", "a new government would build homes.")]),
]


@pytest.mark.parametrize(("text", "expected"), PAST_AFTER_HEARER)
def test_a_past_verb_after_the_hearer_opens_what_was_told(text, expected):
    assert said(text) == expected


# -- 'maintains the dogs were …': a verb wanting 'that' takes a clause without it too --
BARE_CLAUSE_AFTER_THAT_VERBS = [
    ("Alex Moreau maintains the dogs were well cared for.",
     [("Alex Moreau", "the dogs were well cared for.")]),
    ("Alex Moreau revealed the plan would cost two million dollars.",
     [("Alex Moreau", "the plan would cost two million dollars.")]),
    # near misses: an object and no clause ('maintained the roads'), a particle verb
    ("Alex Moreau maintained the roads every summer.", []),
    ("Alex Moreau revealed the plan on Tuesday.", []),
    ("Alex Moreau pointed the way to the exit.", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_CLAUSE_AFTER_THAT_VERBS)
def test_a_clause_without_that_after_a_verb_wanting_it(text, expected):
    assert said(text) == expected


# -- "That's what X said.": the sentence before, in the paragraph, is what X said --
WHAT_SAID_BEFORE = [
    ("The mine will reopen in May. That's what Ana Ruiz told the Sudbury Star.",
     [("Ana Ruiz", "The mine will reopen in May.")]),
    ("The mine will reopen in May. That’s what Ana Ruiz says.",
     [("Ana Ruiz", "The mine will reopen in May.")]),
    # near misses: another paragraph, no speech verb, a sentence before with its own speaker
    ("The mine will reopen in May.", "That's what Ana Ruiz said.", []),
    ("The mine will reopen in May. This is what Ana Ruiz wants.", []),
    ("Ana Ruiz said the mine will reopen. That's what she said.",
     [("Ana Ruiz", "the mine will reopen.")]),
]


@pytest.mark.parametrize("row", WHAT_SAID_BEFORE)
def test_thats_what_x_said_credits_the_sentence_before(row):
    *paragraphs, expected = row
    assert said(*paragraphs) == expected


# -- 'said about 60 people …': 'about' before a number opens what was said, as 'at least'
# does; 'said about the plan' is what it was about, and 'talked about' no speech --
@pytest.mark.parametrize(("text", "expected"), [
    ("Shawn Ellery said about 60 people used the centre overnight.",
     [("Shawn Ellery", "about 60 people used the centre overnight.")]),
    ("Shawn Ellery told reporters about forty homes were still dark.",
     [("Shawn Ellery", "about forty homes were still dark.")]),
    # near misses
    ("Shawn Ellery talked about 60 people who used the centre.", []),
    ("Shawn Ellery said at least eight homes were lost.",
     [("Shawn Ellery", "at least eight homes were lost.")]),
])
def test_about_before_a_number_opens_what_was_said(text, expected):
    assert said(text) == expected


# -- a form that is also a noun ('claims', 'report') before a past verb is that noun, the
# subject: 'Refugee claims rose' reports nothing --
@pytest.mark.parametrize(("text", "expected"), [
    ("Refugee claims rose sharply in Halifax last year.", []),
    ("The harbour board report took a close look at the ferry.", []),
    # near miss: the verb after a name
    ("Ana Ruiz claims the vote was rigged.", [("Ana Ruiz", "the vote was rigged.")]),
])
def test_a_noun_before_a_past_verb_reports_nothing(text, expected):
    assert said(text) == expected


# -- 'who asked that her last name not be used': a request to stay unnamed reports nothing,
# and takes no quotation before it --
@pytest.mark.parametrize(("text", "expected"), [
    ('"I was afraid every day," says Amina, a mother of three who asked that her last name not '
     'be used.', [("Amina", "I was afraid every day")]),
    ("Ana Ruiz asked that her name not be published.", []),
    # near miss: a request of another kind
    ("Tom Bell asked that his lawyer be present at the hearing.",
     [("Tom Bell", "his lawyer be present at the hearing.")]),
])
def test_a_request_to_stay_unnamed_reports_nothing(text, expected):
    assert said(text) == expected


# -- a review, an audit, a ruling or a decision 'says' as a report does; an aside set off by
# commas after it ('obtained by CBC News') is the writer's --
@pytest.mark.parametrize(("text", "expected"), [
    ("The review, obtained by CBC News, says that 11 of the 38 projects have begun.",
     [("the review", "11 of the 38 projects have begun.")]),
    ("The audit says the city paid twice for the same road.",
     [("the audit", "the city paid twice for the same road.")]),
    # near miss: 'review' as a verb
    ("Officials will review the plan on Monday.", []),
])
def test_a_review_or_an_audit_speaks_as_a_report(text, expected):
    assert said(text) == expected


# -- 'warned', 'promised' and 'cautioned' may name who listened before 'that': those people are
# not what was said; a thing before 'that' is ('the changes that were made') --
@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Bell warned residents that the water was unsafe.",
     [("Tom Bell", "the water was unsafe.")]),
    ("Ana Ruiz promised the union's members that pay would rise.",
     [("Ana Ruiz", "pay would rise.")]),
    ("Tom Bell cautioned investors that the quarter would be weak.",
     [("Tom Bell", "the quarter would be weak.")]),
    # near misses: no listener; a thing with a relative clause
    ("Tom Bell warned that the budget was tight.", [("Tom Bell", "the budget was tight.")]),
    ("Tom Bell warned the changes that were made last year would hurt.",
     [("Tom Bell", "the changes that were made last year would hurt.")]),
])
def test_who_was_warned_is_not_what_was_said(text, expected):
    assert said(text) == expected


# -- a participle right after its noun ('a petition asking …', 'a letter urging …') describes
# the noun: inside what someone says, it does not end what they say --
@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Ana Ruiz said she had collected signatures on a petition asking council to cut the tower.",
     "Ana Ruiz", "she had collected signatures on a petition asking council to cut the tower."),
    ("Tom Bell said it was no use the mayor claiming the budget was balanced.",
     "Tom Bell", "it was no use the mayor claiming the budget was balanced."),
    # near miss: a participle after a comma is the speaker's next statement
    ("The plan is dead, Ana Ruiz said, adding that the vote failed.", "Ana Ruiz",
     "The plan is dead"),
])
def test_a_participle_after_its_noun_does_not_end_what_was_said(text, speaker, content):
    assert (speaker, content) in said(text)


# -- after who was told, a clause may open with a quantifier or a number ('some residents had',
# '11 homes were'); a quantity of time before 'that' is no subject ('several times that') --
@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Bell told reporters some residents had waited days for news about whether their "
     "homes were still standing.",
     [("Tom Bell", "some residents had waited days for news about whether their homes were "
       "still standing.")]),
    ("Ana Ruiz told CBC News 11 homes were destroyed.", [("Ana Ruiz", "11 homes were destroyed.")]),
    # near misses: a time before 'that' or before the clause
    ("Tom Bell told reporters several times that he would run.", [("Tom Bell", "he would run.")]),
    ("Tom Bell told reporters many times the plan was dead.", [("Tom Bell", "the plan was dead.")]),
])
def test_a_clause_after_who_was_told_may_open_with_a_quantity(text, expected):
    assert said(text) == expected
