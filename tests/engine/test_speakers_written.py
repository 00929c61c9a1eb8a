"""written_at: every place a text writes a name, the same whether searched for or indexed."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import written
from desktop.engine.speakers.written import written_at

TEXT = ("Tom Bell met Bellamy Ruiz. McBell said Bell's boat, Bell Tower and the bell were "
        "Bell's; Ana Maria Cortez-Villanueva de la Rosa, Ana Maria Cortez-Villanueva and "
        "de la Rosa. Bell")
CASES = [
    ("Bell", [4, 13, 29, 39, 52, 81, 173]),  # inside 'Bellamy' and 'McBell' too, and at the end
    ("Tom Bell", [0]),
    ("Ruiz", [21]),
    ("Ana Maria Cortez-Villanueva de la Rosa", [89]),  # longer than the index's key
    ("Ana Maria Cortez-Villanueva", [89, 129]),
    ("de la Rosa", [117, 161]),  # opens in lower case: searched for
    ("Zed", []),
    ("Bell Towers", []),
]


@pytest.mark.parametrize("searched", [100, 0], ids=["searched", "indexed"])
@pytest.mark.parametrize(("name", "places"), CASES, ids=[n for n, _ in CASES])
def test_written_at(monkeypatch, searched, name, places):
    monkeypatch.setattr(written, "SEARCHED", searched)
    written._places.cache_clear()
    assert list(written_at(TEXT, name)) == places
    assert all(TEXT.startswith(name, at) for at in places)


# Keys next to each other in the index: a name is found where its opening is written and nowhere
# it is only a neighbour ('Bel' in 'Bell' and 'Belm', not 'Bem'); a name ending in the last
# character there is looks its places up the slow way, with the same answer.
EDGE = "Bell Belm Bem Bek Zo\U0010ffff Zo\U0010ffffa Zp Zo"
EDGE_CASES = [("Bel", [0, 5]), ("Bell", [0]), ("Be", [0, 5, 10, 14]),
              ("Zo\U0010ffff", [18, 22]), ("Zo", [18, 22, 30]), ("Zq", [])]


@pytest.mark.parametrize(("name", "places"), EDGE_CASES, ids=[repr(n) for n, _ in EDGE_CASES])
def test_written_at_indexed_beside_neighbours(monkeypatch, name, places):
    monkeypatch.setattr(written, "SEARCHED", 0)
    written._places.cache_clear()
    assert list(written_at(EDGE, name)) == places
