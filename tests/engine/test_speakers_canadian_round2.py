"""Canadian news shapes of session 9, round 2 (invented sentences): each table one rule with
the near misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def said(*paragraphs: str) -> list[tuple[str, str]]:
    return [(s.name, q.text) for s in find_speakers(article(*paragraphs)) for q in s.quotes]


# -- 'told the court the Crown would …': a noun ends who was told when a determiner follows --
HEARER_NOUNS = [
    ("Defence lawyer Mark Abelson told the court the Crown would have to prove intent.",
     [("Mark Abelson", "the Crown would have to prove intent.")]),
    ("Defence lawyer Mark Abelson told the court the Crown has not proved intent.",
     [("Mark Abelson", "the Crown has not proved intent.")]),
    ("Nurse Ada Brandt told the committee the wards were short of staff again.",
     [("Ada Brandt", "the wards were short of staff again.")]),
    # near misses: 'of the' within who was told, a name before the determiner, 'that'
    ("Ada Brandt told the head of the union the wards were short of staff.",
     [("Ada Brandt", "the wards were short of staff.")]),
    ("Ada Brandt told CBC News the wards were short of staff again.",
     [("Ada Brandt", "the wards were short of staff again.")]),
    ("Ada Brandt told the committee that the wards were short of staff.",
     [("Ada Brandt", "the wards were short of staff.")]),
]


@pytest.mark.parametrize(("text", "expected"), HEARER_NOUNS)
def test_a_noun_ends_who_was_told(text, expected):
    assert said(text) == expected
