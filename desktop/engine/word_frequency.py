"""English word frequencies on wordfreq's Zipf scale, read from wordfreq's own data file.

`import wordfreq` brings in ftfy, langcodes and regex (~0.12 s) and its first lookup turns all
321,000 words into a dictionary of floats one by one in Python (~0.1-0.2 s): more than all the
rest of a short article's analysis. This module reads the same file (`large_en.msgpack.gz`,
wordfreq's "best" English list) into a dictionary of band numbers built in C (~0.08 s in all).
The arithmetic is wordfreq's, step by step, and a test compares the answers with wordfreq's.
Words other than lower-case ASCII letters, and any trouble reading the file, go to wordfreq.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path

DATA_FILE = "large_en.msgpack.gz"


@lru_cache(maxsize=1)
def _bands() -> dict[str, int] | None:
    """Each word's band: band i holds the words of frequency 10 ** (-i / 100)."""
    try:
        import msgpack

        spec = importlib.util.find_spec("wordfreq")
        folder = Path(next(iter(spec.submodule_search_locations)))
        data = msgpack.unpackb(gzip.decompress((folder / "data" / DATA_FILE).read_bytes()),
                               raw=False)
    except (ImportError, OSError, ValueError, StopIteration, AttributeError, TypeError):
        return None
    header = data[0] if data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    bands = data[1:]
    numbers = chain.from_iterable(repeat(number, len(band)) for number, band in enumerate(bands))
    return dict(zip(chain.from_iterable(bands), numbers, strict=True))  # the last band wins


def zipf_english(word: str) -> float:
    """`wordfreq.zipf_frequency(word, "en")`, without importing wordfreq for plain words."""
    bands = _bands()
    if bands is None or not (word.isascii() and word.isalpha() and word.islower()):
        from wordfreq import zipf_frequency

        return zipf_frequency(word, "en")
    number = bands.get(word)
    if number is None:
        return round(math.log(1e-9, 10) + 9, 2)  # wordfreq's minimum: Zipf 0
    freq = 1.0 / (1.0 / 10 ** (-number / 100))
    leading_zeroes = math.floor(-math.log(freq, 10))
    freq = round(freq, leading_zeroes + 3)
    return round(math.log(freq, 10) + 9, 2)
