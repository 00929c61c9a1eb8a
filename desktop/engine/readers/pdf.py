"""PDFs with a text layer through pypdf: lines joined into paragraphs, page furniture dropped."""

from __future__ import annotations

import io
import logging
import re
import statistics
import warnings
from collections import Counter

from desktop.engine.errors import ArticleError, EmptyArticle, NotText, UnreadableFile
from desktop.engine.readers.parsed import Parsed

EDGE_LINES = 2  # lines at the top and bottom of a page that may be running headers or footers
REPEATED_SHARE = 0.5  # on at least this share of pages (and two), an edge line is furniture
SHORT_LINE = 0.8  # a line ending a sentence and shorter than this share of a full line ends
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–—]?\s*\d+\s*[-–—]?(?:\s*(?:of|/)\s*\d+)?$", re.I)
_SENTENCE_END = tuple(".!?:\"”’)。！？")
_HYPHENATED = re.compile(r"[^\W\d_]-$")

logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are told as a sentence


def read_pdf(data: bytes, name: str = "article") -> Parsed:
    """The text layer in reading order; repeated headers, footers and page numbers dropped."""
    from pypdf import PdfReader  # lazy: only PDFs need it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise UnreadableFile(f"“{name}” is a password-protected PDF; Précis cannot "
                                     "open it.")
            pages = [(page.extract_text() or "").splitlines() for page in reader.pages]
            metadata = reader.metadata
    except ArticleError:
        raise
    except Exception as error:  # pypdf raises many kinds for a damaged file
        raise NotText(f"“{name}” is not a PDF Précis can read (it may be damaged).") from error
    parsed = Parsed(title=_meta(metadata, "title"), byline=_meta(metadata, "author"))
    for paragraph in paragraphs(drop_furniture(pages)):
        parsed.add(paragraph)
    if not parsed.paragraphs:
        raise EmptyArticle(f"“{name}” has no text layer (it may be a scan); Précis reads only "
                           "PDFs with text.")
    return parsed


def drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Each page's lines without page numbers and running headers or footers."""
    edges = Counter()
    for lines in pages:
        edges.update({_shape(line) for line in _edge(lines)})
    needed = max(2, REPEATED_SHARE * len(pages))
    repeated = {shape for shape, count in edges.items() if count >= needed}
    kept = []
    for lines in pages:
        edge = set(_edge(lines))
        kept.append([line for line in lines if not (
            line in edge and (_shape(line) in repeated or _PAGE_NUMBER.match(line.strip())))])
    return kept


def paragraphs(pages: list[list[str]]) -> list[str]:
    """Lines joined into paragraphs: a blank line, or a short line ending a sentence, ends one;
    a word hyphenated at a line end is joined."""
    lines = [line.strip() for page in pages for line in page]
    full = [len(line) for line in lines if line]
    width = statistics.median(full) if full else 0
    out, current = [], ""
    for line in lines:
        if not line:
            out, current = _flush(out, current)
            continue
        if _HYPHENATED.search(current) and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        if line.endswith(_SENTENCE_END) and len(line) < SHORT_LINE * width:
            out, current = _flush(out, current)
    return _flush(out, current)[0]


def _flush(out: list[str], current: str) -> tuple[list[str], str]:
    return (out + [current], "") if current else (out, "")


def _edge(lines: list[str]) -> list[str]:
    filled = [line for line in lines if line.strip()]
    return filled[:EDGE_LINES] + filled[-EDGE_LINES:]


def _shape(line: str) -> str:
    """A line with its numbers masked: 'Page 3 of 9' and 'Page 4 of 9' are the same header."""
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def _meta(metadata, field: str) -> str | None:
    try:
        value = getattr(metadata, field, None) if metadata is not None else None
    except Exception:  # a damaged information dictionary: no metadata, the text still reads
        return None
    return " ".join(str(value).split()) or None if value else None
