"""The engine calls the window runs in the background; the engine is imported on first use."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.engine.article import Article
    from desktop.engine.speakers import Speaker
    from desktop.engine.summary import Summary
    from desktop.engine.summary.length import Length


_frozen_modules = 0


@contextmanager
def _imports_frozen() -> Iterator[None]:
    """Import (and load data) without cycle collections, then put what was created out of the
    collector's reach (`gc.freeze`). Otherwise each full collection walks those hundreds of
    thousands of objects, holding the GIL for 0.1-0.2 s, and the window stalls. Frozen objects
    are still freed by reference counting."""
    global _frozen_modules
    if len(sys.modules) == _frozen_modules:
        yield  # nothing new to import
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _frozen_modules = len(sys.modules)
        gc.freeze()
        if enabled:
            gc.enable()


def preview_article(path: str | Path) -> Article | None:
    from desktop.engine.preview import preview_path

    article = preview_path(path)
    if article is not None:
        article.words  # noqa: B018 - counted here, off the GUI thread
    return article


def read_article(path: str | Path, repair: bool = True, chapter: int | None = None) -> Article:
    with _imports_frozen():
        from desktop.engine.readers import read_path

        if repair:
            from desktop.engine.repair import load_word_frequencies

            load_word_frequencies()
    article = read_path(path, repair=repair, chapter=chapter)
    article.words  # noqa: B018 - counted here, off the GUI thread
    return article


def read_data(data: bytes, name: str, repair: bool = True,
              chapter: int | None = None) -> Article:
    """Bytes (e.g. from the clipboard) read as the format `name`'s suffix says."""
    from desktop.engine.readers import read_bytes

    return read_bytes(data, name=name, repair=repair, chapter=chapter)


def key_sentences(article: Article, algorithm: str, length: Length | None, order: str) -> Summary:
    with _imports_frozen():
        from desktop.engine.summary import summarize
        from desktop.engine.summary.rank import sentence_scores  # noqa: F401 - to be frozen
    return summarize(article, algorithm=algorithm, length=length, order=order)


def quoted_speakers(article: Article) -> tuple[Speaker, ...]:
    with _imports_frozen():
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
