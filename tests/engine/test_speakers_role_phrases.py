"""Roles as the article writes them: capitals of a role kept, no title or aside left over."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article

# -- a role opening the sentence keeps its capitals when its next word is a title or a
# possessive, though the article writes the first word lower case elsewhere --
CAPITAL_ROLES = [
    (("Deputy Prime Minister Ana Ruiz said the deputy leader would stay on.",),
     "Ana Ruiz", "Deputy Prime Minister"),
    (("New Zealand's Prime Minister Tom Bell said the new law would pass.",),
     "Tom Bell", "New Zealand's Prime Minister"),
    (("Home Secretary Ana Ruiz said the bill would go home to the voters.",),
     "Ana Ruiz", "Home Secretary"),
    (("Rival Harbourline said the rival ferry would sail in May.",), "Harbourline", "rival"),
]


@pytest.mark.parametrize(("paragraphs", "name", "role"), CAPITAL_ROLES)
def test_a_role_in_capitals_opening_the_sentence_keeps_them(paragraphs, name, role):
    (speaker,) = find_speakers(article(*paragraphs))
    assert (speaker.name, speaker.role) == (name, role)


# -- a courtesy or honorific title ending a role goes with the name, not the role --
@pytest.mark.parametrize(("paragraphs", "name", "role"), [
    (("Harbour Trust head Sir Tom Bell said fares would rise in May.",),
     "Tom Bell", "Harbour Trust head"),
    (("Undersecretary for Ports Mr. Sam Osei said the pier would close.",),
     "Sam Osei", "Undersecretary for Ports"),
    (("Commissioner Sir Tom Bell opened the pier on Monday.",
      '"We will keep it open all winter," he told reporters.'), "Tom Bell", "Commissioner"),
    (("Mr. Sam Osei said the pier would close.",), "Sam Osei", None),
])
def test_an_honorific_ending_a_role_goes_with_the_name(paragraphs, name, role):
    (speaker,) = find_speakers(article(*paragraphs))
    assert (speaker.name, speaker.role) == (name, role)
