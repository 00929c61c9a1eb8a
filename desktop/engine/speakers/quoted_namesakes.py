"""'Maloney says' in an article that names two Maloneys: the one the surname points back to."""

from __future__ import annotations

from desktop.engine.article import Article
from desktop.engine.speakers.aliases import named_runs
from desktop.engine.speakers.lexicon import given_name_genders, organisation_words


class QuotedNamesakes:
    """The full names of an article that share a surname ('Colby Maloney', 'Shanice Maloney'),
    where each is named; a surname alone stands for the one namesake named before it who is
    quoted under the full name too ('Ms. Whitford' is the daughter quoted, not her mother named
    beside her; 'Maloney says' is the fisher quoted before his cousin is named); else the most
    often named one, as `canonical_names` has it ('Cruz' of Ted, not of Heidi Cruz)."""

    def __init__(self, article: Article, speakers: set[str]) -> None:
        """`speakers`: the names quotations are attributed to, as written."""
        runs = [(r.match.start(1), r.full) for r in named_runs(article.text,
                                                                article.sentence_starts)
                if len(r.full.split()) >= 2 and organisation_words().isdisjoint(r.full.split())]
        by_last: dict[str, list[tuple[int, str]]] = {}
        for at, full in runs:
            by_last.setdefault(full.split()[-1], []).append((at, full))
        self.named = {last: named for last, named in by_last.items()
                      if len({full for _, full in named}) >= 2}
        self.speakers = speakers

    def of(self, surname: str, at: int, sex: str | None) -> str | None:
        """The namesake the surname alone at `at` stands for (`sex` from 'Mr.', 'Ms.'); None
        when the article names no two people of that surname or not one quoted before `at`."""
        genders = given_name_genders()
        named = [(where, full) for where, full in self.named.get(surname, ()) if where < at and (
            sex is None or genders.get(full.split()[0], sex) == sex)]
        quoted = {full for _, full in named if full in self.speakers}
        return quoted.pop() if len(quoted) == 1 else None
