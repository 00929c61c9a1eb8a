"""Speaker shapes from invented Canadian news of session 8 (question period, a court ruling, a
post-game story, an RCMP release, a union, a First Nation); each table one rule with the near
misses it must leave alone. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.engine.helpers import listed

# -- an age and a noun ('the 21-year-old defenceman') stand for the person the article
# introduced by that noun, when it gave nobody that age; else the age rule as before --
AGED_NOUNS = [
    (("Rookie defenceman Erik Lind scored late for the Harbour Hawks.",
      "Goalie Sam Okafor made 30 saves for the visitors.",
      '"I just heard the crowd," said the 21-year-old defenceman.'), "Erik Lind"),
    (("Erik Lind, the new defenceman, scored late for the Hawks. Sam Okafor made 30 saves.",
      '"I just heard the crowd," the 21-year-old defenceman said.'), "Erik Lind"),
    # near misses: the age given to another person, the defenceman given another age, an age
    # alone, a noun that introduced nobody
    (("Rookie defenceman Erik Lind scored late. Sam Okafor, 21, made 30 saves in goal.",
      '"I just heard the crowd," said the 21-year-old defenceman.'), "Sam Okafor"),
    (("Rookie defenceman Erik Lind, 19, scored late. Goalie Sam Okafor made 30 saves.",
      '"I just heard the crowd," said the 21-year-old defenceman.'), "Sam Okafor"),
    (("Rookie defenceman Erik Lind scored late. Goalie Sam Okafor made 30 saves.",
      '"I just heard the crowd," said the 21-year-old.'), "Sam Okafor"),
    (("Erik Lind scored late. Goalie Sam Okafor made 30 saves.",
      '"I just heard the crowd," said the 21-year-old winger.'), "Sam Okafor"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), AGED_NOUNS)
def test_an_age_and_a_noun_stand_for_the_person_introduced_by_the_noun(paragraphs, speaker):
    assert listed(*paragraphs) == [(speaker, "person")]
