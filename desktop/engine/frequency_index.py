"""wordfreq's English bands of plain words as a compact sorted index, kept in the user's cache.

Decoding wordfreq's list into a dictionary takes ~0.08 s at every start (321,000 strings made
and hashed), while a short article looks up a few hundred words. The index holds the same
answers for every word of lower-case ASCII letters: the words sorted, one a line, in one block
of bytes, their bands in an array, and where each three-letter prefix begins. It is read in a
few milliseconds; a prefix's words become a dictionary the first time one of them is asked.

The file is built from the dictionary on first use and replaced whole (written beside it, then
renamed). A missing, unreadable, truncated or corrupt file, or one made from another copy of
wordfreq's data, is never used: the caller decodes wordfreq's list as before and rebuilds it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sys
import tempfile
import zlib
from array import array
from collections import Counter
from collections.abc import Mapping
from itertools import accumulate
from pathlib import Path

log = logging.getLogger(__name__)
FORMAT = 1
FILE_NAME = "english-zipf-bands.index"
# A word's slot: its first three letters in base 27, "a"-"z" as 1-26 and 0 past the word's end,
# so that slots rise with the words' sorted order and a slot's words are consecutive.
_SLOTS = 27**3
_PAD = b"`"  # the character before "a": 0 as a letter
_OFFSET = ord(_PAD)


_PLAIN = re.compile("[a-z]+")
_HEAD = re.compile("(?m)^[a-z]{1,3}")


def is_plain(word: str) -> bool:
    """Words the index answers for: lower-case ASCII letters only."""
    return word.isascii() and word.isalpha() and word.islower()


def _slot(word: bytes) -> int:
    head = (word[:3] + _PAD * 3)[:3]
    return (head[0] - _OFFSET) * 729 + (head[1] - _OFFSET) * 27 + (head[2] - _OFFSET)


class BandIndex:
    """`get(word)` -> the band of a plain word, or None when wordfreq does not list it."""

    def __init__(self, words: bytes, word_starts: array, byte_starts: array,
                 bands: array) -> None:
        self._words, self._bands = words, bands
        self._word_starts, self._byte_starts = word_starts, byte_starts
        self._slots: dict[int, dict[str, int]] = {}

    def __len__(self) -> int:
        return len(self._bands)

    def get(self, word: str) -> int | None:
        if not is_plain(word):
            return None
        slot = _slot(word.encode("ascii"))
        found = self._slots.get(slot)
        if found is None:
            found = self._slots[slot] = self._slot_words(slot)
        return found.get(word)

    def _slot_words(self, slot: int) -> dict[str, int]:
        first, last = self._word_starts[slot], self._word_starts[slot + 1]
        text = self._words[self._byte_starts[slot]:self._byte_starts[slot + 1]].decode("ascii")
        return dict(zip(text.split("\n")[:-1], self._bands[first:last], strict=True))


def build(bands: Mapping[str, int], source: str) -> bytes:
    """The index file's bytes for the plain words of `bands`, made from `source` (its identity:
    path, size and modification time of wordfreq's file)."""
    words = sorted(filter(_PLAIN.fullmatch, bands))
    text = "".join(w + "\n" for w in words)
    counts = [0] * (_SLOTS + 1)
    for head, count in Counter(_HEAD.findall(text)).items():
        counts[_slot(head.encode("ascii")) + 1] = count
    word_starts = array("I", accumulate(counts))
    letters = [0, *accumulate(map(len, words))]
    byte_starts = array("I", (letters[i] + i for i in word_starts))  # a newline after each word
    body = b"".join((word_starts.tobytes(), byte_starts.tobytes(),
                     array("H", map(bands.__getitem__, words)).tobytes(), text.encode("ascii")))
    header = {"format": FORMAT, "source": source, "words": len(words),
              "byteorder": sys.byteorder, "crc32": zlib.crc32(body)}
    return json.dumps(header).encode("ascii") + b"\n" + body


def parse(data: bytes, source: str) -> BandIndex | None:
    """The index in `data`, or None unless it is whole, uncorrupted and made from `source`."""
    head, _, body = data.partition(b"\n")
    try:
        header = json.loads(head)
        expected = {"format": FORMAT, "source": source, "byteorder": sys.byteorder}
        if any(header.get(k) != v for k, v in expected.items()):
            return None
        count = header["words"]
        if zlib.crc32(body) != header["crc32"] or not isinstance(count, int):
            return None
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    word_starts, byte_starts, bands = array("I"), array("I"), array("H")
    if word_starts.itemsize != 4 or bands.itemsize != 2:
        return None
    tables = 4 * (_SLOTS + 1)
    word_starts.frombytes(body[:tables])
    byte_starts.frombytes(body[tables:2 * tables])
    bands.frombytes(body[2 * tables:2 * tables + 2 * count])
    words = body[2 * tables + 2 * count:]
    if word_starts[-1] != count or len(bands) != count or byte_starts[-1] != len(words):
        return None
    return BandIndex(words, word_starts, byte_starts, bands)


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
