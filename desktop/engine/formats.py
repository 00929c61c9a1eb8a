"""The one table of article formats: suffixes, MIME types, reader; light enough for the window."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

READERS = "desktop.engine.readers"


@dataclass(frozen=True)
class Format:
    """A file format: name, suffixes, MIME types, `module:function` reader, whether text."""

    name: str
    label: str
    suffixes: tuple[str, ...]
    mime_types: tuple[str, ...]
    reader: str
    text: bool = True  # decoded as text before its reader sees it; else the reader gets bytes
    chapters: bool = False  # its reader takes `chapter=` (one chapter, or None for all)


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("text", "Plain text", (".txt", ".text"), ("text/plain",), "plain:read_text"),
    Format("markdown", "Markdown", (".md", ".markdown", ".mdown", ".mkd"),
           ("text/markdown", "text/x-markdown"), "markdown:read_markdown"),
    Format("html", "Web page", (".html", ".htm", ".xhtml", ".xht"),
           ("text/html", "application/xhtml+xml"), "html:read_html"),
    Format("docx", "Word document", (".docx",),
           ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
           "docx:read_docx", text=False),
    Format("pdf", "PDF", (".pdf",), ("application/pdf",), "pdf:read_pdf", text=False),
    Format("epub", "E-book", (".epub",), ("application/epub+zip",), "epub:read_epub", text=False,
           chapters=True),
)}
_MAGIC = ((b"%PDF-", "pdf"), (b"PK\x03\x04", "zip"))


def format_of(name: str, head: bytes = b"") -> Format:
    """The format of a file called `name` whose first bytes are `head` (suffix first)."""
    suffix = Path(name).suffix.lower()
    for entry in FORMATS.values():
        if suffix in entry.suffixes:
            return entry
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == "zip":
                return FORMATS["epub" if b"application/epub+zip" in head[:100] else "docx"]
            return FORMATS[kind]
    lowered = head[:1024].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head.lower():
        return FORMATS["html"]
    return FORMATS["text"]


def open_filter() -> str:
    """The open dialog's name filter: every format together, each alone, then all files."""
    patterns = [f"*{s}" for f in FORMATS.values() for s in f.suffixes]
    each = [f"{f.label} ({' '.join('*' + s for s in f.suffixes)})" for f in FORMATS.values()]
    return ";;".join([f"Articles ({' '.join(patterns)})", *each, "All files (*)"])


def mime_types() -> list[str]:
    """Every MIME type Précis opens, as the desktop entry lists them."""
    return [m for f in FORMATS.values() for m in f.mime_types]
