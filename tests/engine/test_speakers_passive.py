"""Speech reported in the passive: 'X was quoted (by Reuters) as saying …'."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check, table_cases

# -- 'was quoted as saying': who is quoted said it --
QUOTED_AS = [
    (("Ana Ruiz was quoted as saying the bridge would open in May.",),
     {"the bridge would open": "Ana Ruiz"}),
    (("The bridge would open in May, Ana Ruiz was quoted as saying.",),
     {"The bridge would open": "Ana Ruiz"}),
    (('"The bridge will open in May," Ana Ruiz was quoted as saying.',),
     {"The bridge will open": "Ana Ruiz"}),
    (("The mayor has been quoted as saying that the ferry would run on Sunday.",),
     {"the ferry would run": "the mayor"}),
]

# -- 'quoted by MEDIUM as saying': the medium quotes, it does not speak --
QUOTED_BY = [
    (("Ana Ruiz was quoted by Reuters as saying the bridge would open in May.",),
     {"the bridge would open": "Ana Ruiz"}),
    (("The mayor was quoted by the Harbour Times as saying that the ferry would run.",),
     {"the ferry would run.": "the mayor"}),
]

# -- active 'X quoted Y as saying': X only quotes; Y, the one quoted, is the speaker --
ACTIVE = [
    (("The minister quoted Ana Ruiz as saying the bridge would open in May.",),
     {"the bridge would open": "Ana Ruiz"}),
    (("One donor quoted a top Ruiz aide as saying: \"If we hold the harbour, we are fine.\"",),
     {"If we hold the": "a top Ruiz aide"}),
    # near misses: 'as' that is no 'as saying' ('quoted figures as high as'), nobody quoted
    (("The paper quoted figures as high as ten million, Ana Ruiz said on Monday.",),
     {"The paper quoted figures": "Ana Ruiz"}),
]

# -- 'was told by X': a verb whose object listens, made passive; the agent after 'by' speaks --
TOLD_BY = [
    (("Reporters were told by Tom Bell that the ferry would run all winter.",),
     {"the ferry would run": "Tom Bell"}),
    (("The ferry will run all winter, the crew was told by Tom Bell.",),
     {"The ferry will run": "Tom Bell"}),
    (('Ana Ruiz was told by officials: "The bridge will not open in May."',),
     {"The bridge will not": "officials"}),
    (("Ana Ruiz was told by doctors to rest for a week.",),
     {"to rest for a": None}),  # an order, not a report
    (("Reporters were told by Tom Bell, the council engineer, that repairs would cost more.",),
     {"repairs would cost more.": "Tom Bell"}),  # an apposition between the agent and 'that'
    (("Reporters were told by Tom Bell, who runs the yard, that repairs would cost more.",),
     {"repairs would cost more.": "Tom Bell"}),  # a relative clause set off: still the agent
]

TABLES = {"quoted_as": QUOTED_AS, "quoted_by": QUOTED_BY, "active": ACTIVE, "told_by": TOLD_BY}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)
