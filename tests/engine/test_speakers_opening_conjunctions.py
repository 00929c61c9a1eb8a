"""A role opening a sentence before 'NAME,' keeps its place after a conjunction that opens the
sentence ("But Strand's agent, Sasha Koenig, said …"), and the near misses that are no role."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, check

CONJUNCTION_ROLES = [
    ("But Strand's agent, Sasha Koenig, said the player learned of the trade online.",
     "Sasha Koenig", "Strand's agent"),
    ("But the player's agent, Sasha Koenig, said the player learned of the trade online.",
     "Sasha Koenig", "the player's agent"),
    ("And her lawyer, Omar Kessel, said the appeal would be filed on Monday.",
     "Omar Kessel", "her lawyer"),
    ("Yet the union's president, Greta Lind, said the strike vote would go ahead.",
     "Greta Lind", "the union's president"),
    # near misses: a place or a clause after the conjunction is no role
    ("But in Winnipeg, Sasha Koenig said the player learned of the trade online.",
     "Sasha Koenig", None),
    ("But when the call came, Sasha Koenig said the player had learned of it online.",
     "Sasha Koenig", None),
]


@pytest.mark.parametrize(("sentence", "name", "role"), CONJUNCTION_ROLES)
def test_a_role_opening_a_sentence_after_a_conjunction(sentence, name, role):
    speakers = {s.name: s.role for s in find_speakers(article(sentence))}
    assert name in speakers, speakers
    assert speakers[name] == role


# 'ROLE, NAME, did something, saying …': the participle's subject is the name in apposition
INTRO = "The mine at Pine Bay closed in May."
APPOSED_SUBJECTS = [
    ((INTRO,
      "The union's lawyer, Ana Ruiz, disputed that, saying the mine was safe."),
     {"the mine was safe.": "Ana Ruiz"}),
    ((INTRO, "Strand's agent, Sasha Koenig, disputed the account, saying the player learned "
      "of the trade online."), {"the player learned of": "Sasha Koenig"}),
    ((INTRO, "The company's chief executive, Tom Vale, defended the plan, saying the mine "
      "would reopen."), {"the mine would reopen.": "Tom Vale"}),
    # near misses: an apposition that is no name, a name that is no apposition
    ((INTRO, "The union's lawyer, a veteran of such cases, disputed that, saying the mine was "
      "safe."), {"the mine was safe.": "the union's lawyer"}),
    ((INTRO, "The union's lawyer disputed that, saying Ana Ruiz, the manager, was wrong."),
     {"Ana Ruiz, the manager,": "the union's lawyer"}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), APPOSED_SUBJECTS)
def test_a_participle_s_subject_is_the_name_in_apposition(paragraphs, expected):
    check(paragraphs, expected)
