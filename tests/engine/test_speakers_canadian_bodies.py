"""Speaker shapes from invented Canadian news of session 8, round 3 (a French-language body,
a union named after what it represents, a company named once, a minister named later); each
table one rule with the near misses it must leave alone. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.engine.helpers import listed

# -- a French body's name with lower-case words after its noun ('Office', 'Commission',
# 'Conseil') and a French joiner among them is one organisation, however it ends --
FRENCH_BODIES = [
    (("The Office québécois de la langue française said it prefers to warn merchants first.",),
     [("Office québécois de la langue française", "organisation")]),
    (("The Commission de la construction du Québec says the walkout is illegal.",),
     [("Commission de la construction du Québec", "organisation")]),
    (("The Conseil du statut de la femme said the bill falls short.",),
     [("Conseil du statut de la femme", "organisation")]),
    # near misses: English words after the noun (no joiner), a noun before the body's noun
    (("The Commission on human rights said it would look into the case.",),
     [("the Commission on human rights", "unnamed")]),
    (("The Office staff said they would walk out on Monday.",), []),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), FRENCH_BODIES)
def test_a_french_body_may_end_in_lower_case_words(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


# -- a union's local ends in its number ('Unifor Local 707A', 'Legion Branch 25'), alone or in
# apposition after the group it is ('The union representing …, Unifor Local 707A, said') --
UNITS = [
    (("Unifor Local 707A said its members would not be affected.",),
     [("Unifor Local 707A", "organisation")]),
    (("Royal Canadian Legion Branch 25 says the cenotaph will be repaired.",),
     [("Royal Canadian Legion Branch 25", "organisation")]),
    (("The union representing the firm's field workers, Unifor Local 707A, said it was told "
      "its members would not be affected.",), [("Unifor Local 707A", "organisation")]),
    (("The union, CUPE Local 79, says the talks have stalled.",),
     [("CUPE Local 79", "organisation")]),
    # near misses: a number after a road, a number and no name before the unit's word
    (("The man on Route 9 said he saw the crash.",), [("the man on Route 9", "unnamed")]),
    (("Local 444 said it would strike.",), []),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), UNITS)
def test_a_numbered_local_ends_a_body_name(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


# -- 'the company announced' is the one company the article named before it, as a company's
# name ends ('Prairie Crest Energy', 'Enbridge Inc.'); unnamed when it named two, or none
# before, or only a body whose name holds such a word ('the Department of Energy') --
COMPANIES = [
    (("Calgary-based Prairie Crest Energy will cut 300 jobs, the company announced Thursday.",),
     [("Prairie Crest Energy", "organisation")]),
    (("Harbour Foods Inc. closed its Moncton plant on Friday.",
      "The firm said the plant had lost money for three years."),
     [("Harbour Foods Inc", "organisation")]),
    # near misses: two companies named, the company named only after, a ministry, a person
    (("Prairie Crest Energy and Harbour Mining both cut jobs.",
      "The company said the cuts were painful."), [("the company", "unnamed")]),
    (("The company said the cuts were painful. Prairie Crest Energy cut 300 jobs.",),
     [("the company", "unnamed")]),
    (("The Department of Energy cut jobs. The company said the cuts were painful.",),
     [("the company", "unnamed")]),
    (("Prairie Crest Energy cut jobs. The company spokesperson said the cuts were painful.",),
     [("the company spokesperson", "unnamed")]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), COMPANIES)
def test_the_company_is_the_one_company_named_before(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


# -- "Quebec's minister responsible for …, saying" is the one person the article titles
# Minister, named after it or before; unnamed when nobody is, or two are --
OWNED_TITLES = [
    (("Quebec's minister responsible for the French language defended the rules on Wednesday, "
      "saying businesses have had three years to prepare.",
      '"Nobody can claim to be surprised," Minister Jean-Luc Tremblay told reporters.'),
     {"Jean-Luc Tremblay"}),
    (("Ontario's minister said the clinics would stay open.",
      "Health Minister Ana Ruiz visited one of them on Friday."), {"Ana Ruiz"}),
    # near misses: nobody titled so, two people titled so
    (("Quebec's minister defended the rules, saying businesses had three years.",),
     {"Quebec's minister"}),
    (("Quebec's minister defended the rules, saying businesses had three years.",
      "Health Minister Ana Ruiz disagreed with the minister, as did Finance Minister Tom Bell."),
     {"Quebec's minister"}),
]


@pytest.mark.parametrize(("paragraphs", "names"), OWNED_TITLES)
def test_a_place_s_title_is_the_one_person_titled_so(paragraphs, names):
    assert {name for name, _ in listed(*paragraphs)} == names


# -- a body named 'X of A, B and C' (Canadian ministries are named by what they cover) is one
# organisation, not the people 'B' and 'C'; names listed before 'and' still are people --
LISTED_BODIES = [
    (("The B.C. Ministry of Water, Land and Resource Stewardship said it is reviewing the "
      "report.",), [("B.C. Ministry of Water, Land and Resource Stewardship", "organisation")]),
    (("The Department of Fisheries, Oceans and the Coast Guard said the stock is low.",),
     [("Department of Fisheries, Oceans and the Coast Guard", "organisation")]),
    # near misses: people listed; places listed inside what was said
    (("Bell, Ruiz and Okafor said the road is closed.",),
     [("Bell", "person"), ("Ruiz", "person"), ("Okafor", "person")]),
    (("The ferry runs to Gibsons, Lund and Powell River, Tom Bell said.",),
     [("Tom Bell", "person")]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), LISTED_BODIES)
def test_a_body_named_for_what_it_covers_is_one_organisation(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


# -- a name of capitalised words ending in a country or province, opening with no given name or
# rank, is a government body ('Statistics Canada', 'Parks Canada'); a peer named by rank is a
# person, and 'she' may refer to her --
PLACE_BODIES = [
    (("Statistics Canada said rents rose eight per cent last year.",),
     [("Statistics Canada", "organisation")]),
    (("Parks Canada says the trail will stay closed until June.",),
     [("Parks Canada", "organisation")]),
    # near misses: a given name, a rank of the peerage
    (("Tom Canada said the rents rose again.",), [("Tom Canada", "person")]),
    (("Baroness Holland said the bill went too far.",), [("Baroness Holland", "person")]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), PLACE_BODIES)
def test_a_body_named_for_its_country_is_an_organisation(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


# -- a company named with its legal form and a stop ('Empire Co.', 'Enbridge Inc.') speaks as
# an organisation; nothing was listed --
COMPANY_FORMS = [
    (("Sobeys parent Empire Co. said it supports a code for suppliers too.",),
     [("Empire Co", "organisation")]),
    (("Enbridge Inc. said the pipeline will reopen on Monday.",),
     [("Enbridge Inc", "organisation")]),
    # near miss: a person's suffix with a stop
    (("Joseph Biden Jr. said the bill would pass.",), [("Joseph Biden Jr", "person")]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), COMPANY_FORMS)
def test_a_company_with_its_legal_form_speaks(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


# -- buyers of a thing as a group ('Consumers in Winnipeg told …') are unnamed people, not a
# person named "Consumers" --
@pytest.mark.parametrize(("paragraphs", "speakers"), [
    (("Prices rose.", "Consumers in Brandon told reporters they have changed how they shop."),
     [("consumers in Brandon", "unnamed")]),
    (("Prices rose.", "Customers said the lines were long."), [("customers", "unnamed")]),
])
def test_buyers_as_a_group_are_unnamed(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


# -- a body named 'X of Y' opening a sentence whose verb of speech comes after another verb
# ('…, but warned that …') keeps its whole name; 'the district' names it again --
@pytest.mark.parametrize(("paragraphs", "speakers"), [
    (("The Regional District of Harbour Okanagan lifted the order, but warned that 900 homes "
      "remain on alert.",), [("Regional District of Harbour Okanagan", "organisation")]),
    (("The Town of Gander closed the beach, but said it would reopen on Monday.",),
     [("Town of Gander", "organisation")]),
    (("The Union of Harbour Pilots and Deckhands met, and warned that a strike was near.",),
     [("Union of Harbour Pilots and Deckhands", "organisation")]),
    (("The Regional District of Harbour Okanagan lifted the order on Monday.",
      "Eleven homes were destroyed, the regional district said."),
     [("Regional District of Harbour Okanagan", "organisation")]),
    # near miss: a city's name, no 'of'
    (("Quebec City closed the beach, but said it would reopen on Monday.",),
     [("Quebec City", "organisation")]),
])
def test_a_body_named_with_of_keeps_its_name_before_a_second_verb(paragraphs, speakers):
    assert listed(*paragraphs) == speakers


# -- 'the agency', 'the union' right after an organisation spoke (in that sentence or the one
# before) is that organisation, speaking on --
@pytest.mark.parametrize(("paragraphs", "speakers"), [
    (("The Harbour Investigations Unit says officers were called at 11 p.m. The agency says "
      "there was a struggle.",), [("Harbour Investigations Unit", "organisation")]),
    (("The Harbour Pilots Association said the talks had failed.",
      "The association said a strike vote would follow."),
     [("Harbour Pilots Association", "organisation")]),
    # near misses: someone else spoke between; two sentences apart
    (("The Harbour Investigations Unit says officers were called. Tom Bell said he heard "
      "shouts. The agency says there was a struggle.",),
     [("Harbour Investigations Unit", "organisation"), ("Tom Bell", "person"),
      ("the agency", "unnamed")]),
])
def test_the_agency_right_after_a_body_spoke_is_that_body(paragraphs, speakers):
    assert listed(*paragraphs) == speakers
