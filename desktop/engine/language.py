"""An article's language: the script of most of its letters, else sumy's stop words' overlap."""

from __future__ import annotations

import pkgutil
import re
from collections.abc import Callable
from functools import lru_cache

from desktop.engine.nltk_import import import_sumy, nltk_module

DEFAULT_LANGUAGE = "english"
# Languages with both a sumy stop-word list and a stemmer, written with spaces between words.
CANDIDATES = ("english", "german", "french", "spanish", "italian", "portuguese", "czech",
              "slovak", "polish", "swedish", "greek", "ukrainian")
SAMPLE_CHARS = 20_000
MIN_HITS = 5
_TOKEN = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
# Scripts written without spaces between words, or with no stop-word candidate above: sumy has
# stop words for each language named (Unicode blocks; kana and Hangul before Han, since
# Japanese and Korean mix them with Han and Chinese has neither).
_SCRIPTS = (
    ("japanese", re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")),
    ("korean", re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")),
    ("chinese", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("thai", re.compile(r"[\u0e00-\u0e7f]")),
    ("arabic", re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")),
    ("hebrew", re.compile(r"[\u0590-\u05ff\ufb1d-\ufb4f]")),
)
_ANY_SCRIPT = re.compile("|".join(script.pattern for _, script in _SCRIPTS))
_EAST_ASIAN = ("japanese", "korean", "chinese")  # kana, Hangul, Han: `_SCRIPTS`' first three


# Languages whose stemmer sumy writes itself (or leaves out) instead of taking NLTK's Snowball.
_SUMY_STEMMERS = ("czech", "slovak", "hebrew", "chinese", "japanese", "korean", "ukrainian",
                  "greek", "polish")


@lru_cache(maxsize=16)
def stop_words(language: str) -> frozenset[str]:
    """sumy's stop words for `language` (a full name such as "english"), as sumy reads them.

    Read from sumy's data files directly: `sumy.utils.get_stop_words` first normalises the
    name through pycountry, which loads the ISO 639 database (~0.1 s, holding the GIL) and
    imports `requests`, only to return the same name. Other names go through sumy.

    Raises:
        LookupError: sumy has no stop words for `language`.
    """
    try:
        data = pkgutil.get_data("sumy", f"data/stopwords/{language}.txt")
    except OSError:
        data = None
    if data is None:
        return import_sumy("sumy.utils").get_stop_words(language)
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)


def stemmer(language: str) -> Callable[[str], str]:
    """The stemmer sumy's `Stemmer(language)` would use, built without pycountry (see above).

    Raises:
        LookupError: no stemmer exists for `language`.
    """
    found = None
    if language not in _SUMY_STEMMERS and language == language.lower():
        snowball = nltk_module("nltk.stem.snowball")
        found = getattr(snowball, language.capitalize() + "Stemmer", None)
    if found is None:
        return import_sumy("sumy.nlp.stemmers").Stemmer(language)
    return found().stem


@lru_cache(maxsize=1)
def _stop_lists() -> dict[str, frozenset[str]]:
    return {lang: frozenset(w.lower() for w in stop_words(lang)) for lang in CANDIDATES}


def detect_language(text: str) -> str:
    """The candidate language whose stop words cover most of the text's first words.

    A text whose letters are mostly of one script in `_SCRIPTS` (Chinese, Japanese, Korean,
    Thai, Arabic, Hebrew) is that script's language: it has no spaces to find stop words
    between, or no candidate. Returns `DEFAULT_LANGUAGE` when the text is too short to tell
    (fewer than `MIN_HITS` stop words in any list).
    """
    sample = text[:SAMPLE_CHARS]
    script = _script_language(sample)
    if script:
        return script
    tokens = [t.lower() for t in _TOKEN.findall(sample)]
    best, best_hits = DEFAULT_LANGUAGE, 0
    for language, stop in _stop_lists().items():
        hits = sum(1 for t in tokens if t in stop)
        if hits > best_hits:
            best, best_hits = language, hits
    return best if best_hits >= MIN_HITS else DEFAULT_LANGUAGE


def _script_language(sample: str) -> str | None:
    """The language of the script that writes at least half of `sample`'s letters, if any; else
    of kana, Hangul and Han together: Japanese if there is kana, Korean if Hangul, else Chinese."""
    if not _ANY_SCRIPT.search(sample):  # most texts: no need to count
        return None
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    counts = {language: len(script.findall(sample)) for language, script in _SCRIPTS}
    for language, count in counts.items():
        if 2 * count >= letters:
            return language
    if 2 * sum(counts[language] for language in _EAST_ASIAN) >= letters:
        return next(language for language in _EAST_ASIAN if counts[language])
    return None
