"""Counting words the way readers do: spaced words, and each Chinese or Japanese character."""

from __future__ import annotations

import re

# Han ideographs and kana are written without spaces; each counts as a word (as word counters
# for Chinese and Japanese do). Hangul is written with spaces and counts by words.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_WORD = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+")
_PUNCTUATION_ONLY = re.compile(r"^[\W_]+$")


def count_words(text: str) -> int:
    """Whitespace-separated words, with each CJK character counted on its own."""
    if text.isascii():
        return len(text.split())
    return sum(1 for token in _WORD.findall(text) if not _is_cjk_punctuation(token))


def _is_cjk_punctuation(token: str) -> bool:
    """CJK and full-width punctuation ("。", "！", "「") is not a word."""
    return all("\u3000" <= c <= "\u303f" or "\uff01" <= c <= "\uff0f" or "\uff1a" <= c <= "\uff20"
               or "\uff3b" <= c <= "\uff40" or "\uff5b" <= c <= "\uff65" for c in token)
