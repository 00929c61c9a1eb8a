"""E-books (.epub) through ebooklib: every chapter in reading order, each headed by its title."""

from __future__ import annotations

import io
import warnings

from desktop.engine.errors import NotText
from desktop.engine.readers.archive import check_archive
from desktop.engine.readers.blocks import block_text
from desktop.engine.readers.parsed import Parsed

KIND = "an e-book"


def read_epub(data: bytes, name: str = "article") -> Parsed:
    """All chapters in spine order (navigation documents skipped); title, author and date."""
    check_archive(data, name, KIND)
    from ebooklib import ITEM_DOCUMENT, epub  # lazy: loads lxml

    try:
        with warnings.catch_warnings():  # ebooklib warns about its own future defaults
            warnings.simplefilter("ignore")
            book = epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
    except Exception as error:  # ebooklib raises many kinds for a damaged book
        raise NotText(f"“{name}” is not {KIND} Précis can read (it may be damaged).") from error
    parsed = Parsed(title=_first(book, "title"), byline=_first(book, "creator"),
                    date=_first(book, "date"))
    chapters = 0
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.get_type() != ITEM_DOCUMENT or isinstance(item, epub.EpubNav):
            continue
        if _chapter(parsed, item.get_content().decode("utf-8", errors="replace")):
            chapters += 1
    if chapters > 1:
        parsed.notes.append(f"“{name}” has {chapters} chapters; all are shown, in order.")
    return parsed


def _chapter(parsed: Parsed, markup: str) -> bool:
    """Add one chapter's heading and paragraphs; False when it holds no text."""
    page = block_text(markup)
    before = len(parsed.paragraphs)
    heading = " ".join(page.h1.split())
    if heading:
        parsed.add(heading, [(0, len(heading), "heading")])
    for block, is_heading in page.blocks:
        parsed.add(block, [(0, len(block), "heading")] if is_heading else None)
    return len(parsed.paragraphs) > before


def _first(book, field: str) -> str | None:
    values = book.get_metadata("DC", field)
    text = values[0][0] if values and values[0] and values[0][0] else ""
    return " ".join(str(text).split()) or None
