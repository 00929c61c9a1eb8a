"""Python string offsets <-> Qt's UTF-16 positions (characters beyond U+FFFF take two units)."""

from __future__ import annotations

import bisect


def astral_positions(text: str) -> list[int]:
    """Offsets in `text` of characters outside the Basic Multilingual Plane (emoji, rare CJK)."""
    if text.isascii() or all(ord(c) <= 0xFFFF for c in text):
        return []
    return [i for i, c in enumerate(text) if ord(c) > 0xFFFF]


def to_utf16(offset: int, astral: list[int]) -> int:
    """The UTF-16 position of a Python offset into a text whose astral offsets are `astral`."""
    return offset + bisect.bisect_left(astral, offset) if astral else offset


def from_utf16(position: int, astral: list[int]) -> int:
    """The Python offset of a UTF-16 position (one between a surrogate pair maps to its start)."""
    if not astral:
        return position
    starts = [a + k for k, a in enumerate(astral)]  # each astral character's UTF-16 position
    inside = bisect.bisect_left(starts, position - 1)
    if inside < len(starts) and starts[inside] == position - 1:
        return astral[inside]
    return position - bisect.bisect_right(starts, position - 2)
