"""Counting words the way readers do: spaced words, and each Chinese or Japanese character."""

from __future__ import annotations

import re

# Han ideographs and kana are written without spaces; each counts as a word (as word counters
# for Chinese and Japanese do). Hangul is written with spaces and counts by words.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
# CJK and full-width punctuation ("。", "！", "「"): a run of it alone is not a word.
_CJK_PUNCTUATION = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
_WORD = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+")
_PUNCTUATION_RUN = re.compile(f"[{_CJK_PUNCTUATION}]+")
_NOT_SPACED = re.compile(f"[{_CJK}{_CJK_PUNCTUATION}]")


def count_words(text: str) -> int:
    """Whitespace-separated words, with each CJK character counted on its own."""
    if text.isascii() or not _NOT_SPACED.search(text):
        # the words of `_WORD`: `\s` is `str.isspace` (a megabyte in 25 ms, not 90 ms by tokens)
        return len(text.split())
    return sum(1 for token in _WORD.findall(text) if not _PUNCTUATION_RUN.fullmatch(token))
