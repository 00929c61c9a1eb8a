"""Where body offsets (Python str indices into `Article.text`) are on the typeset page.

Qt counts positions in UTF-16 units, Python in code points: each segment keeps the offsets of
its characters beyond U+FFFF (emoji) so the two never drift apart.
"""

from __future__ import annotations

import bisect

from desktop.engine.article import Article, Repair
from desktop.ui.utf16 import astral_positions, from_utf16, to_utf16


class PageMap:
    """Typeset segments in body order: each one's body span and its document position."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.positions: list[int] = []
        self.astral: list[list[int]] = []  # per segment: offsets of two-unit characters

    def __len__(self) -> int:
        return len(self.starts)

    def add(self, start: int, end: int, position: int, text: str) -> None:
        """Record a segment: its body span, where it starts on the page, and its text."""
        self.starts.append(start)
        self.ends.append(end)
        self.positions.append(position)
        self.astral.append(astral_positions(text))

    def position(self, offset: int, complete: bool, end_of_page: int) -> int:
        """Document position of a body offset (`end_of_page` past what is typeset so far)."""
        if not self.starts:
            return 0
        index = max(0, bisect.bisect_right(self.starts, offset) - 1)
        start, end = self.starts[index], self.ends[index]
        if index == len(self.starts) - 1 and not complete and offset > end:
            return end_of_page
        inside = max(0, min(offset, end) - start)
        return self.positions[index] + to_utf16(inside, self.astral[index])

    def offset(self, position: int) -> int | None:
        """Body offset of a document position, or None outside the body's text."""
        if not self.positions or position < self.positions[0]:
            return None
        index = bisect.bisect_right(self.positions, position) - 1
        offset = self.starts[index] + from_utf16(position - self.positions[index],
                                                 self.astral[index])
        return offset if offset <= self.ends[index] else None

    def follow(self, shown: Article, article: Article) -> list[tuple[int, str, str]]:
        """Re-map the typeset paragraphs of `shown` to `article`'s (same paragraphs, some with
        repaired words); returns (old position, old text, new text) of each changed one, in
        page order, with positions as they are before any change (in UTF-16 units)."""
        changed, shift = [], 0
        for index in range(len(self.starts)):
            old, new = shown.paragraphs[index], article.paragraphs[index]
            old_text, new_text = shown.paragraph_text(old), article.paragraph_text(new)
            if old_text != new_text:
                changed.append((self.positions[index], old_text, new_text))
                self.astral[index] = astral_positions(new_text)
            self.starts[index], self.ends[index] = new.start, new.end
            self.positions[index] += shift
            shift += utf16_length(new_text) - utf16_length(old_text)
        return changed


def utf16_length(text: str) -> int:
    """How many UTF-16 units Qt counts in `text`."""
    return len(text) + len(astral_positions(text))


class RepairIndex:
    """The article's repairs, sorted, for tooltips and underlines."""

    def __init__(self, repairs: tuple[Repair, ...] = ()) -> None:
        self.repairs = sorted(repairs, key=lambda r: r.start)
        self._starts = [r.start for r in self.repairs]

    def at(self, offset: int) -> Repair | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.repairs[index].end:
            return self.repairs[index]
        return None

    def between(self, start: int, end: int) -> list[Repair]:
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return self.repairs[first:last]
