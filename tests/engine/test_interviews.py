"""Interviews: where their questions and answers begin, and their one-sentence summary."""

from __future__ import annotations

import pytest

from desktop.engine.interviews import interview_start
from desktop.engine.readers import from_plain_text
from desktop.engine.summary import summarize
from tests.engine.helpers import article

# (paragraphs, the paragraph where the turns begin, or None: not an interview); invented.
LONG = ("I have lived by the river for forty years and crossed the old bridge every day, in "
        "rain and snow, and it has never once failed me or my neighbours in all that time,")
INTRO = "Ada Moss keeps hives on a library roof. We spoke to her in May."
DETECTED = [
    ((INTRO, "How did you start?", "My grandmother kept bees.", "Is town honey different?",
      "Yes, it tastes of many flowers."), 1),
    ((INTRO, "Q: How did you start?", "A: My grandmother kept bees.",
      "Q: Is town honey different?", "A: Yes, it tastes of many flowers."), 1),
    (("REYES: Will the ferry run on time?", "ALDER: Every ferry will leave on time.",
      "REYES: And the new boats?", "ALDER: They come before the winter."), 0),
    # Questions answered in their own paragraph, or before a heading, are an opinion's.
    ((INTRO, "Who pays for it? We do. Or do we?", "The council met on Monday.",
      "Who gains? The builders. Or do they?", "The vote is next week."), None),
    # Two questions answered in a long story are a news story's, and so is one in a short one.
    ((INTRO, "How did you start?", "My grandmother kept bees.", "Is town honey different?",
      "Yes, it tastes of many flowers.") + ("The vote on the hives is next week.",) * 20, None),
    ((INTRO, "Who pays for it?", "The council will, it said.", "The vote is next week."), None),
    ((INTRO, "Who pays for it?", "Prices at the market", "Who gains from it?",
      "The builders of Leeford"), None),
    # Readers' comments ask in long paragraphs.
    (("The vote on the new bridge is next week.", LONG + " so why build a new one now?",
      "The old bridge is fine.", LONG + " so who will pay for a new one?",
      "The council will, it said."), None),
    # A fact box has labels, but asks nothing.
    (("Three names lead the race.", "CURRENT JOB: Coach at Leeford.",
      "BEST YEAR: Won the cup in 2010.", "CURRENT JOB: Commentator.",
      "BEST YEAR: Captain of the 2005 team."), None),
]


@pytest.mark.parametrize(("paragraphs", "start"), DETECTED)
def test_an_interview_is_found_by_its_turns(paragraphs, start):
    assert interview_start(article(*paragraphs)) == start


ANSWERS = ["My grandmother kept bees in her garden, and I helped her every summer in the "
           "gardens of Leeford.",
           "Yes. Bees in the town visit many gardens, so the honey tastes of many flowers.",
           "More hives on more roofs, I hope, and a honey stall at the spring market."]
INTERVIEW = ["Beekeeper Ada Moss talks about bees and urban honey",
             "Spring came early to the gardens of Leeford this year, and bees in the town found "
             "many flowers.",
             "Ada Moss keeps hives on a library roof; her honey won a county prize in May. She "
             "spoke to us about her hives.",
             "How did you start keeping bees?", ANSWERS[0],
             "Is urban honey different from country honey?", ANSWERS[1],
             "What comes next for the gardens?", ANSWERS[2]]
# The same story told as news: the questions are statements, there are no turns.
NEWS = INTERVIEW[:3] + ["She started keeping bees as a child.", ANSWERS[0],
                        "Urban honey differs from country honey.", ANSWERS[1],
                        "She has plans for the gardens.", ANSWERS[2]]


@pytest.mark.parametrize(("paragraphs", "summary"), [
    (INTERVIEW, "Ada Moss keeps hives on a library roof; her honey won a county prize in May."),
    (NEWS, INTERVIEW[1]),
], ids=["interview: the headline's words", "news: the opening"])
def test_one_sentence_of_an_interview_says_what_its_headline_does(paragraphs, summary):
    digest = summarize(from_plain_text("\n\n".join(paragraphs) + "\n"), count=1)
    assert [s.text for s in digest.sentences] == [summary]
