"""Quotation marks read as a reader reads them, in invented sentences (none from a corpus):
each table is one rule, with the near misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED, find_speakers
from tests.engine.helpers import article, table_cases


def shown(*paragraphs: str) -> dict[str, list[str]]:
    """Speaker name -> their quotes as the panel shows them: “direct”, or '… (reported)'."""
    a = article(*paragraphs)
    return {s.name: [q.shown for q in s.quotes] for s in find_speakers(a)}


# -- French copy (bilingual Canadian news too) sets its guillemets apart with spaces: the
# quotation between them is quoted speech all the same --
SPACED_GUILLEMETS = [
    (("« We will rebuild the bridge before winter », Ruiz said.",),
     {"Ruiz": ["“We will rebuild the bridge before winter”"]}),
    (("Ruiz said: « We will rebuild the bridge before winter. »",),
     {"Ruiz": ["“We will rebuild the bridge before winter.”"]}),
    (("« The ferry is late », said Ruiz, « and the crews are tired. »",),
     {"Ruiz": ["“The ferry is late”", "“and the crews are tired.”"]}),
    (("« Nous ne reculerons pas », a dit Ruiz.",),
     {UNATTRIBUTED: ["“Nous ne reculerons pas”"]}),
    # near misses: guillemets without spaces as before; a spaced « with no word after it, or
    # with no » to close it, quotes nothing
    (("«We will rebuild the bridge,» Ruiz said.",),
     {"Ruiz": ["“We will rebuild the bridge”"]}),
    (("The « » key was pressed twice, Ruiz said.",),
     {"Ruiz": ["The « » key was pressed twice (reported)"]}),
    (("« Previous story and more, Ruiz said.",),
     {"Ruiz": ["Previous story and more (reported)"]}),
]

# -- a double mark after feet and inches gives a height (6'2", 6’2”): it neither closes the
# quotation it stands in nor opens one --
FEET_AND_INCHES = [
    (("\"They had 6'5\" guys on the back end all night,\" Bell said.",),
     {"Bell": ["“They had 6'5\" guys on the back end all night”"]}),
    (("“They had 6’5” guys on the back end all night,” Bell said.",),
     {"Bell": ["“They had 6’5” guys on the back end all night”"]}),
    (("\"I'm only 5'9\",\" Bell said. \"But I'm fast.\"",),
     {"Bell": ["“I'm only 5'9\"”", "“But I'm fast.”"]}),
    (("Bell, who is 6'2\", said \"size doesn't matter if you can skate.\"",),
     {"Bell": ["“size doesn't matter if you can skate.”"]}),
    # near misses: a quotation that ends in a number, a year or a time still closes there
    (("\"The pass came from No. 12,\" Bell said. \"We were ready.\"",),
     {"Bell": ["“The pass came from No. 12”", "“We were ready.”"]}),
    (("\"It was his '12,\" Bell said. \"We were ready.\"",),
     {"Bell": ["“It was his '12”", "“We were ready.”"]}),
    (("\"We scored at 2:12,\" Bell said. \"We were ready.\"",),
     {"Bell": ["“We scored at 2:12”", "“We were ready.”"]}),
]

# -- curly marks set the wrong way round throughout (”…,“): a reversed ” before a word opens
# the quotation a reversed “ after its words closes --
REVERSED_CURLY = [
    (("The vote was on Monday.", "”We will fix every road,“ Ruiz said. ”Every one of them.“"),
     {"Ruiz": ["“We will fix every road”", "“Every one of them.”"]}),
    (("Ruiz spoke on Monday. ”We will fix every road,“ Ruiz said.",),
     {"Ruiz": ["“We will fix every road”"]}),
    (("”Fear. I am afraid.” ― Ana Ruiz",), {"Ana Ruiz": ["“Fear. I am afraid.”"]}),
    # near misses: marks the right way round; a reversed “ before a word closes nothing
    (("“We will,” Ruiz said, “fix every road.”",), {"Ruiz": ["“We will”", "“fix every road.”"]}),
    (("”He said “no” to the plan twice,“ Ruiz said.",),
     {"Ruiz": ["He said “no” to the plan twice (reported)"]}),
    (("The mayor’s “no” was final, Ruiz said.",),
     {"Ruiz": ["The mayor’s “no” was final (reported)"]}),
]

# -- a ” set for every mark, opening ones too: after a sentence's end and before a word it
# opens the quotation a ” or " after its words closes --
CLOSING_MARKS_OPEN = [
    (("The crews were angry. ”It was a mess,” Ruiz said after the vote. ”We were misled.”",),
     {"Ruiz": ["“It was a mess”", "“We were misled.”"]}),
    (("Ruiz was blunt on Monday. ”We were misled,\" Ruiz said.",),
     {"Ruiz": ["“We were misled”"]}),
    (("Ruiz spoke after the vote! ”Nobody asked us,” Ruiz said.",),
     {"Ruiz": ["“Nobody asked us”"]}),
    # near misses: a ” before a word not after a sentence's end, or with no mark to close it
    (("Ruiz called the ”plan a mess” on Monday, the council said.",),
     {"the council": ["Ruiz called the ”plan a mess” on Monday (reported)"]}),
    (("The crews were angry. ”It was a mess, Ruiz said.",),
     {"Ruiz": ["It was a mess (reported)"]}),
]

# -- a quoted turn after an interview's label ('Q. "…"', 'A: "…"', 'RUIZ: "…"') is said, even
# when names capitalise most of its words --
QUOTED_TURNS = [
    (("Ruiz spoke with us on Monday.", 'Q. "What about Ted Cruz?"',
      'A. "He will speak, and we expect him to say nice things."'),
     {UNATTRIBUTED: ["“What about Ted Cruz?”",
                     "“He will speak, and we expect him to say nice things.”"]}),
    (("Ruiz spoke with us on Monday.", 'Q: "And New York City?"', 'A: "We Will Win It."'),
     {UNATTRIBUTED: ["“And New York City?”", "“We Will Win It.”"]}),
    # near misses: a title after a heading's full stop or a label in lower case is no turn
    (("Ruiz spoke with us on Monday.", 'Top Story. "Who Wants To Be Mayor?"'), {}),
    (("Ruiz spoke with us on Monday.", 'Read more: "The Art of the Deal"'), {}),
]

# -- British copy reopens each paragraph of a quotation with a single mark and closes only the
# last: each paragraph is quoted speech, the speaker's --
SINGLE_MARKS_RUN_ON = [
    (("‘We sailed at dawn,’ said Tom Bell.", "‘The tide was with us. We made the harbour by noon.",
      "‘Nobody was hurt, and I’m proud of the crew.’"),
     {"Tom Bell": ["“We sailed at dawn”", "“The tide was with us. We made the harbour by noon.”",
                   "“Nobody was hurt, and I’m proud of the crew.”"]}),
    (("Ana Ruiz said: ‘The pier is closed. It will reopen in May.",
      "‘Until then, the ferry leaves from the beach.’"),
     {"Ana Ruiz": ["“The pier is closed. It will reopen in May.”",
                   "“Until then, the ferry leaves from the beach.”"]}),
    # near miss: an apostrophe opening a word ('‘Twas') is no quotation
    (("‘Twas a fine night for the regatta.", "‘Tis the season, the crew sang on deck."), {}),
]

TABLES = {
    "single_marks_run_on": SINGLE_MARKS_RUN_ON,
    "spaced_guillemets": SPACED_GUILLEMETS,
    "feet_and_inches": FEET_AND_INCHES,
    "reversed_curly": REVERSED_CURLY,
    "closing_marks_open": CLOSING_MARKS_OPEN,
    "quoted_turns": QUOTED_TURNS,
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_quotation_marks(paragraphs, expected):
    assert shown(*paragraphs) == expected
