"""English word frequencies on wordfreq's Zipf scale, read from wordfreq's own data file.

`import wordfreq` brings in ftfy, langcodes and regex (~0.12 s) and its first lookup turns all
321,000 words into a dictionary of floats one by one in Python (~0.1-0.2 s): more than all the
rest of a short article's analysis. This module reads the same file (`large_en.msgpack.gz`,
wordfreq's "best" English list) into a dictionary of band numbers built in C (~0.08 s in all),
once: later starts read the same answers from a compact index in the user's cache
(`frequency_index`, a few ms).
The arithmetic is wordfreq's, step by step, and a test compares the answers with wordfreq's.
Words other than lower-case ASCII letters, and any trouble reading the file, go to wordfreq.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import zlib
from collections.abc import Mapping
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from desktop.engine import frequency_index
from desktop.engine.frequency_index import BandIndex
from desktop.paths import user_cache

DATA_FILE = "large_en.msgpack.gz"


@lru_cache(maxsize=1)
def _bands() -> Mapping[str, int] | BandIndex | None:
    """Each word's band (band i holds the words of frequency 10 ** (-i / 100)): from the index
    in the user's cache, else decoded from wordfreq's file (and the index saved for next time)."""
    source = _data_file()
    if source is None:
        return None
    identity = _identity(source)
    if identity is None:
        return None
    cached = user_cache() / frequency_index.FILE_NAME
    index = frequency_index.load(cached, identity)
    if index is not None:
        return index
    bands = _decoded_bands(source)
    if bands is not None:
        frequency_index.save(cached, bands, identity)
    return bands


def _data_file() -> Path | None:
    try:
        spec = importlib.util.find_spec("wordfreq")
        return Path(next(iter(spec.submodule_search_locations))) / "data" / DATA_FILE
    except (ImportError, StopIteration, AttributeError, TypeError, ValueError):
        return None


def _identity(source: Path) -> str | None:
    """What the index is made from: the data file's name, size and checksum (~1 ms to read).

    Not its path or modification time: several installations of one wordfreq release (virtual
    environments, a reinstall) share one index in the user's cache instead of each rebuilding
    it over the other's (0.5 s on the next long article).
    """
    try:
        data = source.read_bytes()
    except OSError:
        return None
    return f"{source.name}|{len(data)}|{zlib.crc32(data):08x}"


def _decoded_bands(source: Path) -> dict[str, int] | None:
    """wordfreq's list as a dictionary, read as wordfreq reads it (msgpack, format "cB")."""
    try:
        import msgpack

        data = msgpack.unpackb(gzip.decompress(source.read_bytes()), raw=False)
    except (ImportError, OSError, ValueError, TypeError):
        return None
    header = data[0] if data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    found: dict[str, int] = {}
    for number, band in enumerate(data[1:]):  # band by band: other threads get their turns
        found.update(zip(band, repeat(number)))  # a word in two bands: the last one wins
    return found


def zipf_english(word: str) -> float:
    """`wordfreq.zipf_frequency(word, "en")`, without importing wordfreq for plain words."""
    bands = _bands()
    if bands is None or not frequency_index.is_plain(word):
        from wordfreq import zipf_frequency

        return zipf_frequency(word, "en")
    number = bands.get(word)
    if number is None:
        return round(math.log(1e-9, 10) + 9, 2)  # wordfreq's minimum: Zipf 0
    freq = 1.0 / (1.0 / 10 ** (-number / 100))
    leading_zeroes = math.floor(-math.log(freq, 10))
    freq = round(freq, leading_zeroes + 3)
    return round(math.log(freq, 10) + 9, 2)
