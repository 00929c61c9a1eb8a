"""'the president', 'the MLA': the one person an article writes a title before."""

from __future__ import annotations

import re
from functools import cached_property

from desktop.engine.speakers.lexicon import title_nouns, titles


class Titled:
    """The people of one article by the title written before their names."""

    def __init__(self, text: str, titles_of: dict[str, str]) -> None:
        self.text = text
        self.titles_of = titles_of  # name -> title seen before it ("President")

    def of(self, word: str) -> list[str]:
        """The names written after the title `word` (lower case: 'president' -> ['Xi'])."""
        return self._by_word.get(word, [])

    @cached_property
    def _by_word(self) -> dict[str, list[str]]:
        """Title word, lower-cased -> the names written after it ('president' -> ['Xi'])."""
        out: dict[str, list[str]] = {}
        for name, title in self.titles_of.items():
            word = title.split()[-1].rstrip(".")
            out.setdefault(word.lower(), []).append(name)
            if word in title_nouns():  # 'Justice Miriam Cole' is 'the judge' too
                out.setdefault(title_nouns()[word], []).append(name)
        return out

    def one(self, words: tuple[str, ...]) -> str | None:
        """'An Iqaluit MLA', 'the MLA' -> the one person the article titles MLA, a place
        between as that title writes it ('Iqaluit-Sinaa MLA Ana Ruiz'); none for two MLAs."""
        if not 2 <= len(words) <= 3 or words[0].lower() not in ("a", "an", "the"):
            return None
        head = words[-1]
        if not (head.isupper() and head in titles()):
            return None
        titled = self.of(head.lower())
        if len(titled) != 1:
            return None
        place = re.escape(words[1]) + r"(?:-\w+)*\s+" if len(words) == 3 else ""
        written = rf"\b{place}{re.escape(head)}\s+{re.escape(titled[0])}\b"
        return titled[0] if re.search(written, self.text) else None
