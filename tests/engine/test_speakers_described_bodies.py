"""A one-word name the next sentences call 'the company', 'the airline', 'the retailer' is a
body's ('Quaylink said … The company has 40 ferries'); a surname is not (the article writes it
after a given name or a title). Invented names and sentences."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def kinds(*paragraphs: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in find_speakers(article(*paragraphs))
            if s.named and s.kind != "unattributed"]


DESCRIBED = [
    (('Quaylink said "the crossing will resume."', "The company has 40 ferries."),
     [("Quaylink", "organisation")]),
    (("Skyvale cancelled 40 flights on Monday.", '"The storm closed the airport," Skyvale said.',
      "The airline may cut more flights."), [("Skyvale", "organisation")]),
    (('"Prices will hold," Valumart said.', "The rain fell all day.",
      "The retailer has 1,500 stores."), [("Valumart", "organisation")]),
    # near misses: a surname, a name too far back, a noun that is no body's, a full name
    (("Tom Okafor runs the depot.", 'Okafor said "the line opens next year."',
      "The company has spent two billion dollars."), [("Tom Okafor", "person")]),
    (('Mr. Okafor said "the line opens next year."', "The company has spent a billion."),
     [("Okafor", "person")]),
    (('Okafor said "the line opens next year."', "The rain fell all day.",
      "The wind was cold.", "The company has spent a billion."), [("Okafor", "person")]),
    (('Okafor said "the line opens next year."', "The crowd cheered."),
     [("Okafor", "person")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), DESCRIBED)
def test_a_name_called_the_company_is_a_body(paragraphs, expected):
    assert kinds(*paragraphs) == expected
