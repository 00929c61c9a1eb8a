"""Political news shapes: a body ("the campaign", "the committee") is not its own member."""

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
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)
