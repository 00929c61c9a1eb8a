"""The GIL-friendly title scan finds exactly what a plain finditer finds."""

from __future__ import annotations

from desktop.engine.speakers.aliases import title_pattern
from desktop.engine.speakers.noun_phrases import titles
from desktop.engine.speakers.scan import finditer_from
from tests.engine.corpus import bbc_dev_articles


def _same(text: str) -> None:
    pattern = title_pattern()
    expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in finditer_from(pattern, text, titles())] == expected


def test_same_matches_on_invented_sentences(seed_path):
    _same(seed_path.read_text(encoding="utf-8"))
    _same("Mr. President Joe Biden met Dr Ann Lee. Mrs Holt said so. President  Xi Jinping, "
          "Vice President Kamala Harris and Prime Minister Rishi Sunak spoke.\n\nGeneral\n\n"
          "Mark Milley agreed. Mr Mr Smith. xPresident Obama. President obama. Mr.")
    _same("")


def test_same_matches_on_real_articles(corpus):
    articles = bbc_dev_articles(step=7, limit=250)
    assert articles
    for path in articles:
        _same(path.read_bytes().decode("utf-8", errors="replace"))
