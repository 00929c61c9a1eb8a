"""Word documents (.docx) through python-docx: paragraphs, headings, lists and emphasis."""

from __future__ import annotations

import io

from desktop.engine.errors import NotText
from desktop.engine.readers.archive import check_archive
from desktop.engine.readers.parsed import Parsed, Span

KIND = "a Word document"


def read_docx(data: bytes, name: str = "article") -> Parsed:
    """Paragraphs and table cells in document order; the Title style or property is the title."""
    check_archive(data, name, KIND)
    import docx  # lazy: python-docx loads lxml

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds for a damaged package
        raise NotText(f"“{name}” is not {KIND} Précis can read (it may be damaged).") from error
    properties = document.core_properties
    parsed = Parsed(title=properties.title or None, byline=properties.author or None,
                    date=properties.created.date().isoformat() if properties.created else None)
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):  # a table: each cell's paragraphs in reading order
            for row in block.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        _paragraph(parsed, paragraph)
        else:
            _paragraph(parsed, block)
    return parsed


def _paragraph(parsed: Parsed, paragraph) -> None:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    text, spans = "", []
    for run in paragraph.runs:
        kind = "strong" if run.bold else "emphasis" if run.italic else None
        if kind and run.text.strip():
            spans.append((len(text), len(text) + len(run.text), kind))
        text += run.text
    if not text.strip():
        return
    if style == "Title":
        if parsed.title is None:
            parsed.title = " ".join(text.split())
        return
    if style.startswith("Heading"):
        spans = [(0, len(text), "heading")]
    elif style.startswith("List"):
        prefix = "• " if "Number" not in style else "– "
        text, spans = prefix + text, [(a + 2, b + 2, k) for a, b, k in spans]
    parsed.add(text, _spans(spans))


def _spans(spans: list[Span]) -> list[Span]:
    """Adjacent runs of the same kind as one span."""
    merged: list[Span] = []
    for a, b, kind in spans:
        if merged and merged[-1][2] == kind and merged[-1][1] == a:
            merged[-1] = (merged[-1][0], b, kind)
        else:
            merged.append((a, b, kind))
    return merged
