"""Regex scans that never hold the GIL for long: the window's thread keeps running meanwhile."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from desktop.engine.speakers.written import written_in


def finditer_from(pattern: re.Pattern[str], text: str, starts: Iterable[str]) -> Iterator[re.Match]:
    """Exactly `pattern.finditer(text)` for a pattern whose every match begins with one of the
    literal strings `starts`.

    A regex search runs in C holding the GIL until it finds a match: on a 1 MB article with few
    matches one search walks the whole text (0.2 s), and the window, which shares the GIL,
    stalls. Here `written_in` (`str.find`, or the index of capitals on a long text) locates
    where a match could begin, and the pattern is tried only there (`match` at a position sees
    the whole text, so look-behinds and `\\b` are unchanged).
    """
    starts = set(starts)  # a start that begins with another ('General', 'Gen') adds no place
    positions = written_in(text, {w for w in starts if not any(
        w[:k] in starts for k in range(1, len(w)))})
    end = 0
    for position in sorted(positions):
        if position < end:
            continue  # inside the previous match: finditer resumes after it
        match = pattern.match(text, position)
        if match is not None:
            yield match
            end = max(match.end(), position + 1)
