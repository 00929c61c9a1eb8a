"""'the company announced': the one company an article has named before, as the name of a
company ends ('Prairie Crest Energy', 'Enbridge Inc.'); none when it named two."""

from __future__ import annotations

import re
from functools import cache, cached_property

from desktop.engine.article import Article
from desktop.engine.speakers.lexicon import flagged

_MAX_WORDS = 4  # 'Canadian Pacific Kansas City' is as long as a company's name before its end


@cache
def _company_name() -> re.Pattern[str]:
    """Capitalised words ending in a company's last word; not after a lower-case 'of' ('the
    Department of Energy') or inside a longer capitalised run."""
    ends = "|".join(sorted(map(re.escape, flagged("company_words.txt", "end"))))
    word = r"[A-Z][\w&'’]*(?:-[A-Z][\w’']*)*"
    return re.compile(rf"(?<![\w.’'-])(?<!of )(?<!the )(?:{word}[ \t]+){{1,{_MAX_WORDS}}}"
                      rf"(?:{ends})\b(?![ \t]+[A-Z])")


class Companies:
    """Where an article names companies, read once, for its 'the company' speakers."""

    def __init__(self, article: Article) -> None:
        self.text = article.text

    @cached_property
    def _named(self) -> list[tuple[int, str]]:
        found = []
        for m in _company_name().finditer(self.text):
            words = m.group().split()
            while words and words[0] in ("The", "A", "An"):
                words = words[1:]  # 'The Prairie Crest Energy' opening a sentence
            found.append((m.start(), " ".join(words)))
        return found

    def one_before(self, words: tuple[str, ...], at: int) -> tuple[str, None, str] | None:
        """(name, role, kind) of the company 'the company' at `at` stands for: the one
        company named before it, else None."""
        if len(words) != 2 or words[0].lower() != "the" or words[1] not in flagged(
                "company_words.txt", "head"):
            return None
        names = {name for start, name in self._named if start < at and len(name.split()) > 1}
        return (names.pop(), None, "organisation") if len(names) == 1 else None
