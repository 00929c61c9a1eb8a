"""Path or bytes -> Article: one module per format over its library (the table: engine.formats).

`build_article`, `make_title` and the headline and byline rules live in `readers.plain`.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from desktop.engine.article import Article
from desktop.engine.errors import NoSuchChapter, TooLarge
from desktop.engine.formats import READERS, Format, format_of
from desktop.engine.readers.decoding import decode
from desktop.engine.readers.document import to_article
from desktop.engine.readers.mojibake import unmangled
from desktop.engine.readers.plain import build_article, from_plain_text, make_title
from desktop.engine.readers.source import MAX_BYTES, megabytes, read_file

__all__ = ["MAX_BYTES", "BINARY_MAX_BYTES", "build_article", "from_plain_text", "make_title",
           "read_bytes", "read_path"]
BINARY_MAX_BYTES = 100 * 1024 * 1024  # PDFs, e-books and Word files carry images; their text
# is limited to MAX_BYTES while it is extracted.
HEAD_BYTES = 1024


def read_path(path: str | Path, repair: bool = True, chapter: int | None = None) -> Article:
    """Read a regular file (never writing to it) and build its Article.

    Args:
        chapter: for an e-book, the 0-based index of the one chapter to read (None: the whole
            book); asking another format for a chapter is a NoSuchChapter error.

    Raises:
        UnreadableFile, NotText, TooLarge, EmptyArticle, NoSuchChapter: with a sentence naming
            the problem.
    """
    path = Path(path)
    name = path.name or str(path)
    entry = format_of(name)
    data = read_file(path, MAX_BYTES if entry.text else BINARY_MAX_BYTES)
    return read_bytes(data, name=name, path=str(path), repair=repair, chapter=chapter)


def read_bytes(data: bytes, name: str = "article", path: str | None = None, repair: bool = True,
               chapter: int | None = None) -> Article:
    """Build an Article from the bytes of a file whose format follows from `name` (or its bytes)."""
    entry = format_of(name, data[:HEAD_BYTES])
    limit = MAX_BYTES if entry.text else BINARY_MAX_BYTES
    if len(data) > limit:
        raise TooLarge(f"“{name}” is larger than {megabytes(limit)}.")
    if chapter is not None and not entry.chapters:
        raise NoSuchChapter(f"“{name}” has no chapters; only e-books are read chapter by "
                            "chapter.")
    parsed, notes = _parse(entry, data, name, chapter)
    parsed.notes[:0] = notes
    return to_article(parsed, name=name, path=path, repair=repair)


def _parse(entry: Format, data: bytes, name: str, chapter: int | None):
    module, function = entry.reader.split(":")
    reader = getattr(importlib.import_module(f"{READERS}.{module}"), function)
    if not entry.text:
        return (reader(data, name, chapter) if entry.chapters else reader(data, name)), []
    decoded = decode(data, name)
    text, repaired = unmangled(decoded.text, name)
    return reader(text, name), [note for note in (decoded.note, repaired) if note]
