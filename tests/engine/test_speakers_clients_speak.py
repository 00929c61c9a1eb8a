"""Session 10 round 2 leftovers: people news quotes by what they are to a body ('a patient at
Fraser Crossing Hospital', 'the nursing student at Lakeshore University in Mississauga') speak
themselves, not the body that serves them; near misses name no one new."""

from __future__ import annotations

import pytest

from desktop.engine.speakers.resolve import UNATTRIBUTED
from tests.engine.helpers import check, said, table_cases

INTRO = "Nora Quill chairs the hospital board. Owen Dray leads the nurses' union."

CLIENTS = {
    "a-patient-unnamed": [
        ((INTRO, '"I waited nine hours on a stretcher," said a patient at Fraser Crossing '
                 "Hospital."), {"I waited nine hours": "a patient"}),
        ((INTRO, '"We were told to be patient," a patient at Fraser Crossing Hospital said.'),
         {"We were told to": "a patient at Fraser Crossing Hospital"}),
        ((INTRO, "A patient at Fraser Crossing Hospital said she waited nine hours."),
         {"she waited nine hours.": "a patient at Fraser Crossing Hospital"}),
        ((INTRO, '"It hurt," the patient said.'), {"It hurt": "the patient"}),
    ],
    "a-client-at-a-body-in-a-place": [
        ((INTRO, "The 20-year-old nursing student at Lakeshore University in Mississauga says "
                 "the increase would add $900 to her bill."),
         {"the increase would add": "student at Lakeshore University in Mississauga"}),
        ((INTRO, "Students at Lakeshore University in Mississauga say the increase is unfair."),
         {"the increase is unfair.": "students at Lakeshore University in Mississauga"}),
        ((INTRO, "A customer at Harbour Foods in Moncton said prices had doubled."),
         {"prices had doubled.": "a customer at Harbour Foods in Moncton"}),
    ],
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(CLIENTS))
def test_clients_speak_for_themselves(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('"Be patient," Quill said.', "Nora Quill"),  # the adjective, not the noun
    ("Quill said a patient approach would win the vote.", "Nora Quill"),
    ('"Stay patient," said Dray.', "Owen Dray"),
    ("A patient at Fraser Crossing Hospital died on Monday, the coroner said.", "the coroner"),
    ("Lakeshore University in Mississauga says the increase is needed.", "Lakeshore University"),
    ("Dray, a student at Lakeshore University, says the increase is unfair.", "Owen Dray"),
    ("Harbour Foods in Moncton said prices had doubled.", "Harbour Foods"),
])
def test_near_misses_keep_their_speaker(sentence, speaker):
    assert set(said(INTRO, sentence)) == {speaker}


@pytest.mark.parametrize("sentence", [
    "The patient was moved to a ward on Monday.",
    "A patient at Fraser Crossing Hospital waited nine hours for a bed.",
])
def test_a_patient_saying_nothing_is_no_speaker(sentence):
    assert set(said(INTRO, sentence)) <= {UNATTRIBUTED}
