"""What a listed quotation covers: the words a reader marks as said, to where the clause ends."""

from __future__ import annotations

import pytest

from tests.engine.helpers import said

# (sentence, the speaker, their quotations exactly); invented sentences, each rule with near
# misses that still end where they did
BOUNDS = {
    # a subordinate clause opening what was said is followed by its main clause: the comma
    # between them ends nothing, even before a gerund subject
    "opening-clause": [
        ("Tom Bell said that though the move was smooth, replacing the mayor would be harder.",
         "Tom Bell", ["though the move was smooth, replacing the mayor would be harder."]),
        ("Ana Ruiz said if the vote fails, holding a second one would cost the town dearly.",
         "Ana Ruiz", ["if the vote fails, holding a second one would cost the town dearly."]),
        ("Tom Bell said the move was smooth, replacing the mayor who had left in May.",
         "Tom Bell", ["the move was smooth"]),
        ("Ana Ruiz said the vote had failed, holding up the budget for a month.",
         "Ana Ruiz", ["the vote had failed"]),
    ],
}


@pytest.mark.parametrize(("sentence", "speaker", "quotations"), [
    pytest.param(*row, id=f"{kind}-{n}")
    for kind, rows in BOUNDS.items() for n, row in enumerate(rows)])
def test_a_quotation_covers_the_clause_said(sentence, speaker, quotations):
    assert said(sentence).get(speaker) == quotations
