"""'The spokesman said … He added': 'he' and 'she' after a speaker described, not named."""

from __future__ import annotations

from bisect import bisect_left

from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import person_nouns

Who = tuple[str, str | None, str]  # (name, role, kind), as the resolver gives it


class Described:
    """The speakers described by a singular person noun ('the spokesman', 'a senior aide'),
    in article order, for a 'he' or 'she' in their sentence or the next."""

    def __init__(self) -> None:
        self.entries: list[tuple[int, int, str | None, Who]] = []  # (at, sentence, sex, who)

    def add(self, found: Found, who: Who) -> None:
        head = found.words[-1].lower() if found.words else ""
        if head in person_nouns():
            self.entries.append((found.mention.start, found.sentence, person_nouns()[head], who))

    def before(self, found: Found, sex: str, named: list[list[tuple[int, str]]]) -> Who | None:
        """The person described last before the pronoun of `found`, when it is of sex `sex` (or
        of unknown sex), in the same or the previous sentence, and nobody in `named` (sorted
        lists of (position, name)) is named between the two."""
        at = found.mention.start
        for start, sentence, told, who in reversed(self.entries):
            if start >= at:
                continue
            if found.sentence - sentence > 1 or told not in (None, sex):
                return None
            for people in named:
                i = bisect_left(people, (start + 1, ""))
                if i < len(people) and people[i][0] < at:
                    return None  # 'The spokesman said … Tom Bell … He added': Bell
            return who
        return None
