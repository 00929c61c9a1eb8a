"""Where reported speech ends: the clause a reader marks as said, not the writer's aside."""

from __future__ import annotations

import pytest

from tests.engine.helpers import said

# (sentence, the speaker's one quotation, exactly); invented sentences, each rule with a near
# miss that still ends where it did
CONTENT_ENDS = {
    # a preposition in -ing opens a phrase of the noun before it, not the writer's clause
    "ing-preposition": [
        ("Ana Ruiz said the port should keep its old routes, including those to the islands.",
         "the port should keep its old routes, including those to the islands."),
        ("Ana Ruiz said the port would cut its fares, excluding the winter routes.",
         "the port would cut its fares, excluding the winter routes."),
        ("Ana Ruiz said the port should keep its old routes, citing the islands' needs.",
         "the port should keep its old routes"),
    ],
}


@pytest.mark.parametrize(("sentence", "quotation"), [
    pytest.param(sentence, quotation, id=f"{kind}-{n}")
    for kind, rows in CONTENT_ENDS.items() for n, (sentence, quotation) in enumerate(rows)])
def test_reported_speech_ends_where_the_clause_said_ends(sentence, quotation):
    assert list(said(sentence).values()) == [[quotation]]
