"""E-books (.epub) through ebooklib: every chapter in reading order, or the one asked for."""

from __future__ import annotations

import io
import posixpath
import warnings

from desktop.engine.errors import EmptyArticle, NoSuchChapter, NotText
from desktop.engine.readers.archive import check_archive
from desktop.engine.readers.blocks import BlockText, block_text
from desktop.engine.readers.parsed import Parsed

KIND = "an e-book"


def read_epub(data: bytes, name: str = "article", chapter: int | None = None) -> Parsed:
    """The chapters in spine order (navigation documents and chapters without text skipped),
    with title, author and date; `parsed.chapters` names them all.

    Args:
        chapter: None for the whole book, each chapter under its heading; else the 0-based
            index of the one chapter to read, whose title becomes the title.

    Raises:
        NoSuchChapter: `chapter` is not one of the book's (the sentence counts from 1).
    """
    check_archive(data, name, KIND)
    book = _book(data, name)
    parsed = Parsed(title=_first(book, "title"), byline=_first(book, "creator"),
                    date=_first(book, "date"))
    book_title, titles = parsed.title, _toc_titles(book.toc)
    for markup, file_name in _documents(book):
        page = block_text(markup)
        if not _has_text(page):
            continue
        title = _chapter_title(page, file_name, titles, len(parsed.chapters) + 1)
        if chapter is None:
            _add_chapter(parsed, page, heading=" ".join(page.h1.split()))
        elif chapter == len(parsed.chapters):
            parsed.title = title
            _add_chapter(parsed, page, heading=None)
        parsed.chapters.append(title)
    count = len(parsed.chapters)
    if chapter is not None and not 0 <= chapter < count:
        if not count:
            raise EmptyArticle(f"“{name}” holds no text to read.")
        raise NoSuchChapter(f"“{name}” has {count} chapter{'s' if count != 1 else ''}; there is "
                            f"no chapter {chapter + 1}.")
    if chapter is not None:
        parsed.chapter = chapter
        of_book = f" of “{book_title}”" if book_title else ""
        parsed.notes.append(f"Chapter {chapter + 1} of {count}{of_book}.")
    elif count > 1:
        parsed.notes.append(f"“{name}” has {count} chapters; all are shown, in order.")
    return parsed


def _book(data: bytes, name: str):
    from ebooklib import epub  # lazy: loads lxml

    try:
        with warnings.catch_warnings():  # ebooklib warns about its own future defaults
            warnings.simplefilter("ignore")
            return epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
    except Exception as error:  # ebooklib raises many kinds for a damaged book
        raise NotText(f"“{name}” is not {KIND} Précis can read (it may be damaged).") from error


def _documents(book):
    """(markup, file name) of each document in the spine, navigation documents left out."""
    from ebooklib import ITEM_DOCUMENT, epub

    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.get_type() != ITEM_DOCUMENT or isinstance(item, epub.EpubNav):
            continue
        yield item.get_content().decode("utf-8", errors="replace"), item.get_name()


def _has_text(page: BlockText) -> bool:
    return bool(page.h1.strip()) or any(text.strip() for text, _heading in page.blocks)


def _add_chapter(parsed: Parsed, page: BlockText, heading: str | None) -> None:
    """Add one chapter's heading (when given) and paragraphs."""
    if heading:
        parsed.add(heading, [(0, len(heading), "heading")])
    for block, is_heading in page.blocks:
        parsed.add(block, [(0, len(block), "heading")] if is_heading else None)


def _chapter_title(page: BlockText, file_name: str, titles: dict[str, str], number: int) -> str:
    """The table of contents' name for the chapter, else its first heading, else 'Chapter N'."""
    for key in (file_name, posixpath.basename(file_name)):
        if titles.get(key):
            return titles[key]
    headings = [page.h1] + [text for text, is_heading in page.blocks if is_heading]
    return next((" ".join(h.split()) for h in headings if h.strip()), f"Chapter {number}")


def _toc_titles(toc) -> dict[str, str]:
    """File name (and its base name) -> the first title the table of contents gives it."""
    titles: dict[str, str] = {}
    for entry in toc:
        if isinstance(entry, tuple):  # (Section, children)
            section, children = entry
            _note_title(titles, section)
            for key, title in _toc_titles(children).items():
                titles.setdefault(key, title)
        else:
            _note_title(titles, entry)
    return titles


def _note_title(titles: dict[str, str], entry) -> None:
    href, title = getattr(entry, "href", None), " ".join(str(entry.title or "").split())
    if href and title:
        path = href.split("#", 1)[0]
        titles.setdefault(path, title)
        titles.setdefault(posixpath.basename(path), title)


def _first(book, field: str) -> str | None:
    values = book.get_metadata("DC", field)
    text = values[0][0] if values and values[0] and values[0][0] else ""
    return " ".join(str(text).split()) or None
