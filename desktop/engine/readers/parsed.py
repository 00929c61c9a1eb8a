"""What a format's reader returns: paragraphs, their styles and the metadata found."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.engine.errors import TooLarge
from desktop.engine.readers.source import MAX_BYTES, megabytes

# A paragraph-relative style: (start, end, kind) with kind one of Style's kinds.
Span = tuple[int, int, str]


@dataclass
class Parsed:
    """A document as its reader found it, before sentences, repairs and the title rules."""

    paragraphs: list[str] = field(default_factory=list)
    styles: list[list[Span]] = field(default_factory=list)  # one list per paragraph, or empty
    title: str | None = None
    date: str | None = None
    byline: str | None = None
    site: str | None = None
    notes: list[str] = field(default_factory=list)
    chapters: list[str] = field(default_factory=list)  # an e-book's chapter titles, in order
    chapter: int | None = None  # the one chapter read (0-based), or None for all of them
    characters: int = 0  # in all paragraphs so far, checked against the limit on each add

    def add(self, text: str, spans: list[Span] | None = None) -> None:
        """Append a paragraph (whitespace folded) and its styles; blank ones are skipped."""
        if spans:
            folded, where = _fold(text)
        else:  # the common case, in C
            folded, where = " ".join(text.split()), []
        if not folded:
            return
        self.characters += len(folded)
        if self.characters > MAX_BYTES:
            raise TooLarge(f"The article holds more than {megabytes(MAX_BYTES)} of text; "
                           f"Précis opens articles up to {megabytes(MAX_BYTES)}.")
        moved = [(where[a], where[b], kind) for a, b, kind in spans or ()]
        self.paragraphs.append(folded)
        self.styles.append([s for s in moved if s[0] < s[1]])


def _fold(text: str) -> tuple[str, list[int]]:
    """Whitespace runs folded to one space and stripped; `where[i]` maps offsets of `text`."""
    out: list[str] = []
    where = []
    pending = False
    for char in text:
        if char.isspace():
            pending = bool(out)
            where.append(len(out))
            continue
        if pending:
            out.append(" ")
            pending = False
        where.append(len(out))
        out.append(char)
    folded = "".join(out)
    where.append(len(folded))
    return folded, [min(w, len(folded)) for w in where]
