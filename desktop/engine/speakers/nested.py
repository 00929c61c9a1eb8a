"""Speech inside speech: 'Lindqvist says her landlord had told her …' is Lindqvist's report."""

from __future__ import annotations

from desktop.engine.article import Sentence
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import possessive_determiners


def outer_owns(found: list[Found], sentence: Sentence) -> list[Found]:
    """'Lindqvist says her landlord had told her the repairs …': an attribution whose subject,
    after a possessive ('her landlord', 'his doctor'), opens another's content is what the outer
    speaker reports; the content is the outer speaker's, whole ('According to Yahoo News,
    X said …' is X's: a source for the report, not one more speaker)."""
    return [g for g in found if not any(
        f is not g and f.cue.lower() != "according" and f.start <= g.mention.start
        and g.end <= f.end and _possessed(sentence, f.start, g.mention.start) for f in found)]


def _possessed(sentence: Sentence, start: int, mention: int) -> bool:
    """Whether the words from `start` to the mention's end are a possessive and a noun."""
    words = sentence.text[start - sentence.start :].split()
    return len(words) > 1 and words[0].lower() in possessive_determiners() and (
        mention - start <= len(words[0]) + 1)
