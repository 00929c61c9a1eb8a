"""Canadian news shapes of session 10 (invented sentences): each table one rule with the near
misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def said(*paragraphs: str) -> list[tuple[str, str]]:
    return [(s.name, q.text) for s in find_speakers(article(*paragraphs)) for q in s.quotes]


# -- 'd'Entremont', 'dell'Orto': a surname behind an elided particle is a name --
ELIDED_PARTICLES = [
    (("Wade d'Entremont has fished out of the harbour for 28 years.",
      '"Same bay, same season," d\'Entremont says.'),
     [("Wade d'Entremont", "Same bay, same season")]),
    (('"Nobody wins a fight like this," said Carla dell\'Orto, a grower near Leamington.',),
     [("Carla dell'Orto", "Nobody wins a fight like this")]),
    (('"We stay until the boats are in," Marie d’Amours told reporters.',),
     [("Marie d’Amours", "We stay until the boats are in")]),
    # near misses: an elided French word before a small letter, a particle no list knows
    (('"On y va, et vite," the mayor said d\'un ton sec.',),
     [("the mayor", "On y va, et vite")]),
    (('"The lodge opens at nine o\'clock, not at ten," Tom Bell said.',),
     [("Tom Bell", "The lodge opens at nine o'clock, not at ten")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ELIDED_PARTICLES)
def test_a_surname_behind_an_elided_particle_is_a_name(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'she told CTV News, standing behind …': a participle after who was told says what the
# speaker was doing, never what was said --
PARTICIPLE_ASIDES = [
    (("Eleni Markou runs a bakery.",
      '"We will stay. We always have," she told CTV News, standing behind a counter lined with '
      "trays of bread."),
     [("Eleni Markou", "We will stay. We always have")]),
    (("Ana Ruiz runs the shelter.",
      '"We are full every night. Every night," she told the Star, standing beside a hallway '
      "lined with cots."),
     [("Ana Ruiz", "We are full every night. Every night")]),
    # near misses: 'that' after the aside, who was told and a clause, a participle that speaks
    (("Ana Ruiz told the council, reading from a prepared statement, that the budget was "
      "closed.",),
     [("Ana Ruiz", "the budget was closed.")]),
    (("Tom Bell told reporters the pumps had failed twice.",),
     [("Tom Bell", "the pumps had failed twice.")]),
    (("Tom Bell told CBC News, adding that the pumps had failed twice and nobody came.",),
     [("Tom Bell", "the pumps had failed twice and nobody came.")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PARTICIPLE_ASIDES)
def test_a_participle_after_who_was_told_is_no_content(paragraphs, expected):
    assert said(*paragraphs) == expected
