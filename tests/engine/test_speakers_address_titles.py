"""A title of address before a name ('Dr.', 'Prof.', 'Rev.') yields to a role written after the
name in apposition; alone it stays the role, and other titles join the apposition."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article

ADDRESS_TITLES = [
    ('"Boil it first," said Dr. Hannah Vik, the region\'s medical officer of health.',
     "Hannah Vik", "the region's medical officer of health"),
    ('"The study is small," said Prof. Lars Odell, a chemist at Dalhousie.',
     "Lars Odell", "a chemist at Dalhousie"),
    ('"We will pray for them," said Rev. Amos Kell, the pastor of St. Brigid\'s.',
     "Amos Kell", "the pastor of St. Brigid's"),
    # near misses: the title alone, and a title that is a role itself
    ('"Boil it first," said Dr. Hannah Vik.', "Hannah Vik", "Dr."),
    ('"Boil it first," said Mayor Hannah Vik, a Liberal.', "Hannah Vik", "Mayor, a Liberal"),
]


@pytest.mark.parametrize(("sentence", "name", "role"), ADDRESS_TITLES)
def test_a_title_of_address_yields_to_the_role_after_the_name(sentence, name, role):
    speakers = {s.name: s.role for s in find_speakers(article(sentence))}
    assert speakers.get(name, "missing") == role, speakers
