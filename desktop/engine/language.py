"""Language of an article, guessed from the overlap of its words with sumy's stop-word lists."""

from __future__ import annotations

import re
from functools import lru_cache

from sumy.utils import get_stop_words

DEFAULT_LANGUAGE = "english"
# Languages with both a sumy stop-word list and a stemmer, written with spaces between words.
CANDIDATES = ("english", "german", "french", "spanish", "italian", "portuguese", "czech",
              "slovak", "polish", "swedish", "greek", "ukrainian")
SAMPLE_CHARS = 20_000
MIN_HITS = 5
_TOKEN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _stop_lists() -> dict[str, frozenset[str]]:
    return {lang: frozenset(w.lower() for w in get_stop_words(lang)) for lang in CANDIDATES}


def detect_language(text: str) -> str:
    """The candidate language whose stop words cover most of the text's first words.

    Returns `DEFAULT_LANGUAGE` when the text is too short to tell (fewer than `MIN_HITS` stop
    words in any list).
    """
    tokens = [t.lower() for t in _TOKEN.findall(text[:SAMPLE_CHARS])]
    best, best_hits = DEFAULT_LANGUAGE, 0
    for language, stop in _stop_lists().items():
        hits = sum(1 for t in tokens if t in stop)
        if hits > best_hits:
            best, best_hits = language, hits
    return best if best_hits >= MIN_HITS else DEFAULT_LANGUAGE
