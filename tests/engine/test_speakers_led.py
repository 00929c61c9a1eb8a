"""A short sentence that names someone and says how they spoke ('Kirby was careful.', 'Ana Ruiz
was more blunt.') presents the speaker of the quotation that opens the next sentence: its 'he'
or 'she', or a description the article has not used before ('the veteran winger'), is that
person, not the speaker quoted before."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, check, table_cases

FIRST = '"We will not back down on this," Secretary of State Tom Long said on Monday.'
COACH = '"We played well in the first half," coach Tom Long said after the game.'

LED = {
    "pronoun": [
        ((FIRST, 'Asked about the talks, State Department spokesman John Kirby was careful. "We '
                 'are not going to get ahead of the process," he said. "It takes time."'),
         {"We are not going": "John Kirby", "It takes time.": "John Kirby",
          "We will not back": "Tom Long"}),
        ((FIRST, 'John Kirby was more cautious. "We will wait for the report to come out," he '
                 "told reporters."),
         {"We will wait for": "John Kirby"}),
        ((COACH, 'Ana Ruiz was even more blunt. "Nobody in this room played well enough," she '
                 "said."),
         {"Nobody in this room": "Ana Ruiz"}),
    ],
    "description": [
        ((COACH, 'Ana Ruiz was more blunt. "We were not good enough, and everyone knows it," the '
                 'veteran winger said. "We have to fix it."'),
         {"We were not good": "Ana Ruiz", "We have to fix": "Ana Ruiz"}),
        ((FIRST, 'Maria Lopez was candid. "The deal is not done yet, not even close," the senior '
                 "aide said."),
         {"The deal is not": "Maria Lopez"}),
    ],
    "asked": [
        ((COACH, 'Ana Ruiz, who scored twice, was asked about the comeback. "It is the derby," the '
                 'captain said with a shrug. "You do not need much more."'),
         {"It is the derby": "Ana Ruiz", "You do not need": "Ana Ruiz"}),
        ((COACH, 'Ana Ruiz was asked whether the team was tired. "Not at all," the veteran winger '
                 "said."),
         {"Not at all": "Ana Ruiz"}),
    ],
}

# near misses: a pronoun of the other sex than the lead's given name, a description the article
# used before for someone else, and a sentence before that says nothing of how anyone spoke
NOT_LED = [
    ((COACH, 'Ana Ruiz was more blunt. "We were poor in the second half," he said.'),
     {"We were poor in": "Tom Long"}),
    (('"We will not back down on this," the senior aide said on Monday.',
      'Maria Lopez was candid. "The deal is not done yet," the senior aide said.'),
     {"The deal is not": "the senior aide"}),
    ((FIRST, 'The talks were in Geneva. "The deal is not done yet," the senior aide said.'),
     {"The deal is not": "the senior aide"}),
    ((FIRST, 'Maria Lopez asked about the talks. "The deal is not done yet," the senior aide '
             "said."), {"The deal is not": "the senior aide"}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(LED))
def test_the_person_a_sentence_presents_speaks_next(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize(("paragraphs", "expected"), NOT_LED)
def test_no_presenting_sentence_leaves_the_speaker_before(paragraphs, expected):
    check(paragraphs, expected)


def test_the_description_becomes_the_role():
    speakers = find_speakers(article(COACH, 'Ana Ruiz was more blunt. "We were not good enough, '
                                            'and everyone knows it," the veteran winger said.'))
    assert {s.name: s.role for s in speakers}["Ana Ruiz"] == "veteran winger"
