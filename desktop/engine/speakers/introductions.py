"""Where an article introduces a name with a describing noun ('defenceman Erik Lind'), scanned
once per noun rather than once per mention."""

from __future__ import annotations

import bisect
import re

NAME = r"[A-Z][\w’'-]*[a-z][\w’'-]*"
# How far before a mention the text is scanned again as it ends there. One attempt of the
# pattern reads a name run on one line, or two names, ", the", three words and the noun: a
# thousand characters cover that unless a single "word" is hundreds of characters long.
RESCAN = 1000


def introduction_pattern(noun: str) -> re.Pattern[str]:
    """'noun First Last' (group 1) or 'First Last, the … noun' (group 2, not used as a name)."""
    word = re.escape(noun)
    return re.compile(
        rf"\b(?i:{word})[ \t]+({NAME}(?:[ \t]+{NAME})*)|({NAME}[ \t]+{NAME}), (?:the|an?) "
        rf"(?:[\w-]+ ){{0,3}}(?i:{word})\b")


class Introductions:
    """`pattern.finditer(text[:end])`'s group 1 for any `end`, from one scan of the whole text.

    Matches of the whole text that end well before `end` are those of the cut text too: the
    scan is deterministic from left to right, and no attempt that far back reads up to `end`.
    The last `RESCAN` characters (from the start of a match that reaches into them) are
    scanned again in the cut text, so a match the cut shortens or makes possible is found as
    `finditer` on the cut text finds it.
    """

    def __init__(self, text: str, noun: str) -> None:
        self.text = text
        self.pattern = introduction_pattern(noun)
        matches = list(self.pattern.finditer(text))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        self.names = [m.group(1) for m in matches]

    def before(self, end: int) -> list[str | None]:
        """Group 1 of each match of the pattern in `text[:end]`, in order (None for the second
        alternative)."""
        safe = max(0, end - RESCAN)
        kept = bisect.bisect_right(self.ends, safe)  # matches ending by `safe`
        resume = self.ends[kept - 1] if kept else 0
        if kept < len(self.starts) and self.starts[kept] < safe:
            safe = self.starts[kept]  # a match from before `safe` reaches past it: redo it
        resume = max(resume, min(safe, end))
        rest = [m.group(1) for m in self.pattern.finditer(self.text, resume, end)]
        return self.names[:kept] + rest
