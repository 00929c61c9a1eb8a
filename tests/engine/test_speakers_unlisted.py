"""Reported speech that was not listed at all: a cue not read as speech, a speaker not found."""

from __future__ import annotations

import pytest

from tests.engine.helpers import said

# (sentence, the speaker, their quotations exactly or None for nothing listed under them);
# invented sentences, each rule with near misses that list what they listed before
UNLISTED = {
    # an aspectual verb and 'to' before a speech verb ('continued to insist', 'began to argue')
    # link the speaker to it as 'went on to say' does: what follows is reported, not speech to
    # come; a verb that is no speech after them, or a speech verb after another verb and 'to',
    # is still no report
    "aspect-verb-to": [
        ("The mayor continues to insist that he wants to open the books.",
         "the mayor", ["he wants to open the books."]),
        ("Tom Bell has continued to insist that the fees would fall.",
         "Tom Bell", ["the fees would fall."]),
        ("Small groups of protesters continued to call for more facts about the crash.",
         "groups of protesters", ["more facts about the crash."]),
        ("Ana Ruiz began to argue that the ferry was too slow.",
         "Ana Ruiz", ["the ferry was too slow."]),
        ("Tom Bell went on to say the fees would fall.", "Tom Bell", ["the fees would fall."]),
        ("Tom Bell continued to work on the pier.", "Tom Bell", None),
        ("Tom Bell refused to say whether the fees would fall.", "Tom Bell", None),
        ("Tom Bell wanted to argue that the fees would fall.", "Tom Bell", None),
        ("The plan continues to call for new docks.", "the plan", None),
    ],
    # a relative clause set off by a pair of dashes is no restriction, as one set off by commas
    # is not: its 'who' is the name before the first dash; a question after a dash ('— who
    # said …?') describes nobody
    "dash-relative": [
        ("Ana Ruiz — who said the fees would rise — spoke on Monday.",
         "Ana Ruiz", ["the fees would rise"]),
        ("It is a big issue, with Ana Ruiz — who called for higher fees on the rich — attacking "
         "the plan.", "Ana Ruiz", ["higher fees on the rich"]),
        ("Ana Ruiz, who said the fees would rise, spoke on Monday.",
         "Ana Ruiz", ["the fees would rise"]),
        ("Tom Bell has one question — who said the fees would rise?", "Tom Bell", None),
        ("The fees rose again — who said they would fall?", "the fees", None),
    ],
    # a contact relative clause (a subject pronoun and a past verb, no 'who' or 'that') after
    # a speaker's noun describes it: that noun phrase speaks, not the pronoun; a noun that
    # names no speaker ('the fees') gets no speech, and a clause set off by commas or opening
    # the sentence is read as before
    "contact-relative": [
        ("The experts I interviewed said her plans were cheaper.",
         "the experts", ["her plans were cheaper."]),
        ("Most residents we met said the fees were too high.",
         "residents", ["the fees were too high."]),
        ("The residents we spoke with said the fees were too high.",
         "the residents", ["the fees were too high."]),
        ("The doctors they hired said the plan was safe.", "the doctors", ["the plan was safe."]),
        ("The fees we paid said nothing about the pier.", "the fees", None),
        ("Tom Bell, whom we interviewed, said the plan was safe.",
         "Tom Bell", ["the plan was safe."]),
        ("On the day I arrived, the mayor said the fees were too high.",
         "the mayor", ["the fees were too high."]),
    ],
}


@pytest.mark.parametrize(
    ("sentence", "speaker", "quotations"),
    [pytest.param(*row, id=f"{kind}-{n}") for kind, rows in UNLISTED.items()
     for n, row in enumerate(rows)])
def test_reported_speech_is_listed(sentence, speaker, quotations):
    assert said(sentence).get(speaker) == quotations
