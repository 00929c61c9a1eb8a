"""Speech inside speech: 'Lindqvist says her landlord had told her …' is Lindqvist's report."""

from __future__ import annotations

import re

from desktop.engine.article import Sentence
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import possessive_determiners

# the first two words from a position on: only as far as the second word's first character, not
# the rest of the sentence (a split of the rest made 'X, the agency says' × 400 cubic)
_TWO_WORDS = re.compile(r"\s*(\S+)\s+\S")


def outer_owns(found: list[Found], sentence: Sentence) -> list[Found]:
    """'Lindqvist says her landlord had told her the repairs …': an attribution whose subject,
    after a possessive ('her landlord', 'his doctor'), opens another's content is what the outer
    speaker reports; the content is the outer speaker's, whole ('According to Yahoo News,
    X said …' is X's: a source for the report, not one more speaker)."""
    reach = max(map(len, possessive_determiners()), default=0) + 1  # 'her ' before the mention
    starts: dict[int, list[Found]] = {}
    for f in found:
        starts.setdefault(f.start, []).append(f)
    return [g for g in found if not any(  # only contents opening just before the mention
        f is not g and f.cue.lower() != "according" and g.end <= f.end and _possessed(
            sentence, f.start, g.mention.start)
        for at in range(g.mention.start - reach, g.mention.start + 1) for f in starts.get(at, ()))]


def _possessed(sentence: Sentence, start: int, mention: int) -> bool:
    """Whether the words from `start` to the mention's end are a possessive and a noun."""
    text, offset = sentence.text, start - sentence.start
    first = _TWO_WORDS.match(text, offset if offset >= 0 else max(len(text) + offset, 0))
    return first is not None and first[1].lower() in possessive_determiners() and (
        mention - start <= len(first[1]) + 1)
