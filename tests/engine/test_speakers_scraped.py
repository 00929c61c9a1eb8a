"""Quotations in scraped text, in invented sentences (none from a corpus): each table is one
rule, with the near misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED
from tests.engine.helpers import said, table_cases

# -- typewriter (Penn Treebank) marks: `` opens a quotation that '' closes --
TYPEWRITER = [
    (("``We will rebuild the bridge before winter,'' Ruiz said.",),
     {"Ruiz": ["We will rebuild the bridge before winter"]}),
    (("``We will rebuild the bridge,'' Ruiz said. ``It is ours.''",),
     {"Ruiz": ["We will rebuild the bridge", "It is ours."]}),
    (("Ruiz said: ``We will rebuild the bridge before winter.''",),
     {"Ruiz": ["We will rebuild the bridge before winter."]}),
    (("``The ferry is late,'' said Ruiz, ``and the crews are tired.''",),
     {"Ruiz": ["The ferry is late", "and the crews are tired."]}),
    (("Ruiz called the plan ``a disgrace to the town.''",),
     {"Ruiz": ["a disgrace to the town."]}),
    # each paragraph of a long quotation opens with ``, only the last one closes
    (("``We will rebuild the bridge.", "It is ours,'' Ruiz said."),
     {"Ruiz": ["We will rebuild the bridge.", "It is ours"]}),
    # near misses: a `` that nothing closes is no quotation mark; a scare quote stays in the
    # writer's sentence; straight marks as before
    (("Type ``make`` to build it, Ruiz said in the manual.",),
     {"Ruiz": ["Type ``make`` to build it"]}),
    (("The ``old'' bridge is closed, Ruiz said on Monday.",),
     {"Ruiz": ["The ``old'' bridge is closed"]}),
    (('"We will rebuild the bridge," Ruiz said.',),
     {"Ruiz": ["We will rebuild the bridge"]}),
]

# -- a space lost on one side of a straight mark: the mark opens where a reader sees it open,
# the marks before it paired, a capital after it and a mark after it to close it --
LOST_SPACE = [
    (('The council met on Monday."We have waited long enough," Ruiz said."The bridge must be '
      'fixed now."Tom Bell disagreed.',),
     {"Ruiz": ["We have waited long enough", "The bridge must be fixed now."]}),
    (('"We have waited long enough," Ruiz said."The bridge must be fixed now."',),
     {"Ruiz": ["We have waited long enough", "The bridge must be fixed now."]}),
    (('Ruiz spoke first."We have waited long enough."Tom Bell disagreed.',),
     {UNATTRIBUTED: ["We have waited long enough."]}),
    (('Ruiz said:"We have waited long enough for the bridge."',),
     {"Ruiz": ["We have waited long enough for the bridge."]}),
    # near misses: spaces where they belong; a mark after a letter or a digit that nothing
    # closes; a closing mark before a capital
    (('The council met on Monday. "We have waited long enough," Ruiz said. "The bridge must be '
      'fixed now." Tom Bell disagreed.',),
     {"Ruiz": ["We have waited long enough", "The bridge must be fixed now."]}),
    (('The 6"Pipe was laid on Monday, Ruiz said.',),
     {"Ruiz": ['The 6"Pipe was laid on Monday']}),
    (('He called it "a disgrace."The mayor said the bridge was fine.',),
     {"the mayor": ["the bridge was fine."], UNATTRIBUTED: ["a disgrace."]}),
    (('The sign read "Closed."Ruiz said the bridge must be fixed by spring.',),
     {"Ruiz": ["the bridge must be fixed by spring."]}),
]

# -- after an attribution that splits a sentence, "a"/"an" and a noun summing up the clause
# before it open the writer's apposition, not the rest of what was said --
WRITERS_APPOSITION = [
    (("Fares will rise in the spring, Ruiz said, a move critics called reckless.",),
     {"Ruiz": ["Fares will rise in the spring"]}),
    (("Fares will rise in the spring, Ruiz said on Monday, an increase that angered riders.",),
     {"Ruiz": ["Fares will rise in the spring"]}),
    (("The council voted on Monday, Ruiz said, a rare step for a town of its size.",),
     {"Ruiz": ["The council voted on Monday"]}),
    (("The bridge will close, Ruiz said, a sign the town has run out of money.",),
     {"Ruiz": ["The bridge will close"]}),
    (('"Fares will rise in the spring," Ruiz said, a move critics called reckless.',),
     {"Ruiz": ["Fares will rise in the spring"]}),
    # near misses: a linking verb wants the noun phrase, the quotation marks say whose it is,
    # a noun that sums nothing up, a clause after a fronted adverbial, or no "a"
    (('"It is," Ruiz said, "a disgrace."',), {"Ruiz": ["It is", "a disgrace."]}),
    (("It is, Ruiz said, a disgrace to the town.",), {"Ruiz": ["a disgrace to the town."]}),
    (("The plan remains, Ruiz said, a step in the right direction.",),
     {"Ruiz": ["The plan remains", "a step in the right direction."]}),
    (("The plan was, Ruiz said, a move that saved the town from ruin.",),
     {"Ruiz": ["The plan was", "a move that saved the town from ruin."]}),
    (("Back then, Ruiz said, a plan was drawn up for the bridge.",),
     {"Ruiz": ["a plan was drawn up for the bridge."]}),
    (("Fares will rise in the spring, Ruiz said, and the ferry will run less often.",),
     {"Ruiz": ["Fares will rise in the spring", "and the ferry will run less often."]}),
]

# -- a line of page furniture that a scraper set inside a paragraph of a quotation: the
# quotation goes on after it to its closing mark --
FURNITURE_INSIDE_QUOTATION = [
    (('"We will fix every road," Ruiz said. "Every one.', "ADVERTISEMENT",
      'And the bridges too. We have the money."'),
     {"Ruiz": ["We will fix every road", "Every one.", "And the bridges too. We have the money."]}),
    # near misses: the quotation closed before the furniture, or reopened after it; furniture
    # holding a quotation of its own (a link's headline) ends the one left open
    (('"We will fix every road," Ruiz said.', "ADVERTISEMENT",
      "The bridges are next, the council said."),
     {"Ruiz": ["We will fix every road"], "the council": ["The bridges are next"]}),
    (('"We will fix every road," Ruiz said. "Every one.', "ADVERTISEMENT",
      '"And the bridges too. We have the money."'),
     {"Ruiz": ["We will fix every road", "Every one.", "And the bridges too. We have the money."]}),
    (('"We will fix every road," Ruiz said. "Every one.', 'WATCH: Ruiz says "the bridges are next"',
      "The council met until midnight."),
     {"Ruiz": ["We will fix every road", "Every one."]}),
]

# -- a quote listed under its speaker is not listed again under "Unattributed quotes" for a
# second attribution whose 'she' nobody can be told --
TOLD_ONCE = [
    (('Ruiz said: "We will fix every road in the city.',
      'And the bridges too. We have the money," she added.'),
     {"Ruiz": ["We will fix every road in the city.", "And the bridges too. We have the money"]}),
    (('Ruiz said: "We will fix every road in the city.', "Story continues below advertisement",
      'And the bridges too. We have the money," she added.'),
     {"Ruiz": ["We will fix every road in the city.", "And the bridges too. We have the money"]}),
    # near misses: a quote only the unknown 'she' speaks stays unattributed, beside the named
    # speaker's own
    (('"We will fix every road," Ruiz said. "The bridges too," she added.',),
     {"Ruiz": ["We will fix every road"], UNATTRIBUTED: ["The bridges too"]}),
    (("Ruiz spoke first.", '"We will fix every road in the city," she said.'),
     {UNATTRIBUTED: ["We will fix every road in the city"]}),
]

TABLES = {
    "told_once": TOLD_ONCE,
    "furniture_inside_quotation": FURNITURE_INSIDE_QUOTATION,
    "typewriter": TYPEWRITER,
    "lost_space": LOST_SPACE,
    "writers_apposition": WRITERS_APPOSITION,
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_quotations_of_scraped_text(paragraphs, expected):
    assert said(*paragraphs) == expected
