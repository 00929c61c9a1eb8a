"""Speaker shapes from invented Canadian probes of session 8 (a transit strike, a bail
hearing, a federal-provincial deal); each table one rule with the near misses it must leave
alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def listed(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.name, s.kind, s.role) for s in find_speakers(article(text))]


# -- a number inside a body's name stays in the role: 'Local 1505', 'CUPE 416' --
BODY_NUMBERS = [
    ("Harbour Transit Union Local 1505 president Ana Ruiz said the buses are late.",
     ("Ana Ruiz", "person", "Harbour Transit Union Local 1505 president")),
    ("CUPE 416 president Ana Ruiz said the buses are late.",
     ("Ana Ruiz", "person", "CUPE 416 president")),
    ("Unifor Local 444 president Ana Ruiz said the buses are late.",
     ("Ana Ruiz", "person", "Unifor Local 444 president")),
    ("Route 9 riders said the buses are late.", ("Route 9 riders", "unnamed", None)),
    # near misses: a year after a month or a preposition, a number counting people
    ("In March 2015 president Ana Ruiz said the buses are late.",
     ("Ana Ruiz", "person", "president")),
    ("Since 2015 president Ana Ruiz said the buses are late.",
     ("Ana Ruiz", "person", "president")),
    ("On May 12 officials said the buses are late.", ("12 officials", "unnamed", None)),
]


@pytest.mark.parametrize(("text", "who"), BODY_NUMBERS)
def test_a_number_in_a_body_name_stays_in_the_role(text, who):
    assert listed(text) == [who]
