"""Quotations standing alone as a paragraph, with no verb: whose they are (round 9)."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED
from tests.engine.helpers import check, table_cases

# -- a title, a sign or a slogan quoted in the sentence before is nobody's words: that sentence
#    still introduces the speaker of the quotation after it --
QUOTED_NAMES = [
    (("Ines Dube nailed a sign reading \"Private Road\" to the gate last spring.",
      '"People drove right through the yard. I had to do something."'),
     {"People drove right through": "Ines Dube"}),
    (("Tom Alder has sung in \"The Harbour Lights\" at the Gaiety every summer since 2004.",
      '"The crowds are older now, but they still come back."'),
     {"The crowds are older": "Tom Alder"}),
    (("Marta Kowal wore a shirt saying \"Keep The Mill Open\" to every council meeting.",
      '"Nobody on council ever looked me in the eye."'),
     {"Nobody on council ever": "Marta Kowal"}),
    # near misses: words someone said or shouted, not a name; no person before the quotation;
    # a person the sentence with a title names only as its object (its subject is no person)
    (("Ines Dube heard the foreman shout \"get out of the water now\" from the wharf.",
      '"People drove right through the yard. I had to do something."'),
     {"People drove right through": UNATTRIBUTED}),
    (("The sign at the gate still reads \"Private Road\" in red paint.",
      '"People drove right through the yard. I had to do something."'),
     {"People drove right through": UNATTRIBUTED}),
    (("The choir sang \"Harbour Lights\" to Susan Keller at the gala on Friday.",
      '"Where do we go from here?"'),
     {"Where do we go": UNATTRIBUTED}),
]

# -- a story opening with a quotation, its speaker the subject of the sentence right after it --
OPENING = [
    (('"I grabbed the dog and ran." Ines Dube, 52, lost her house when the river rose.',
      "The town has flooded twice since 2019."),
     {"I grabbed the dog": "Ines Dube"}),
    (('"The brakes just went." Tom Alder had driven the ferry for six years.',),
     {"The brakes just went.": "Tom Alder"}),
    # near misses: no person after it; a quotation of its own in the sentence after
    (('"The brakes just went." The ferry had run for six years without a fault.',),
     {"The brakes just went.": UNATTRIBUTED}),
    (('"The brakes just went." Tom Alder said "never again" to the board.',),
     {"The brakes just went.": UNATTRIBUTED}),
]

# -- a sentence pointing back at the quotation before it names its speaker --
RECAPS = [
    (('"The whole street was under water."',
      "That's how Ines Dube remembers the spring the river rose in 2019."),
     {"The whole street was": "Ines Dube"}),
    (("The mill closed in March.", '"Nobody saw it coming. Nobody."',
      "Those are the words Tom Alder uses for the day the notices went up."),
     {"Nobody saw it coming.": "Tom Alder"}),
    (("The mill closed in March.", '"We will rebuild, one house at a time." So says Marta Kowal, '
      "who has lived on the street since 1971."),
     {"We will rebuild, one": "Marta Kowal"}),
    (('"The whole street was under water."',
      "That is how Fire Chief Ines Dube described the scene to reporters."),
     {"The whole street was": "Ines Dube"}),
    # what both former rules read, in one (session 9 round 3): a quotation of two sentences
    # and a surname with a speech verb; a role before the name; the named person, not the
    # subject of the sentence before
    (("The mill closed in March.", '"Nobody saw it coming. Nobody."',
      "That's how Kowal describes the day the notices went up."),
     {"Nobody saw it coming.": "Kowal"}),
    (("The mill closed in March.",
      '"Nobody saw it coming. Nobody." That is what tenant Tom Alder told the council.'),
     {"Nobody saw it coming.": "Tom Alder"}),
    (("Tom Alder runs the mill.",
      '"We will rebuild, one house at a time." That is the way Marta Kowal tells it.'),
     {"We will rebuild, one": "Marta Kowal"}),
    # near misses: no name after the pointing words; a single word; the words do not point
    # back; a surname with no speech verb; a possessive (someone else's words)
    (('"The whole street was under water."', "That's how Kowal liked it."),
     {"The whole street was": UNATTRIBUTED}),
    (('"The whole street was under water."',
      "That's how Ines Dube's neighbour remembers the spring."),
     {"The whole street was": UNATTRIBUTED}),
    (('"The whole street was under water."', "That's how it ended for most of the town."),
     {"The whole street was": UNATTRIBUTED}),
    (('"The whole street was under water."', "That's how Lytton remembers it."),
     {"The whole street was": UNATTRIBUTED}),
    (('"The whole street was under water."', "That night Ines Dube slept in her car."),
     {"The whole street was": UNATTRIBUTED}),
]

# -- words written on a thing ('the sign … says "…"') are no one's speech: not the town's --
INSCRIPTIONS = [
    (("The sign at the edge of town still says \"Welcome to Port Alder\" in four languages.",),
     {'"Welcome to Port Alder"': None, "Welcome to Port Alder": None}),
    (("A note taped to the door of the bakery in Moncton says \"Closed for good after 40 "
      "years.\"",),
     {"Closed for good after": UNATTRIBUTED}),
    (("The banner over Main Street in Truro read \"Bring them home safe.\"",
      "Ines Dube runs the legion hall.", '"Every family here knows someone overseas."'),
     {"Bring them home safe.": UNATTRIBUTED, "Every family here knows": "Ines Dube"}),
    # near misses: a person who made or held the sign, set off by commas or before it
    (('Ines Dube, who painted the sign, says "the town deserved something better."',),
     {"the town deserved something": "Ines Dube"}),
    (('Ines Dube held up a sign and said "we are not going anywhere."',),
     {"we are not going": "Ines Dube"}),
    (('"Nobody reads the signs," said Tom Alder of the town council.',),
     {"Nobody reads the signs": "Tom Alder"}),
]

# -- a survey's or a poll's findings are no one's words: a quotation after them is not theirs --
FINDINGS = [
    (("Ines Dube runs the food bank in Truro.",
      "Visits rose by a third last year, according to a survey by Food Banks Canada.",
      '"Families who used to donate are now in our line."'),
     {"Families who used to": UNATTRIBUTED}),
    (("Ines Dube runs the food bank in Truro.",
      "Rents rose 12 per cent, according to census data from Statistics Canada.",
      '"Families who used to donate are now in our line."'),
     {"Families who used to": UNATTRIBUTED}),
    # near misses: a statement, a person: their words go on
    (("The shelter closed on Friday, according to a statement from the Truro Housing Trust.",
      '"We could not pay the heating bill this winter."'),
     {"We could not pay": "Truro Housing Trust"}),
    (("The shelter closed on Friday, according to its director, Ines Dube.",
      '"We could not pay the heating bill this winter."'),
     {"We could not pay": "Ines Dube"}),
]

# -- a sentence about a thing that points back to the person ('his customers') between the
#    sentence about that person and the quotation: the paragraph is still about them --
POINTED_BACK = [
    (("Ines Dube has run the bakery on Water Street since 1998. The new mall took half her "
      "customers.", '"We are open, and we are staying open."'),
     {"We are open, and": "Ines Dube"}),
    (("Tom Alder fished out of Canso for 40 years. The quota cuts ended his season in June.",
      '"There is nothing left to catch. Nothing."'),
     {"There is nothing left": "Tom Alder"}),
    (("Leah Morin is a paramedic in Kapuskasing. Her shifts run 24 hours.",
      '"There is no doctor here after five. We are it."'),
     {"There is no doctor": "Leah Morin"}),  # the pronoun opening the sentence
    # near misses: nothing points back ('Hers', 'Heritage' are no 'Her'); the person is in
    # another paragraph
    (("Leah Morin is a paramedic in Kapuskasing. Heritage funding ran out in May.",
      '"There is no doctor here after five. We are it."'),
     {"There is no doctor": UNATTRIBUTED}),
    (("Leah Morin is a paramedic in Kapuskasing. Hers is the only ambulance in town.",
      '"There is no doctor here after five. We are it."'),
     {"There is no doctor": UNATTRIBUTED}),
    (("Leah Morin is a paramedic in Kapuskasing.", "Her shifts run 24 hours.",
      '"There is no doctor here after five. We are it."'),
     {"There is no doctor": UNATTRIBUTED}),
    (("Ines Dube has run the bakery on Water Street since 1998. The new mall opened in May.",
      '"We are open, and we are staying open."'),
     {"We are open, and": UNATTRIBUTED}),
    (("Ines Dube has run the bakery on Water Street since 1998.",
      "The new mall took half her customers.", '"We are open, and we are staying open."'),
     {"We are open, and": UNATTRIBUTED}),
]

# -- 'For Ines Dube, …': the person whose view the sentence gives, as its subject would be --
FRAMED = [
    (("For Ines Dube, the ferry to Grand Manan is the only way to her clinic.",
      '"If it stops running, I stop working."'),
     {"If it stops running,": "Ines Dube"}),
    # near misses: a time, a team in the frame
    (("For years, the ferry to Grand Manan was the only way to the clinic.",
      '"If it stops running, I stop working."'),
     {"If it stops running,": UNATTRIBUTED}),
    (("For the Moncton Wildcats, the loss ended a run of nine wins.",
      '"We stopped skating in the third period."'),
     {"We stopped skating in": UNATTRIBUTED}),
]

TABLES = {"quoted_names": QUOTED_NAMES, "opening": OPENING, "recaps": RECAPS,
          "inscriptions": INSCRIPTIONS, "findings": FINDINGS, "pointed_back": POINTED_BACK,
          "framed": FRAMED}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_whose_floating_quotation(paragraphs, expected):
    check(paragraphs, expected)
