"""wordfreq's English bands of plain words as a compact index, kept in the user's cache.

Decoding wordfreq's list into a dictionary takes ~0.08 s at every start (321,000 strings made
and hashed), while a short article looks up a few hundred words. The index holds the same
answers for every word of lower-case ASCII letters: the words grouped by their first three
letters, each between newlines, in one block of bytes, their bands in an array, and where each
prefix's words begin.
It is read in a few milliseconds, and a word is found by searching its prefix's few bytes.

The file is built from the dictionary on first use and replaced whole (written beside it, then
renamed). A missing, unreadable, truncated or corrupt file, or one made from another copy of
wordfreq's data, is never used: the caller decodes wordfreq's list as before and rebuilds it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import tempfile
import zlib
from array import array
from collections.abc import Mapping, Sequence
from itertools import accumulate
from pathlib import Path

log = logging.getLogger(__name__)
FORMAT = 3  # 3: made from a source named by its content (see word_frequency._identity)
# One file per format: a copy of Précis with another format, sharing the cache, keeps its own.
FILE_NAME = f"english-zipf-bands-{FORMAT}.index"
# A word's slot: its first three letters in base 27, "a"-"z" as 1-26 and 0 past the word's end,
# so that slots rise in the prefixes' sorted order, in which the index lists the groups.
_SLOTS = 27**3
_PAD = b"`"  # the character before "a": 0 as a letter
_OFFSET = ord(_PAD)


def is_plain(word: str) -> bool:
    """Words the index answers for: lower-case ASCII letters only."""
    return word.isascii() and word.isalpha() and word.islower()


def _slot(word: bytes) -> int:
    head = (word[:3] + _PAD * 3)[:3]
    return (head[0] - _OFFSET) * 729 + (head[1] - _OFFSET) * 27 + (head[2] - _OFFSET)


class BandIndex:
    """`get(word)` -> the band of a plain word, or None when wordfreq does not list it."""

    def __init__(self, data: bytes, words_at: int, word_starts: Sequence[int],
                 byte_starts: Sequence[int], bands: Sequence[int]) -> None:
        self._data, self._words_at, self._bands = data, words_at, bands
        self._word_starts, self._byte_starts = word_starts, byte_starts

    def __len__(self) -> int:
        return len(self._bands)

    def get(self, word: str) -> int | None:
        if not is_plain(word):
            return None
        key = word.encode("ascii")
        slot = _slot(key)
        start = self._words_at + self._byte_starts[slot]  # the newline before its first word
        end = self._words_at + self._byte_starts[slot + 1] + 1
        at = self._data.find(b"\n" + key + b"\n", start, end)
        if at < 0:
            return None
        return self._bands[self._word_starts[slot] + self._data.count(b"\n", start, at)]


def build(bands: Mapping[str, int], source: str) -> bytes:
    """The index file's bytes for the plain words of `bands`, made from `source` (its identity:
    name, size and checksum of wordfreq's file).

    Words are grouped by prefix in Python loops, not sorted in one long call: a window showing
    the first article keeps its turns while the first launch builds this in the background.
    """
    groups: dict[str, list[str]] = {}
    for word in bands:
        if is_plain(word):
            groups.setdefault(word[:3], []).append(word)
    word_counts, byte_counts = [0] * (_SLOTS + 1), [0] * (_SLOTS + 1)
    text, numbers = ["\n"], array("H")
    for head in sorted(groups):  # in slot order: see `_slot`
        words = groups[head]
        slot = _slot(head.encode("ascii"))
        word_counts[slot + 1] = len(words)
        byte_counts[slot + 1] = sum(map(len, words)) + len(words)  # a newline before each
        text.append("\n".join(words) + "\n")
        numbers.extend(map(bands.__getitem__, words))
    body = b"".join((array("I", accumulate(word_counts)).tobytes(),
                     array("I", accumulate(byte_counts)).tobytes(), numbers.tobytes(),
                     "".join(text).encode("ascii")))
    header = json.dumps({"format": FORMAT, "source": source, "words": len(numbers),
                         "byteorder": sys.byteorder, "crc32": zlib.crc32(body)})
    padding = -(len(header) + 1) % 8  # the tables start aligned: they are read in place
    return (header + " " * padding + "\n").encode("ascii") + body


def parse(data: bytes, source: str) -> BandIndex | None:
    """The index in `data`, or None unless it is whole, uncorrupted and made from `source`."""
    start = data.find(b"\n") + 1
    body = memoryview(data)[start:]  # read in place, not copied
    try:
        header = json.loads(data[:start])
        expected = {"format": FORMAT, "source": source, "byteorder": sys.byteorder}
        if any(header.get(k) != v for k, v in expected.items()):
            return None
        count = header["words"]
        if zlib.crc32(body) != header["crc32"] or not isinstance(count, int):
            return None
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    tables, words_at = 4 * (_SLOTS + 1), start + 8 * (_SLOTS + 1) + 2 * count
    if start % 8 or array("I").itemsize != 4 or array("H").itemsize != 2 or words_at > len(data):
        return None
    word_starts = body[:tables].cast("I")
    byte_starts = body[tables:2 * tables].cast("I")
    bands = body[2 * tables:2 * tables + 2 * count].cast("H")
    if word_starts[-1] != count or byte_starts[-1] != len(data) - words_at - 1:
        return None
    return BandIndex(data, words_at, word_starts, byte_starts, bands)


def load(path: Path, source: str) -> BandIndex | None:
    """The index stored at `path` if it is usable (see `parse`), else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return parse(data, source)


def save(path: Path, bands: Mapping[str, int], source: str) -> None:
    """Build the index and replace `path` with it in one step; a failure only means no index."""
    data = build(bands, source)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, part = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
    except OSError as error:
        log.debug("word-frequency index not saved: %s", error)
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(part, path)
    except OSError as error:
        log.debug("word-frequency index not saved: %s", error)
        with contextlib.suppress(OSError):
            os.unlink(part)
