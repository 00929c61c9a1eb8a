"""Where reported speech goes on past a comma a reader does not stop at: the comma that closes
a subordinate clause opening what was said ('said that though the move was smooth, replacing
the mayor would be harder')."""

from __future__ import annotations

from desktop.engine.speakers.lexicon import flagged
from desktop.engine.speakers.noun_phrases import Token

CLAUSE_REACH = 25  # longest subordinate clause opening what was said, in tokens


def opening_clause_comma(toks: list[Token], c: int) -> int:
    """The index of the comma closing a subordinate clause ('though', 'if', 'because' …) that
    opens the content at `c`, else -1: the main clause follows it, so the comma ends nothing
    (a participle after it is the main clause's subject, 'replacing the mayor would be …')."""
    if c >= len(toks) or toks[c].text.lower() not in flagged("subordinators.txt"):
        return -1
    for k in range(c + 1, min(len(toks), c + CLAUSE_REACH)):
        if toks[k].text == ",":
            return k
        if not toks[k].text[:1].isalnum() and toks[k].text not in ("'", "’", "-"):
            return -1
    return -1
