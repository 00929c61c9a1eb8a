"""Canadian news shapes of session 11 (invented sentences): each table one rule with the near
misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def listed(*paragraphs: str) -> list[tuple[str, str, str]]:
    """(name, kind, quotation) of each listed quotation."""
    return [(s.name, s.kind, q.text) for s in find_speakers(article(*paragraphs))
            for q in s.quotes]


# -- a company known by a lone word or by words that read as a person's name is a body, and
# 'Via' stays in 'Via Rail' --
BRANDS = [
    (('"Shelf prices will hold," Dollarama said.',),
     [("Dollarama", "organisation", "Shelf prices will hold")]),
    (("Sobeys said its stores in Moncton will open late on Monday.",),
     [("Sobeys", "organisation", "its stores in Moncton will open late on Monday.")]),
    (('"The paper straws are going away," Tim Hortons said in a statement.',),
     [("Tim Hortons", "organisation", "The paper straws are going away")]),
    (("Via Rail said trains between Kingston and Belleville will run an hour late.",),
     [("Via Rail", "organisation",
       "trains between Kingston and Belleville will run an hour late.")]),
    (('"Service resumes Friday," said Via Rail.',),
     [("Via Rail", "organisation", "Service resumes Friday")]),
    # near misses: a person of a surname-like company name, a person's lone surname
    (('"Prices will hold," Tim Brandon said.',),
     [("Tim Brandon", "person", "Prices will hold")]),
    (("Dana Rogers runs the store.", '"Prices will hold," Rogers said.'),
     [("Dana Rogers", "person", "Prices will hold")]),
    (('"We sent the parcels via Purolator on Monday," Ana Ruiz said.',),
     [("Ana Ruiz", "person", "We sent the parcels via Purolator on Monday")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), BRANDS)
def test_a_company_known_by_a_lone_name_is_a_body(paragraphs, expected):
    assert listed(*paragraphs) == expected
