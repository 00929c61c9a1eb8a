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

TABLES = {
    "spaced_guillemets": SPACED_GUILLEMETS,
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_quotation_marks(paragraphs, expected):
    assert shown(*paragraphs) == expected
