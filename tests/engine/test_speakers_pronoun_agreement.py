"""Pronouns that agree in sex and number with the person they stand for (invented sentences)."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check, table_cases, who_said

# Rule 1: a pronoun that stood for a person of untold sex tells it; the next pronoun of the
# other sex goes to someone else.
_TOLD_BY_PRONOUN = [
    (("Housing Minister Dana Reyes met Mayor Rob Keller on Tuesday.",
      '"We will not close the shelter," she said.',
      '"The budget is already spent," he said.'),
     {"We will not close": "Dana Reyes", "The budget is already": "Rob Keller"}),
    (("Councillor Jamie Sloane sat beside Mayor Peter Voss at the hearing.",
      '"The plan is dead," she said.',
      '"I will appeal it," he said.'),
     {"The plan is dead": "Jamie Sloane", "I will appeal it": "Peter Voss"}),
    # near misses: the same pronoun again stays with that person; a told sex is not undone
    (("Housing Minister Dana Reyes met Mayor Rob Keller on Tuesday.",
      '"We will not close the shelter," she said.',
      '"The budget is already spent," she said.'),
     {"We will not close": "Dana Reyes", "The budget is already": "Dana Reyes"}),
    (("Mr. Dana Reyes met Mayor Ann Keller on Tuesday.",
      '"We will not close the shelter," she said.',
      '"The budget is already spent," he said.'),
     {"We will not close": "Ann Keller", "The budget is already": "Dana Reyes"}),
]

# Rule 2: the subject of the last sentence, a person noun of the pronoun's sex ('The father'),
# outranks a person named further back who is no subject there.
_TOLD_SUBJECT = [
    (("Police named the victim as Eli Ward, 17. The father spoke outside the family home.",
      '"He was a gentle kid," he said.'),
     {"He was a gentle": "the father"}),
    (("Firefighters pulled Ana Cole, 9, from the lake. The mother waited by the ambulance.",
      '"She is a fighter," she said.'),
     {"She is a fighter": "the mother"}),
    # near misses: someone named in that sentence; a man named after it; a possessive
    (("Police named the victim as Eli Ward, 17. The father, Tom Ward, spoke outside the home.",
      '"He was a gentle kid," he said.'),
     {"He was a gentle": "Tom Ward"}),
    (("The father spoke outside the family home. Constable Rick Dunn said the case was open.",
      '"We have a witness," he said.'),
     {"We have a witness": "Rick Dunn"}),
    (("Constable Rick Dunn found the boy. His father waited by the car.",
      '"We have a witness," he said.'),
     {"We have a witness": "Rick Dunn"}),
]

# Rule 3: a person named after a comma in the clause of a named subject and its verb is no
# subject; the next pronoun goes on with the subject.
_MAIN_SUBJECT = [
    (("Ray Kwan told the inquiry that his partner, Neil Shaw, kept the books.",
      '"I never saw the money," he said.'),
     {"I never saw the": "Ray Kwan"}),
    (("Senator Joe Platt argued in the debate that his rival, Dan Ruiz, had misled voters.",
      '"The record is clear," he said.'),
     {"The record is clear": "Joe Platt"}),
    # near misses: an opening phrase, a possessive before the apposition
    (("In Ottawa on Monday, Dan Ruiz met the premier.",
      '"The record is clear," he said.'),
     {"The record is clear": "Dan Ruiz"}),
    (("Tom Bell's lawyer, Neil Shaw, spoke to reporters.",
      '"My client is innocent," he said.'),
     {"My client is innocent": "Neil Shaw"}),
]

# Rule 4: 'they' with no group that spoke before stands for the people opening the subject of
# its sentence or the one before.
_PEOPLE = [
    (("The parents of the missing teen spoke to reporters on Tuesday.",
      '"We were shocked," they said.'),
     {"We were shocked": "the parents"}),
    (("The residents of Elm Street gathered outside city hall on Monday.",
      '"We want the road fixed," they said.'),
     {"We want the road": "the residents"}),
    # near misses: a group that spoke stays; one person heads the subject
    (("Police said the road was closed. The parents waited at the school.",
      "They said the road would reopen Friday."),
     {"the road would reopen": "police"}),
    (("The head of the nurses' union spoke on Monday.",
      '"We are exhausted," they said.'),
     {"We are exhausted": "Unattributed quotes"}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases({
    "told-by-pronoun": _TOLD_BY_PRONOUN,
    "told-subject": _TOLD_SUBJECT,
    "main-subject": _MAIN_SUBJECT,
    "people": _PEOPLE,
}))
def test_pronoun_agreement(paragraphs, expected):
    check(paragraphs, expected)


# -- 'a father of four said …' + '"…," he said': an indefinite description of one sex that is the
# subject of the sentence before takes the pronoun, as 'the father' does, not a woman named
# further back whose given name tells no sex --
def test_an_indefinite_description_before_takes_the_pronoun():
    quotes = who_said("Dr. Anjuli Marr spoke on Wednesday.", '"This is preventable," Marr said.',
                      "Outside one clinic, a father of four said he was worried about the cost.",
                      '"I am not against it," he said.')
    assert quotes["I am not against"] == "a father of four"


def test_an_indefinite_description_in_apposition_to_a_name_takes_no_pronoun():
    quotes = who_said("Ana Ruiz, a mother of two, said the vote was close.",
                      '"We will rebuild," she said.')
    assert quotes["We will rebuild"] == "Ana Ruiz"
