"""A role written in capitals before a name keeps the capital of its opening word, though the
article writes that word in lower case elsewhere ('a long-term care home' … 'Long-Term Care
Minister Ana Ruiz said'); a word capitalised only because it opens the sentence does not."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article

CAPITAL_ROLES = [
    (("Residents of a long-term care home were left alone.",
      "Long-Term Care Minister Ana Ruiz said the province would act."),
     "Ana Ruiz", "Long-Term Care Minister"),
    (("The mayor wants a new transit plan by fall.",
      "Transit Minister Tom Bell said the province would pay half."),
     "Tom Bell", "Transit Minister"),
    (("The rival bid came in at noon.",
      "Senior Vice-President Lia Chen said the bid was too low."),
     "Lia Chen", "Senior Vice-President"),
    # near miss: a word capitalised only because it opens the sentence
    (("The rival bid came in at noon.", "Rival Lia Chen said the bid was too low."),
     "Lia Chen", "rival"),
]


@pytest.mark.parametrize(("paragraphs", "name", "role"), CAPITAL_ROLES)
def test_a_capitalised_role_keeps_its_first_capital(paragraphs, name, role):
    speakers = {s.name: s.role for s in find_speakers(article(*paragraphs))}
    assert speakers.get(name, "missing") == role, speakers
