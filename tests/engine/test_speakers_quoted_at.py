"""Whether a place opens inside a quotation of its paragraph, read from an index of the marks."""

from __future__ import annotations

import pytest

from desktop.engine.speakers.antecedents import _quoted

TEXT = ('Ruiz left. "Bell stayed," she said.\n'
        "“Bell stayed. Ruiz left,” he said. “Ruiz\n"
        'Bell said "yes" and "no. Ruiz went home\n'
        "Ruiz")


def _scanned(text: str, at: int) -> bool:
    """The same question answered by scanning back to the paragraph's start."""
    start = text.rfind("\n", 0, at) + 1
    return text.count('"', start, at) % 2 == 1 or text.rfind("“", start, at) > text.rfind(
        "”", start, at)


# the first word, after an open '"', after an open “ (and one its ” has not closed yet), after
# a “ that opens again, a new paragraph, after an odd number of '"', the last paragraph
CASES = [(0, False), (12, True), (37, True), (50, True), (72, True), (77, False), (102, True),
         (117, False)]


@pytest.mark.parametrize(("at", "inside"), CASES)
def test_quoted_at(at, inside):
    assert TEXT[at].isupper()
    assert _quoted(TEXT, at) is inside


def test_quoted_at_every_place_as_a_scan_tells():
    assert [_quoted(TEXT, at) for at in range(len(TEXT) + 1)] == [
        _scanned(TEXT, at) for at in range(len(TEXT) + 1)]
