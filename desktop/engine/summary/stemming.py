"""Stemmers by language: sumy's where it works offline, else words compared as written."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from desktop.engine.language import stemmer as sumy_stemmer

PROBE = "words"


def null_stemmer(word: str) -> str:
    """sumy's `null_stemmer` (words compared as written, lower-cased), without importing
    `sumy.nlp.stemmers`, whose `sumy.utils` loads pycountry's language database."""
    return word.lower()


@lru_cache(maxsize=16)
def stemmer(language: str) -> Callable[[str], str]:
    """sumy's stemmer for `language`, or lower-casing alone when sumy's needs a missing package.

    sumy's Polish and Greek stemmers need extra packages and fail on their first word; Précis
    then compares words as written rather than stemming them as English.
    """
    try:
        found = sumy_stemmer(language)
        found(PROBE)
    except (LookupError, ValueError, ImportError):
        return null_stemmer
    return found


def fallback_note(language: str) -> str:
    """One sentence when `language` is summarised without a stemmer, else ''."""
    if stemmer(language) is not null_stemmer:
        return ""
    return (f"Précis has no {language.capitalize()} stemmer, so the summary compares words as "
            "written (forms of one word count as different words).")
