"""The seed article: exactly its five speakers, and its repaired words marked."""

from __future__ import annotations

from desktop.engine.readers import read_path
from desktop.engine.speakers import find_speakers
from desktop.paths import seed_article


def test_seed_speakers():
    a = read_path(seed_article())
    speakers = {s.name: s for s in find_speakers(a)}
    assert set(speakers) == {"Xi Jinping", "Kassym-Jomart Tokayev", "Feng Shaolei",
                             "Kazakh Home Office", "a wife"}
    assert {n: s.role for n, s in speakers.items()} == {
        "Xi Jinping": "Chinese leader", "Kassym-Jomart Tokayev": "President",
        "Feng Shaolei": "of East China Normal University", "Kazakh Home Office": None,
        "a wife": None}
    xi = speakers["Xi Jinping"]
    assert len(xi.quotes) >= 3 and any("Soviet Union disintegrate" in q.text for q in xi.quotes)
    assert [q.text for q in speakers["Kassym-Jomart Tokayev"].quotes] == ["They must be destroyed"]
    assert not speakers["a wife"].named and speakers["Kazakh Home Office"].kind == "organisation"
    for s in speakers.values():
        for q in s.quotes:
            assert a.text[q.start : q.end] == q.text


def test_seed_repairs_are_marked():
    a = read_path(seed_article())
    originals = {r.original for r in a.repairs}
    assert {"Jinpingdeclared", "awife", "bykill", "speechto", "KazakhHome"} <= originals
