"""'"…," the coach said of Mason Reilly … "…," the veteran goaltender said': the person a
quotation was said of, for a later description of a person the article introduced nobody as."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from desktop.engine.speakers.introductions import NAME
from desktop.engine.speakers.lexicon import person_nouns, speech_verbs

SAID_OF_REACH = 1200  # characters back from the description: a few sentences of one story


@cache
def _said_of() -> re.Pattern[str]:
    """A speech verb, 'of' and the capitalised name after it (group 1)."""
    verbs = "|".join(sorted(map(re.escape, speech_verbs()), key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})[ \t]+of[ \t]+({NAME}(?:[ \t]+{NAME}){{0,2}})")


def said_of(text: str, at: int, head: str, known: set[str],
            sex_of: Callable[[str], str | None]) -> str | None:
    """The known person ('Mason Reilly', or the one known name ending in 'Reilly') whom the
    last 'said of NAME' within `SAID_OF_REACH` before `at` names, for a description whose
    person noun `head` introduced nobody; none when that noun tells another sex than theirs
    (`sex_of(name)`), or for a noun no person is."""
    if head not in person_nouns():
        return None
    found = list(_said_of().finditer(text, max(0, at - SAID_OF_REACH), at))
    if not found:
        return None
    name = found[-1].group(1)
    full = {k for k in known if k == name or k.endswith(" " + name)}
    person = full.pop() if len(full) == 1 else None
    told = person_nouns()[head]
    return person if person and told in (None, sex_of(person)) else None
