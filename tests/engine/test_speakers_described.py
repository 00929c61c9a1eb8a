"""What something was described as, 'described X as Y': speech, X and what it was described as
its content; 'described' with no object and 'as', or in the passive, reports nothing."""

from __future__ import annotations

import pytest

from tests.engine.helpers import said

DESCRIBED = {
    "described": ("Ana Ruiz described the ferry plan as a costly mistake for the island.",
                  {"Ana Ruiz": ["the ferry plan as a costly mistake for the island."]}),
    "has-described": ("Ruiz has described the plan as a mistake that the town will regret.",
                      {"Ruiz": ["the plan as a mistake that the town will regret."]}),
    "describing-it": ("Ana Ruiz wrote to the board, describing it as reckless and unfair.",
                      {"Ana Ruiz": ["it as reckless and unfair."]}),
    "name-object": ("Neighbours described Tom Long as kind and generous to the crew.",
                    {"neighbours": ["Tom Long as kind and generous to the crew."]}),
    "possessive-object": ("Ana Ruiz describes her rival's budget as a gift to the rich.",
                          {"Ana Ruiz": ["her rival's budget as a gift to the rich."]}),
    "to-hearer": ("Ana Ruiz described the plan to reporters as reckless and unfair.",
                  {"Ana Ruiz": ["the plan to reporters as reckless and unfair."]}),
    "to-named-hearer": ("Tom Long described the levy to CBC News as a tax on fishers.",
                        {"Tom Long": ["the levy to CBC News as a tax on fishers."]}),
}

# near misses: 'as described', a passive with or without its agent, 'described in detail',
# 'as' opening a clause ('as she left') or a compound ('as well as'), no 'as' at all, a
# 'to' opening an infinitive or punctuation before any 'as' (a 'to' naming who listened, as in
# 'described X to reporters as Y', is passed), and 'described' after a determiner
NOT_DESCRIBED = [
    "The repairs, as described above, will take a year at the harbour.",
    "The house is described as a fine example of island building.",
    "The ferry was described as unsafe in a report on the harbour.",
    "Ana Ruiz described in detail how the ferry sank off the point.",
    "Ana Ruiz described the scene as she left the harbour on Monday.",
    "Ana Ruiz described the harbour as well as the town in her book.",
    "Ana Ruiz described the crash to the board on Monday afternoon.",
    "Ana Ruiz described the crash, the fire and the rescue in her book.",
    "Ana Ruiz described the plan to cut fares as she left the hall.",
    "Ana Ruiz described the plan to reporters in detail on Monday.",
]


@pytest.mark.parametrize(("sentence", "expected"), DESCRIBED.values(), ids=DESCRIBED.keys())
def test_what_x_was_described_as_is_reported_speech(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_DESCRIBED)
def test_other_uses_of_describe_report_nothing(sentence):
    assert said(sentence) == {}
