"""A parsed document becomes an Article: sentences, repairs, title, then metadata and styles."""

from __future__ import annotations

from dataclasses import replace

from desktop.engine.article import Article, Repair, Style
from desktop.engine.errors import EmptyArticle
from desktop.engine.readers.parsed import Parsed
from desktop.engine.readers.plain import build_article


def to_article(parsed: Parsed, name: str, path: str | None, repair: bool) -> Article:
    """Segment, repair and title the parsed document; metadata and styles carried over."""
    if not parsed.paragraphs:
        raise EmptyArticle(f"“{name}” holds no text to read.")
    article = build_article(list(parsed.paragraphs), title=parsed.title, date=parsed.date,
                            path=path, name=name, repair=repair)
    dropped = len(parsed.paragraphs) - len(article.paragraphs)  # a byline paragraph taken out
    styles = []
    for paragraph in article.paragraphs:
        index = paragraph.index + dropped
        spans = parsed.styles[index] if index < len(parsed.styles) else []
        repairs = [r for r in article.repairs if paragraph.start <= r.start < paragraph.end]
        for a, b, kind in spans:
            start = paragraph.start + _after_repairs(a, repairs, paragraph.start)
            end = paragraph.start + _after_repairs(b, repairs, paragraph.start)
            styles.append(Style(start, min(end, paragraph.end), kind))
    byline = article.byline or parsed.byline
    notes = tuple(parsed.notes)
    return replace(article, byline=byline, site=parsed.site, notes=notes, styles=tuple(styles),
                   chapters=tuple(parsed.chapters), chapter=parsed.chapter)


def _after_repairs(offset: int, repairs: list[Repair], base: int) -> int:
    """A paragraph offset in the text as read -> the same place in the repaired paragraph."""
    shift = 0
    for repair in repairs:
        original_start = repair.start - base - shift
        if original_start + len(repair.original) > offset:
            break
        shift += len(repair.replacement) - len(repair.original)
    return offset + shift
