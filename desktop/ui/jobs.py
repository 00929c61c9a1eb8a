"""The engine calls the window runs in the background; the engine is imported on first use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.engine.article import Article
    from desktop.engine.speakers import Speaker
    from desktop.engine.summary import Summary
    from desktop.engine.summary.length import Length


def read_article(path: str | Path, repair: bool = True) -> Article:
    from desktop.engine.readers import read_path

    return read_path(path, repair=repair)


def read_data(data: bytes, name: str, repair: bool = True) -> Article:
    """Bytes (e.g. from the clipboard) read as the format `name`'s suffix says."""
    from desktop.engine.readers import read_bytes

    return read_bytes(data, name=name, repair=repair)


def key_sentences(article: Article, algorithm: str, length: Length | None, order: str) -> Summary:
    from desktop.engine.summary import summarize

    return summarize(article, algorithm=algorithm, length=length, order=order)


def quoted_speakers(article: Article) -> tuple[Speaker, ...]:
    from desktop.engine.speakers import find_speakers

    return find_speakers(article)


def speakers_note(article: Article) -> str | None:
    """Why `article` has no speakers to show (not English), or None."""
    from desktop.engine.speakers import unsupported

    return unsupported(article)


def algorithm_name(key: str) -> str:
    from desktop.engine.summary.algorithms import ALGORITHMS

    return ALGORITHMS[key].label if key in ALGORITHMS else key


def error_sentence(error: BaseException, path: str | Path) -> str:
    """The sentence a person sees for a failure while opening `path`."""
    from desktop.engine.errors import ArticleError

    if isinstance(error, ArticleError):
        return str(error)
    return f"Précis could not open “{Path(path).name}”: {type(error).__name__}: {error}"
