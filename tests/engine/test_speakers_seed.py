"""The seed article: exactly the speakers the issue names, fast; the engine loads no Qt."""

from __future__ import annotations

import subprocess
import sys
import time

from desktop.engine.readers import build_article, read_path
from desktop.engine.speakers import find_speakers
from desktop.paths import seed_article


def test_seed_speakers():
    a = read_path(seed_article())
    speakers = {s.name: s for s in find_speakers(a)}
    assert set(speakers) == {"Xi Jinping", "Kassym-Jomart Tokayev", "Feng Shaolei",
                             "Kazakh Home Office", "a wife"}
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


def test_seed_speakers_are_fast():
    a = read_path(seed_article())
    find_speakers(a)
    start = time.perf_counter()
    find_speakers(a)
    assert time.perf_counter() - start < 0.05


def test_one_megabyte_in_three_seconds():
    text = read_path(seed_article()).text
    paragraphs = text.split("\n\n") * (1_000_000 // len(text) + 1)
    start = time.perf_counter()
    a = build_article(paragraphs)
    find_speakers(a)
    assert len(a.text) >= 1_000_000
    assert time.perf_counter() - start < 3.0


def test_engine_does_not_import_qt():
    code = ("import sys, desktop.engine.speakers, desktop.engine.repair, desktop.engine.export; "
            "sys.exit('PySide6' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
