"""What a speaker dismissed, branded or derided something as, with a quotation right after
'as', is that speaker's speech, as 'described X as Y' is; without the quotation, in the passive
or with another sense ('dismissed the case', 'the brand') those verbs report nothing."""

from __future__ import annotations

import pytest

from tests.engine.helpers import said

DISMISSED = {
    "dismissed": ('Ana Ruiz dismissed the audit as "a fairy tale from start to finish."',
                  {"Ana Ruiz": ["a fairy tale from start to finish."]}),
    "one-word": ('The mayor dismissed the report as "fiction."', {"the mayor": ["fiction."]}),
    "branded": ('Gov. Tom Long branded the levy as "a tax on working families."',
                {"Tom Long": ["a tax on working families."]}),
    "derided-then": ('Sen. Ana Ruiz derided the plan as "a gift to the rich," saying it would '
                     'fail.', {"Ana Ruiz": ["a gift to the rich", "it would fail."]}),
    "has-dismissed": ('The union has dismissed the offer as "an insult," and the talks ended.',
                      {"the union": ["an insult"]}),
    "pronoun-object": ('Ruiz read the memo and dismissed it as "a smear by my opponents."',
                       {"Ruiz": ["a smear by my opponents."]}),
}

# near misses: no quotation after 'as', a passive with or without an adverb before the verb,
# another sense of the verb with a quotation later in the clause, and the noun 'brand'
NOT_DISMISSED = [
    "Ana Ruiz dismissed the audit as a fairy tale from start to finish.",
    "The judge dismissed the case as moot on Monday after a short hearing.",
    'Tom Long is sometimes branded "reckless and vain" by fans and writers alike.',
    'Tom Long was derided as "a dreamer with no plan" by his rivals.',
    'The coach dismissed the player, a move fans called "a scandal from day one."',
    'The brand was sold as "the island\'s finest cheese" in every shop.',
]


@pytest.mark.parametrize(("sentence", "expected"), DISMISSED.values(), ids=DISMISSED.keys())
def test_what_x_was_dismissed_as_is_the_subjects_speech(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_DISMISSED)
def test_other_uses_of_dismiss_and_brand_give_them_no_speech(sentence):
    result = said(sentence)
    assert not any(k in result for k in ("the coach", "Tom Long", "the judge", "Ana Ruiz")), \
        result
