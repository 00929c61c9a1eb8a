"""Small articles the tests write themselves, and a look-up of who said what."""

from __future__ import annotations

import pytest

from desktop.engine.article import Article
from desktop.engine.readers import build_article, read_bytes
from desktop.engine.speakers import find_speakers


def article(*paragraphs: str, repair: bool = True) -> Article:
    return build_article(list(paragraphs), title="Test", repair=repair)


def said(*paragraphs: str) -> dict[str, list[str]]:
    """Speaker name -> texts of their quotes, checking every quote's span on the way."""
    a = article(*paragraphs)
    out: dict[str, list[str]] = {}
    for speaker in find_speakers(a):
        for quote in speaker.quotes:
            assert a.text[quote.start : quote.end] == quote.text
            out.setdefault(speaker.name, []).append(quote.text)
    return out


def from_text(text: str) -> Article:
    return read_bytes(text.encode("utf-8"), name="test.txt")


def who_said(*paragraphs: str) -> dict[str, str]:
    """Each quote's first four words -> the name of the speaker it is listed under."""
    a = article(*paragraphs)
    out = {}
    for speaker in find_speakers(a):
        for quote in speaker.quotes:
            assert a.text[quote.start : quote.end] == quote.text
            out[" ".join(quote.text.split()[:4])] = speaker.name
    return out


def check(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    found = who_said(*paragraphs)
    assert {k: found.get(k) for k in expected} == expected, found


def table_cases(tables: dict[str, list]) -> list:
    """One pytest case (paragraphs, expected) per row of each named table, 'name-row' as id."""
    return [pytest.param(paragraphs, expected, id=f"{kind}-{n}")
            for kind, table in tables.items() for n, (paragraphs, expected) in enumerate(table)]
