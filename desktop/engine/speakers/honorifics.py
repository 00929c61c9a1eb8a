"""Titles that go with the name after them, not with the role before it: 'Sir', 'Mr' ending a
role ('NAO head Sir John Bourn'), and capitalised role words ('Prime', 'Zealand's')."""

from __future__ import annotations

from desktop.engine.speakers.lexicon import title_genders, titles
from desktop.engine.speakers.noun_phrases import POSSESSIVE


def honorific(role: str) -> str | None:
    """The courtesy or honorific title ('Sir', 'Mr') ending a role of several words, which
    belongs with the name after it ('NAO head Sir John Bourn'), else None."""
    if " " not in role:
        return None
    last = role.rsplit(maxsplit=1)[-1].rstrip(".")
    return last if last in title_genders() else None


def capital_role(word: str) -> bool:
    """A word that goes on a role written in capitals: a title ('Prime', 'Secretary') or a
    possessive ('Zealand's')."""
    return word.rstrip(".") in titles() or bool(POSSESSIVE.search(word)) and word[-2:-1] in "'’"
