"""Roles as the article writes them: a name closing the role ('in Jakarta', 'of the Harbour
Trust'), capitals kept, no courtesy title or aside left over."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article

# -- a role that ends in a name after 'in', 'of', 'at', 'for', 'from', set before the name --
PLACED_ROLES = [
    ("The BBC's correspondent in Jakarta, Ana Ruiz, said the port was closed.",
     "Ana Ruiz", "the BBC's correspondent in Jakarta"),
    ("The director of the Harbour Trust, Tom Bell, said fares would rise.",
     "Tom Bell", "the director of the Harbour Trust"),
    ("The head of the Bank of England, Tom Bell, said fares would rise.",
     "Tom Bell", "the head of the Bank of England"),
    ('"Fares will rise," said the chief economist at Harbour Bank, Sam Osei.',
     "Sam Osei", "the chief economist at Harbour Bank"),
]


@pytest.mark.parametrize(("text", "name", "role"), PLACED_ROLES)
def test_a_role_closed_by_a_name_is_kept_whole(text, name, role):
    (speaker,) = find_speakers(article(text))
    assert (speaker.name, speaker.role) == (name, role)


def test_a_place_opening_the_sentence_is_no_role():
    (speaker,) = find_speakers(article("In Jakarta, Ana Ruiz said the port was closed."))
    assert (speaker.name, speaker.role) == ("Ana Ruiz", None)
