"""A place's utility or carrier speaking ('Nova Scotia Power said', 'B.C. Ferries said'): a
province's, state's or country's name or initials before a trade word names a body, where the
same word after a given name or an unknown name is a person's surname. Every sentence is
invented; the bodies' names are real ones as the Canadian Press writes them."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from desktop.engine.speakers.name_parts import trade_of_a_place
from tests.engine.helpers import article

TRADE_BODIES = [
    ("Nova Scotia Power said crews worked through the night.", "Nova Scotia Power",
     "organisation"),
    ("NB Power said about 4,000 homes were still without power.", "NB Power", "organisation"),
    ("The ferry will not sail Monday, B.C. Ferries said on its website.", "B.C. Ferries",
     "organisation"),
    ("BC Ferries said the sailing was cancelled because of high winds.", "BC Ferries",
     "organisation"),
    ("Ontario Power Generation said the reactor was shut down safely.",
     "Ontario Power Generation", "organisation"),
    ("Quebec Ferries said the crossing would reopen in May.", "Quebec Ferries", "organisation"),
    # near misses: the same words after a given name, or a place that is a given name too
    ("Samantha Power said the talks would resume in the spring.", "Samantha Power", "person"),
    ("Tom Power said crews worked through the night.", "Tom Power", "person"),
    ("Virginia Power said the talks would resume in the spring.", "Virginia Power", "person"),
    # a place before a word that is no trade, a person at the body, a premier of the place
    ("Nevada Smith said the ferry would not sail.", "Nevada Smith", "person"),
    ("Tom Bell of Nova Scotia Power said crews worked through the night.", "Tom Bell",
     "person"),
    ("Nova Scotia Premier Ana Ruiz said the ferry would sail.", "Ana Ruiz", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), TRADE_BODIES)
def test_a_places_utility_is_a_body_and_a_namesake_a_person(text, name, kind):
    kinds = {s.name: s.kind for s in find_speakers(article(text))}
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(("words", "expected"), [
    ("Nova Scotia Power", True), ("PEI Energy", True), ("N.B. Power", True),
    ("Manitoba Hydro Electric", True),
    ("Samantha Power", False), ("Harbour Ferries", False), ("Alberta Power", False),
    ("Ontario Northland", False), ("Ontario Power Generation Station West", False),
    ("Power", False), ("Nova Scotia", False),
])
def test_a_trade_after_a_place_and_nothing_else(words, expected):
    assert trade_of_a_place(words.split()) is expected
