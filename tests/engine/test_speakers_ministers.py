"""Ministers and officers by their full titles, as Canadian news writes them: a portfolio joined
by 'and' or listed with commas, and a capitalised title before 'of' in apposition. Every
sentence is invented."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, said


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.name, s.role) for s in find_speakers(article(text))]


TITLES = [
    # a portfolio joined by 'and', or listed with commas, before the name
    ("B.C. Minister of Emergency Management and Climate Readiness Kelly Greene said the dikes "
     "held.", [("Kelly Greene",
                 "B.C. Minister of Emergency Management and Climate Readiness")]),
    ("Ontario Minister of Children, Community and Social Services Ana Ruiz said the plan works.",
     [("Ana Ruiz", "Ontario Minister of Children, Community and Social Services")]),
    ("Minister of Fisheries and Oceans Tom Bell said the stock is low.",
     [("Tom Bell", "Minister of Fisheries and Oceans")]),
    # a capitalised title before 'of', then the name in apposition
    ("The Minister of Health, Tom Bell, said the plan works.",
     [("Tom Bell", "the Minister of Health")]),
    ("The Director of the Harbour Trust, Ana Ruiz, said the pier would reopen.",
     [("Ana Ruiz", "the Director of the Harbour Trust")]),
    # a title whose 'of' takes a list with commas, then the name in apposition
    ("Nova Scotia's Minister of Communities, Culture, Tourism and Heritage, Pat Dunn-Murray, "
     'called the fiddler "a national treasure."',
     [("Pat Dunn-Murray", "Nova Scotia's Minister of Communities, Culture, Tourism and "
       "Heritage")]),
    ("The Director of Parks, Recreation and Culture, Ana Ruiz, says the pool will reopen.",
     [("Ana Ruiz", "the Director of Parks, Recreation and Culture")]),
    # a capitalised title ending the role, a role's place after 'to' or in initials
    ("Nova Scotia's Health Minister, Gwen Tibbetts, says the province hired 180 doctors.",
     [("Gwen Tibbetts", "Nova Scotia's Health Minister")]),
    ("The province's Finance Minister, Tom Bell, said the deficit will shrink.",
     [("Tom Bell", "the province's Finance Minister")]),
    ("Canada's ambassador to the UN, Tom Bell, said the vote failed.",
     [("Tom Bell", "Canada's ambassador to the UN")]),
    ("The head of the RCMP detachment, Ana Ruiz, said the road was closed.",
     [("Ana Ruiz", "the head of the RCMP detachment")]),
    # near misses: a body named 'X of Y' with a role after it; a plain body with 'and'
    ("The Bank of England, the lender of last resort, said rates will rise.",
     [("Bank of England", "the lender of last resort")]),
    ("The Department of Fisheries and Oceans said the stock is low.",
     [("Department of Fisheries and Oceans", None)]),
    # a list of places after a plural noun is no title, and a name after it no apposition
    ("The mayors of Surrey, Delta and Langley, Tom Bell says, will meet on Monday.",
     [("Tom Bell", None)]),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_a_minister_by_full_title_is_one_person_with_that_role(text, expected):
    assert speakers(text) == expected


def test_what_the_minister_said_is_what_follows_the_verb():
    assert said("The Minister of Health, Tom Bell, said the plan works.") == {
        "Tom Bell": ["the plan works."]}


# -- a named person 'with', 'from' or 'at' the body they work for, as Canadian news writes it:
# the person speaks, and the body is their role --
@pytest.mark.parametrize(("text", "expected"), [
    ("Ana Ruiz with the Canadian Cancer Society says the risk is low.",
     [("Ana Ruiz", "with the Canadian Cancer Society")]),
    ("Tom Bell from the union said the driver was 34.", [("Tom Bell", "from the union")]),
    ("Tom Bell at the hospital said the ward was full.", [("Tom Bell", "at the hospital")]),
    # near misses: a description, not a name, before 'from'; a place after it
    ("A nurse from Surrey said the ward was full.", [("a nurse from Surrey", None)]),
    ("Ana Ruiz from Surrey said the ward was full.", [("Ana Ruiz", "from Surrey")]),
])
def test_a_named_person_with_their_body_speaks(text, expected):
    assert speakers(text) == expected


# -- a lower-case noun before a role noun tells what the role is for, and is part of the role
# ('housing critic', 'planning director'); a time or a verb before it is not --
@pytest.mark.parametrize(("text", "expected"), [
    ("Conservative housing critic Brenda Oyelaran said the review shows the program failed.",
     [("Brenda Oyelaran", "Conservative housing critic")]),
    ("Deputy planning director Tom Bell said the money is enough.",
     [("Tom Bell", "Deputy planning director")]),
    # near misses: a time word, a speech verb before the role noun
    ("On Monday critic Tom Bell said the budget failed.", [("Tom Bell", "critic")]),
])
def test_a_noun_naming_what_a_role_is_for_stays_in_the_role(text, expected):
    assert speakers(text) == expected


def test_a_title_noun_in_lower_case_is_no_name_the_article_capitalises_elsewhere():
    # 'Minister' is capitalised twice (two titles); 'the minister' is still a description
    text = ("Housing Minister Raj Chaudhry defended the fund. Outside, the minister told "
            "reporters the city needs more units. Prime Minister Helen Marchetti was away.")
    kinds = {s.name: s.kind for s in find_speakers(article(text))}
    assert "the Minister" not in kinds, kinds


# -- a named person 'of the' body written in initials is a person ('Tom Bell of the RCMP'), as
# 'of the Ottawa Police Service' was; a body named 'X of the Y' stays a body --
@pytest.mark.parametrize(("text", "expected"), [
    ("Cpl. Dana Ruiz of the Nova Scotia RCMP urged drivers to slow down.",
     [("Dana Ruiz", "person")]),
    ("Tom Bell of the OPP said the road was closed.", [("Tom Bell", "person")]),
    # near miss: a body's own name
    ("Friends of the RCMP said the museum will close.", [("Friends of the RCMP", "organisation")]),
])
def test_a_person_of_a_body_in_initials_is_a_person(text, expected):
    assert [(s.name, s.kind) for s in find_speakers(article(text))] == expected
