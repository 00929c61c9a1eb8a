"""Political news shapes: a body ("the campaign") is not its own member; who a possessive
apposition ("the captain's mother") tells of."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check, table_cases

TABLES = {
    # 'the campaign', 'the committee': the body, not the person whose role names it
    # ('campaign manager Ana Ruiz' is the campaign's manager)
    "body-not-its-member": [
        (('"The path is narrow," campaign manager Ana Ruiz wrote.',
          '"We will not give up," the campaign said.'),
         {"The path is narrow": "Ana Ruiz", "We will not give": "the campaign"}),
        (('Committee chairman Tom Bell sent the letter on Monday.',
          '"The harbour deserves answers," the committee wrote.'),
         {"The harbour deserves answers": "the committee"}),
        # near misses: a person noun before the name still introduces the person
        (('The club signed rookie defenceman Erik Lind on Monday.',
          '"I just want to play every night," said the rookie defenceman.'),
         {"I just want to": "Erik Lind"}),
        (('"The ferry is late," said harbour spokesman Omar Haddad.',
          '"It will run on Monday," the spokesman added.'),
         {"It will run on": "Omar Haddad"}),
    ],
    # ', the captain's mother': the apposition tells her sex, so 'she' is her, not a
    # namesake of the other sex named before
    "possessive-apposition": [
        (("The mayor criticised Tom Reyes, the father of a soldier, on Sunday.",
          'Reyes, speaking on the radio, did not hold back. "He gave everything," he said.',
          "Ilsabet Reyes, the soldier's mother, wrote a letter on Sunday.",
          '"Nobody from the army called us," she wrote.'),
         {"He gave everything": "Tom Reyes", "Nobody from the army": "Ilsabet Reyes"}),
        (('Ilsabet Reyes, the soldier\'s mother, spoke first. "We miss him," she said.',
          "Tom Reyes, the captain's father, wrote a letter on Sunday.",
          '"Nobody from the army called us," he wrote.'),
         {"We miss him": "Ilsabet Reyes", "Nobody from the army": "Tom Reyes"}),
    ],
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)
