"""Words written on a thing ('The sign at the edge of town says "Welcome to Gander"', 'the note
on the door of her cafe in Gatineau says "Closed"'): an inscription quoted, no one's speech."""

from __future__ import annotations

from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import word_set
from desktop.engine.speakers.noun_phrases import Token

_CLAUSE_MARKS = {",", ";", ":", "(", "—", "–", '"', "“", "”"}


def inscribed(toks: list[Token], found: Found) -> bool:
    """Whether the speaker read for `found` stands in the same phrase after a thing that
    carries writing ('sign', 'note', 'placard'), the subject of the cue: 'town' of 'The sign at
    the edge of town says'. A clause mark between them ends the phrase ('Ana Ruiz, who painted
    the sign, says' keeps Ana Ruiz), and a sign named as the speaker is no person either."""
    at = next((k for k, t in enumerate(toks) if t.start == found.mention.start), None)
    if at is None:
        return False
    nouns = word_set("inscription_nouns.txt")
    for k in range(at + len(found.words) - 1, -1, -1):
        if toks[k].text in _CLAUSE_MARKS:
            return False
        if toks[k].text.lower() in nouns:
            return True
    return False
