"""Long speaker lists are built a slice per event and end up complete, in order."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.engine.speakers import Quote, Speaker
from desktop.ui.speaker_tree import ITEMS_PER_SLICE, UNNAMED_HEADING, SpeakerTree
from tests.conftest import HANG_MS


def _speaker(name: str, quotes: int, named: bool = True) -> Speaker:
    said = tuple(Quote(f"{name} point {i}", i * 10, i * 10 + 5, name, "said", True)
                 for i in range(quotes))
    return Speaker(name, None, said, named=named)


def test_a_thousand_quotes_arrive_in_slices_and_all_of_them_are_shown(qtbot):
    tree = SpeakerTree()
    qtbot.addWidget(tree)
    speakers = (_speaker("Anna Berg", 1000), _speaker("Marek Novak", 3),
                _speaker("officials", 2, named=False))
    tree.set_speakers(speakers)
    first = tree.topLevelItem(0)
    assert first.childCount() < 1000  # one slice now, the window stays responsive
    assert first.childCount() <= ITEMS_PER_SLICE
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 4, timeout=HANG_MS)
    assert tree.top_labels() == ["Anna Berg  (1000 quotes)", "Marek Novak  (3 quotes)",
                                 UNNAMED_HEADING, "officials  (2 quotes)"]
    assert tree.quote_labels(0) == [f"“Anna Berg point {i}”" for i in range(1000)]
    assert tree.quote_labels(3) == ["“officials point 0”", "“officials point 1”"]


def test_a_new_list_stops_the_old_one_from_growing(qtbot):
    tree = SpeakerTree()
    qtbot.addWidget(tree)
    tree.set_speakers((_speaker("Anna Berg", 1000),))
    tree.set_speakers((_speaker("Lena Holm", 2),))
    for _ in range(5):  # the old list's pending slices run now: they must add nothing
        QApplication.processEvents()
    assert tree.top_labels() == ["Lena Holm  (2 quotes)"]
    assert tree.quote_labels(0) == ["“Lena Holm point 0”", "“Lena Holm point 1”"]
