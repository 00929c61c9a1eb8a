"""A feature names its people in full once, then by given name alone ('Rachel Doucet still
smells smoke …' ... '"Everything burned," Rachel said.'): the given name is the full name's;
every sentence is invented."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from desktop.engine.speakers.lexicon import given_name, given_name_gender
from tests.engine.helpers import article, who_said

GIVEN_THEN_ALONE = {
    "feature": ("Rachel Doucet still smells the smoke when she closes her eyes.",
                '"Everything we owned was in that house," Rachel said.', "Rachel Doucet"),
    "said-first": ("Tom Bell has fished out of the harbour for forty years.",
                   '"The cod never came back," said Tom, mending a net.', "Tom Bell"),
}

# near misses: two full names open with the given name, a name with a particle after the given
# name ('Bill de Blasio'), a word no list gives as a given name ('Harbour')
NOT_JOINED = {
    "two-full-names": ("Rachel Doucet and Rachel Lee both lost their homes.",
                       '"Everything we owned was in that house," Rachel said.', "Rachel"),
    "particle": ("Mayor Bill de Blasio met Bill Bratton at the pier.",
                 '"We do not see a link," Bill said.', "Bill"),
    "no-given-name": ("Harbour Lights opened a second shop on the wharf.",
                      '"Business is steady," Harbour said.', "Harbour"),
}


@pytest.mark.parametrize(("first", "quoted", "name"), GIVEN_THEN_ALONE.values(),
                         ids=GIVEN_THEN_ALONE.keys())
def test_a_given_name_alone_is_the_one_full_name_it_opened(first, quoted, name):
    assert set(who_said("The fire on the point", first, quoted).values()) == {name}


@pytest.mark.parametrize(("first", "quoted", "name"), NOT_JOINED.values(), ids=NOT_JOINED.keys())
def test_a_given_name_stays_alone_when_its_full_name_is_unsure(first, quoted, name):
    assert set(who_said("The fire on the point", first, quoted).values()) == {name}


FAMILY = ("The fire on the point", "Rachel Doucet still smells the smoke.",
          "Her mother, Louise, carried the boy down the stairs.",
          '"I just remember the cold," Louise said.')
REPORTED = {
    "given-name": "Rachel says the hardest part is the little things.",
    "surname": "Doucet says the hardest part is the little things.",
}


@pytest.mark.parametrize("report", REPORTED.values(), ids=REPORTED.keys())
def test_she_after_a_report_by_given_name_is_that_person(report):
    quoted = '"Theo keeps asking when we are going home," she said.'
    assert who_said(*FAMILY, report, quoted)["Theo keeps asking when"] == "Rachel Doucet"


def test_she_after_a_report_by_a_word_no_full_name_opens_is_not_that_word():
    # near miss: 'Harbour' opens no full name of a person, so 'she' is not Harbour
    paragraphs = ("The fire on the point", "Ana Ruiz runs the ferry.",
                  "Harbour says the crossing is closed.", '"It is too rough," she said.')
    assert who_said(*paragraphs)["It is too rough"] == "Ana Ruiz"


# -- a given name of both sexes ('Lee', 'Jordan') opens a person's name as one of one sex does:
# the words before it are a role ('CTV Lee Bridge' as 'CBC Tom Park'); a surname that is a
# place's word stays the person's ('Robin Bridge') --
SHARED_GIVEN_NAMES = [
    ("CTV Lee Bridge said the clinic will open on Monday.", ("Lee Bridge", "CTV")),
    ("CBC Jordan Park said the clinic will open on Monday.", ("Jordan Park", "CBC")),
    ("CBC Tom Park said the clinic will open on Monday.", ("Tom Park", "CBC")),
    ('"The clinic will open on Monday," said Robin Bridge.', ("Robin Bridge", None)),
]


@pytest.mark.parametrize(("sentence", "speaker"), SHARED_GIVEN_NAMES)
def test_a_given_name_of_both_sexes_opens_a_persons_name(sentence, speaker):
    assert [(s.name, s.role) for s in find_speakers(article(sentence))] == [speaker]


def test_a_given_name_of_both_sexes_tells_no_sex():
    assert given_name("Lee") and given_name_gender("Lee") is None
    assert given_name("Maria") and not given_name("Harbour")
