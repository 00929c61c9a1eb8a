"""Which way a paragraph runs: by most of its letters, not by its first one (as Qt guesses)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")  # Hebrew, Arabic, Syriac, Thaana
_LETTER = re.compile(r"[^\W\d_]")


def paragraph_direction(text: str) -> Qt.LayoutDirection:
    """Right to left when most letters are Hebrew or Arabic; else left to right.

    An English paragraph that opens with a Hebrew phrase stays left to right; Qt's own guess
    (the first strong character) would set all of it right to left.
    """
    if not _RTL.search(text):
        return Qt.LayoutDirection.LeftToRight
    rtl = len(_RTL.findall(text))
    return (Qt.LayoutDirection.RightToLeft if rtl * 2 > len(_LETTER.findall(text))
            else Qt.LayoutDirection.LeftToRight)
