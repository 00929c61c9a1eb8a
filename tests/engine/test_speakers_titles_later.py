"""A person titled by an abbreviation or a court's style before their name, and later called
by the noun the title stands for ('Justice Miriam Cole' ... 'the judge said'); every sentence
is invented."""

from __future__ import annotations

import pytest

from tests.engine.helpers import who_said

COURT = "The trial of the harbour pilot opened on Monday."

TITLED_THEN_NOUN = {
    "justice": ("Justice Mira Cole reminded the jury of the rules.",
                '"You must weigh all of the evidence," the judge said.', "Mira Cole"),
    "councillor": ("Coun. Ana Ruiz voted against the ferry plan.",
                   '"It costs too much for too little," the councillor said.', "Ana Ruiz"),
    "constable": ("Const. Tom Bell was first on the scene.",
                  '"The car was already on fire," the constable said.', "Tom Bell"),
    "doctor": ("Dr. Hamid Sadeghi runs the clinic on the wharf.",
               '"We are seeing more cases every week," the doctor said.', "Hamid Sadeghi"),
    "judge-still": ("Judge Anita Dhaliwal read her ruling aloud.",
                    '"The harm here is not only financial," the judge said.', "Anita Dhaliwal"),
}

# near misses: two people the noun fits, and a noun no title before a name stands for
NOT_TITLED = {
    "two-justices": ("Justice Mira Cole and Justice Paul Grant heard the appeal.",
                     '"You must weigh all of the evidence," the judge said.', "the judge"),
    "other-noun": ("Coun. Ana Ruiz voted against the ferry plan.",
                   '"It costs too much for too little," the lawyer said.', "the lawyer"),
}


@pytest.mark.parametrize(("first", "quoted", "name"), TITLED_THEN_NOUN.values(),
                         ids=TITLED_THEN_NOUN.keys())
def test_the_noun_a_title_stands_for_is_the_titled_person(first, quoted, name):
    assert set(who_said(COURT, first, quoted).values()) == {name}


@pytest.mark.parametrize(("first", "quoted", "name"), NOT_TITLED.values(), ids=NOT_TITLED.keys())
def test_a_noun_that_fits_nobody_or_two_stays_unnamed(first, quoted, name):
    assert set(who_said(COURT, first, quoted).values()) == {name}
