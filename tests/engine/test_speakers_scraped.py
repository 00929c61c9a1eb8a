"""Quotations in scraped text, in invented sentences (none from a corpus): each table is one
rule, with the near misses it must leave alone."""

from __future__ import annotations

import pytest

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

TABLES = {
    "typewriter": TYPEWRITER,
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_quotations_of_scraped_text(paragraphs, expected):
    assert said(*paragraphs) == expected
