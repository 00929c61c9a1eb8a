"""Whom 'he' and 'she' stand for: the person described when nobody named fits, and only a
person of that sex and number."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED
from tests.engine.helpers import check, table_cases

# -- nobody named before: the subject described by a person noun, kept unnamed --
DESCRIBED_SUBJECT = [
    (("The governor had sharp words for the ferry board.",
      '"They have let the islanders down again," he said.'),
     {"They have let the": "the governor"}),
    (("The harbour mayor spoke to reporters on Tuesday.",
      '"We will mend the pier before winter," she said.'),
     {"We will mend the": "the harbour mayor"}),
    (("On Friday, the chief executive met the pilots.", "The talks ran late.",
      "She said the ferries would sail all winter."),
     {"the ferries would sail": "the chief executive"}),
    (("The daughter waited at the pier all night.",
      '"Nobody told us anything," she said.'),
     {"Nobody told us anything": "the daughter"}),
    (("Premier Ana Ruiz opened the pier. The premier was in good spirits.",
      '"This is a proud day," she said.'),
     {"This is a proud": "Ana Ruiz"}),  # named already: the named person, as before
]
# near-misses: no person noun, a group, the other sex, too far back, not the subject
DESCRIBED_NEAR_MISSES = [
    (("The council met on Tuesday.", '"We will mend the pier," she said.'),
     {"We will mend the": UNATTRIBUTED}),  # a body
    (("The city spoke up on Tuesday.", '"We will mend the pier," he said.'),
     {"We will mend the": UNATTRIBUTED}),  # a place
    (("The farmers waited at the pier all night.", '"Nobody told us anything," he said.'),
     {"Nobody told us anything": UNATTRIBUTED}),  # a group
    (("The father waited at the pier all night.", '"Nobody told us anything," she said.'),
     {"Nobody told us anything": UNATTRIBUTED}),  # the other sex
    (("The mayor's office stayed closed.", '"We will mend the pier," she said.'),
     {"We will mend the": UNATTRIBUTED}),  # an office, not the mayor
    (("The storm asked too much of the mayor.", '"We will mend the pier," she said.'),
     {"We will mend the": UNATTRIBUTED}),  # not the subject
    (("The governor toured the harbour.", "Gulls circled the pier.", "The tide came in.",
      "The ferry was late.", '"We will mend the pier," he said.'),
     {"We will mend the": UNATTRIBUTED}),  # too far back
]

# -- never a team, a band or a body the article always names with 'the' --
NOT_A_GROUP = [
    (("The Harbour Hawks lost again on Saturday.", '"We will rebuild the team," he said.'),
     {"We will rebuild the": UNATTRIBUTED}),
    (("Coach Tom Bell took over in May.", "The Harbour Hawks lost again on Saturday.",
      '"We will rebuild the team," he said.'),
     {"We will rebuild the": "Tom Bell"}),
    (("Ana Ruiz sings with the Quayside Ramblers.", "The Quayside Ramblers play on Friday.",
      '"We need a new drummer," he said.'),
     {"We need a new": UNATTRIBUTED}),
    (("Tom Bell came home on Friday. The Bell family had waited for years.",
      '"I missed the harbour," he said.'),
     {"I missed the harbour": "Tom Bell"}),  # a person is named without 'the' too
    (("The Harbour Hawks hired Jon Castro.", "Castro lost again on Saturday.",
      '"We will rebuild the team," he said.'),
     {"We will rebuild the": "Jon Castro"}),
]

# -- never the company a person is said to work for ('a director of Quaylink Holdings') --
NOT_AN_EMPLOYER = [
    (("Ana Ruiz, a director of Quaylink Holdings, said the vote was close.",
      "Quaylink Holdings shares fell.", '"We will rebuild," he said.'),
     {"We will rebuild": UNATTRIBUTED}),
    (("Ana Ruiz, an analyst with Corvel Freight, said the vote was close.",
      "Corvel Freight runs the night ferry.", '"The trucks will wait," he said.'),
     {"The trucks will wait": UNATTRIBUTED}),
    (("Tom Bell spoke first.", "Tessaro Systems chief Ana Ruiz said the vote was close.",
      '"We will rebuild," he said.'),
     {"We will rebuild": "Tom Bell"}),
    (("Ana Ruiz, the daughter of Jon Castro, said the vote was close.",
      "Castro stayed at home.", '"We will rebuild," he said.'),
     {"We will rebuild": "Jon Castro"}),  # kin: a person
    (("Ana Ruiz, a lawyer for Sam Castro, said the vote was close.",
      "Castro stayed at home.", '"We will rebuild," he said.'),
     {"We will rebuild": "Sam Castro"}),  # 'for': a client as often as a firm
    (("Ms Ruiz, an aide of Mr Castro, said the vote was close.", '"We will rebuild," he said.'),
     {"We will rebuild": "Castro"}),  # a man by his title
]

# -- the sex an apposition or a role noun tells ('Lee, a father of two'; 'businesswoman …') --
SEX_TOLD = [
    (("Lee, a father of two, said the vote was close.", "Cole agreed.",
      '"We will rebuild," he said.'),
     {"We will rebuild": "Lee"}),
    (("Pat Cole said the vote was close.", "Businesswoman Dale Lamb agreed.",
      '"We will rebuild," he said.'),
     {"We will rebuild": "Pat Cole"}),
    (("Pat Cole said the vote was close.", "Harbour spokeswoman Dale Lamb agreed.",
      '"We will rebuild," she said.'),
     {"We will rebuild": "Dale Lamb"}),
    (("Pat Cole spoke first.", "Dale Lamb, 46, the widow of a pilot, said the vote was close.",
      '"We will rebuild," he said.'),
     {"We will rebuild": "Pat Cole"}),
    (("Sen. Dale Lamb, her husband Pat Cole and two pilots met on Friday.",
      '"We will rebuild," she said.'),
     {"We will rebuild": "Dale Lamb"}),  # 'husband' tells Cole's sex, not Lamb's
]

# -- 'it' for a body the sentence before opens with, capitalised or not --
IT_BODY_OPENING = [
    (("The pilots union said the toll was unfair.",
      "The Harbour Authority was asked about the toll.", "It said the toll would stay."),
     {"the toll would stay.": "Harbour Authority"}),
    (("The pilots union said the toll was unfair.",
      "The Ferry Commission, a body of three judges, met on Monday.",
      '"The toll stays," it said.'),
     {"The toll stays": "Ferry Commission"}),
    (("The pilots union said the toll was unfair.",
      "The harbour commission was asked about the toll.", "It said the toll would stay."),
     {"the toll would stay.": "the harbour commission"}),
    (("The pilots union said the toll was unfair.",
      "The Harbour Express was asked about the toll.", "It said the toll would stay."),
     {"the toll would stay.": "the pilots union"}),  # no body's word: the union, as before
    (("The pilots union said the toll was unfair.",
      "The Harbour Authority, in particular, wants it raised, it said."),
     {"The Harbour Authority, in": "the pilots union"}),  # the body opens what was said
    (("The pilots union said the toll was unfair.",
      "The harbour commission, in particular, wants it raised, it said."),
     {"The harbour commission, in": "the pilots union"}),
]

# -- a descriptor is the person the article introduced with it, in an apposition too --
DESCRIPTOR_INTRODUCED = [
    (("Jon Bell, the father of the missing boy, waited at the pier.",
      '"Nobody told us anything," the father said.'),
     {"Nobody told us anything": "Jon Bell"}),
    (("Erik Lind, a rookie defenceman, scored twice on Saturday.",
      '"It felt good," said the rookie defenceman.'),
     {"It felt good": "Erik Lind"}),
    (("Dale Lamb, the long-serving harbour spokeswoman, retired in May.",
      '"The tides have changed," the spokeswoman said.'),
     {"The tides have changed": "Dale Lamb"}),
    (("Hope Ruiz, a campaign spokeswoman, did not answer.",
      "The Harbour campaign said the toll would stay."),
     {"the toll would stay.": "the Harbour campaign"}),  # 'campaign' only a modifier there
    (("The boy's father, Jon Bell, waited at the pier.",
      '"Nobody told us anything," the father said.'),
     {"Nobody told us anything": "Jon Bell"}),
    (("The harbour's new spokeswoman, Dale Lamb, took questions.",
      '"The tides have changed," the spokeswoman said.'),
     {"The tides have changed": "Dale Lamb"}),
    (("Jon Bell, whose son is missing, waited at the pier.",
      '"Nobody told us anything," the father said.'),
     {"Nobody told us anything": "the father"}),  # not introduced as the father
]

# -- 'the rookie said' with nobody introduced as the rookie: an unnamed speaker, not the person
# named last; introduced before the name with another noun between, it is that person --
DESCRIPTOR_UNINTRODUCED = [
    (("Coach Tom Long praised the team after the win.",
      '"We played hard and deserved it," the rookie said.'),
     {"We played hard and": "the rookie"}),
    (("Coach Tom Long praised the team after the win.",
      '"We played hard and deserved it," the goalie added.'),
     {"We played hard and": "the goalie"}),
    (("Coach Tom Long praised rookie defenceman Ana Ruiz after the win.",
      '"We played hard and deserved it," the rookie said.'),
     {"We played hard and": "Ana Ruiz"}),
    (("Coach Tom Long praised the rookie season of Ana Ruiz after the win.",
      '"We played hard and deserved it," the rookie said.'),
     {"We played hard and": "the rookie"}),  # 'season of' are no speaker nouns
    (("Coach Tom Long praised the team after the win.",
      '"We played hard and deserved it," Long said.'),
     {"We played hard and": "Tom Long"}),
]

# -- a pronoun's quotation goes on in the sentences after it: each is the same person's, though
# the sentence before the later ones no longer names her --
PRONOUN_GOES_ON = [
    (("Mayor Ana Ruiz said the pier was safe.",
      "Dale Okoro, who runs a kiosk by the pier, said the boards were rotten.",
      '"Everybody saw this coming," she said. "Nobody lifted a finger."'),
     {"Everybody saw this coming": "Dale Okoro", "Nobody lifted a finger.": "Dale Okoro"}),
    (("Premier Tom Bell opened the pier.",
      "Sam Osei, who fishes off it, said the boards were rotten.",
      '"It was a matter of time," he said, adding: "Someone could have drowned." '
      '"They were warned."'),
     {"It was a matter": "Sam Osei", "Someone could have drowned.": "Sam Osei",
      "They were warned.": "Sam Osei"}),
    (("Ana Ruiz spoke first. Dale Okoro spoke next.",  # near miss: a new attribution, a new look
      '"We are ready," she said.', '"So are we," Ana Ruiz said.'),
     {"So are we": "Ana Ruiz"}),
]

# -- 'the statement said' is whoever issued the statement in an attribution before it --
DOCUMENT_ISSUED = [
    (("In a statement, harbour master Ines Dube said the pier would close.",
      '"We regret the delay," the statement said.'),
     {"We regret the delay": "Ines Dube"}),
    (("In a letter to islanders on Monday, the ferry board said fares would rise.",
      '"Costs have doubled," the letter said.'),
     {"Costs have doubled": "the ferry board"}),
    (("Harbour Ferries said in a news release that fares would rise.",
      '"Costs have doubled," the release said.'),
     {"Costs have doubled": "Harbour Ferries"}),
    (("In an email to the Courier, Sam Osei said the school would open.",
      "Tom Bell said the road was ready.",
      '"Classes start Monday," the email said.'),
     {"Classes start Monday": "Sam Osei"}),  # the one the email was from, not the last named
    (("Tom Bell said the road was ready.",  # near miss: no statement issued before
      '"Classes start Monday," the statement said.'),
     {"Classes start Monday": "the statement"}),
]

# -- the subject of the sentence just before, described after a name ('The Harbour Board
# secretary'), with nobody named in it: 'he' or 'she' is that person, not one named earlier --
_BELL = ("Tom Bell, the harbour master, spoke on Monday.", "The storm closed the port for a week.")
_RISK = '"Every hour at sea is a risk," he said.'
CENTRED_SUBJECT = [
    ((*_BELL, "The Harbour Board secretary, in a radio message, urged captains to stay in port.",
      _RISK), {"Every hour at sea": "the Harbour Board secretary"}),
    ((*_BELL, "The Port Alder secretary-general was at the pier all night.", _RISK),
     {"Every hour at sea": "the Port Alder secretary-general"}),
    # near misses: a man named in that sentence, the subject two sentences back, a bare noun
    # (it may name again the man named before), a noun of the other sex
    ((*_BELL, "The Harbour Board secretary met Tom Bell at the pier.", _RISK),
     {"Every hour at sea": "Tom Bell"}),
    ((*_BELL, "The Harbour Board secretary urged captains to stay in port.",
      "The storm went on for a week.", _RISK), {"Every hour at sea": "Tom Bell"}),
    ((*_BELL, "The secretary was at the pier all night.", _RISK),
     {"Every hour at sea": "Tom Bell"}),
    ((*_BELL, "The Harbour Board chairwoman urged captains to stay in port.", _RISK),
     {"Every hour at sea": "Tom Bell"}),
]

REFERENT_TABLES = {
    "centred": CENTRED_SUBJECT,
    "described": DESCRIBED_SUBJECT,
    "described-not": DESCRIBED_NEAR_MISSES,
    "group": NOT_A_GROUP,
    "employer": NOT_AN_EMPLOYER,
    "sex": SEX_TOLD,
    "it-body": IT_BODY_OPENING,
    "introduced": DESCRIPTOR_INTRODUCED,
    "not-introduced": DESCRIPTOR_UNINTRODUCED,
    "goes-on": PRONOUN_GOES_ON,
    "document": DOCUMENT_ISSUED,
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(REFERENT_TABLES))
def test_pronoun_referent(paragraphs, expected):
    check(paragraphs, expected)
