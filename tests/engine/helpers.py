"""Small articles the tests write themselves, and a look-up of who said what."""

from __future__ import annotations

import pytest

from desktop.engine.article import Article
from desktop.engine.readers import build_article, read_bytes
from desktop.engine.speakers import find_speakers


def article(*paragraphs: str, repair: bool = True) -> Article:
    return build_article(list(paragraphs), title="Test", repair=repair)


def listed(*paragraphs: str) -> list[tuple[str, str]]:
    """(name, kind) of each speaker, in the panel's order."""
    return [(s.name, s.kind) for s in find_speakers(article(*paragraphs))]


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


# An invented article whose third key sentence ("She said…") points back to a sentence that is
# not chosen itself: it is shown with that sentence, its lead-in, as one item.
LEAD_IN_TEXT = """Harbour tunnel opens

The harbour tunnel under the bay opened to traffic on Monday after six years of work.
A ferry still crosses the bay twice a day.
Fishing boats moor by the old pier.
The chief engineer spoke at the *opening*.
She said the harbour tunnel under the bay will carry trucks and buses to the harbour.
Gulls circle the market at noon.
The museum shows old maps of the bay.
Trains to the city run every hour.
A new school opens in the autumn.
Rain is forecast for the weekend.
The tunnel tolls for trucks and buses start in June.
Shops near the harbour open late on Fridays.
"""
LEAD_IN = "The chief engineer spoke at the *opening*."
POINTING = "She said the harbour tunnel under the bay will carry trucks and buses to the harbour."
