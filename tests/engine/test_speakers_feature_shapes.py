"""Shapes of long feature articles (evacuations, earnings, courts): a quotation standing alone
after the sentence that introduces its speaker at length, the person an apposition or a
spelled-out role introduced taken back by its description ('the victim's mother', 'the CFO'),
and a place modifying a noun ('a Regina plumber') that is no speaker's name."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED
from tests.engine.helpers import check, table_cases

_QUOTE = '"Every hour the water is a little closer to the porch."'
_FLOOD = "The river rose again overnight."

# -- a quotation with no speech verb after a sentence whose subject a relative clause of any
# length follows ('Lena Marsh, who moved here … with her sons, spent the night …') --
RELATIVE_LEADS = [
    ((_FLOOD, "Lena Marsh, who moved to the valley from Regina four years ago with her two "
      "sons, spent the night in a school gym.", _QUOTE),
     {"Every hour the water": "Lena Marsh"}),
    ((_FLOOD, "Lena Marsh, who moved to the valley from Regina, Sask., four years ago with her "
      "two sons, spent the night in a school gym.", _QUOTE),
     {"Every hour the water": "Lena Marsh"}),
    ((_FLOOD, "Omar Field, whose bakery has stood on the flats by the old rail bridge since "
      "1994, packed his ovens into a rented truck.", _QUOTE),
     {"Every hour the water": "Omar Field"}),
    # near misses: two subjects, a possessive, a place, people unnamed
    ((_FLOOD, "Lena Marsh, who moved to the valley four years ago, and her husband spent the "
      "night in a school gym.", _QUOTE),
     {"Every hour the water": "Lena Marsh"}),  # no subject, but the one person named
    ((_FLOOD, "Lena Marsh's landlord, who lives in Calgary with his family, raised the rent.",
      _QUOTE),
     {"Every hour the water": UNATTRIBUTED}),
    ((_FLOOD, "Marsh Creek, which runs past the town from the hills above it, burst its banks.",
      _QUOTE),
     {"Every hour the water": UNATTRIBUTED}),
    ((_FLOOD, "Residents who moved to the valley from Regina with their sons spent the night "
      "in a gym.", _QUOTE),
     {"Every hour the water": UNATTRIBUTED}),
]

_CHARGED = "A man was charged with murder on Monday."

# -- a description in apposition with a possessive in it ('Ruth Kalder, the victim's mother,')
# introduces the person that description later stands for --
POSSESSIVE_APPOSITIONS = [
    ((_CHARGED, "Ruth Kalder, the victim's mother, spoke to reporters at her home in Lacombe.",
      "The victim's mother said the family had set up a fund for his sister."),
     {"the family had set": "Ruth Kalder"}),
    ((_CHARGED, "Tom Bell, the team’s equipment manager, was in the building that night.",
      '"Nobody saw anything until the lights went out," the equipment manager said.'),
     {"Nobody saw anything until": "Tom Bell"}),
    # near misses: another relative of the same person, the possessor, the owner of a post
    ((_CHARGED, "Ruth Kalder, the victim's mother, spoke to reporters at her home in Lacombe.",
      "The victim's father said the family had set up a fund for his sister."),
     {"the family had set": "the victim's father"}),
    ((_CHARGED, "Ruth Kalder, the coach's sister, spoke to reporters at her home in Lacombe.",
      "The coach said the family had set up a fund for his sister."),
     {"the family had set": "the coach"}),
    ((_CHARGED, "Ruth Kalder, the mayor's press secretary, spoke to reporters.",
      "The mayor said the city would hold a vigil on Friday."),
     {"the city would hold": "the mayor"}),
]

_SHARES = "Shares of the grocer fell 14 per cent on Thursday."
_MARGINS = '"We expect margin pressure to ease in the second half," the CFO told the call.'

# -- an abbreviated role ('the CFO') for the one person introduced with it spelled out --
SPELLED_OUT_ROLES = [
    ((_SHARES, "Chief financial officer Dana Whitlow said sales in Canada rose.", _MARGINS),
     {"We expect margin pressure": "Dana Whitlow"}),
    ((_SHARES, "Dana Whitlow, the company's chief financial officer, said sales rose.",
      _MARGINS),
     {"We expect margin pressure": "Dana Whitlow"}),
    ((_SHARES, "Chief executive Ana Ruiz spoke first on the call with analysts.",
      '"I own that," the CEO said.'),
     {"I own that": "Ana Ruiz"}),
    # near misses: no one introduced so, two of them, another role spelled out
    ((_SHARES, "Dana Whitlow said sales in Canada rose.", _MARGINS),
     {"We expect margin pressure": "the CFO"}),
    ((_SHARES, "Chief financial officer Dana Whitlow said sales rose. Its rival's chief "
      "financial officer, Omar Field, said they fell.", _MARGINS),
     {"We expect margin pressure": "the CFO"}),
    ((_SHARES, "Chief executive Ana Ruiz said sales in Canada rose.", _MARGINS),
     {"We expect margin pressure": "the CFO"}),
]

_RULING = "The ruling came down on Monday in Calgary after a long trial."
_TRAVESTY = '"a travesty of justice for the whole city"'

# -- a place written before a lower-case noun after an article modifies it ('A Regina
# plumber called it "…"', 'The Winnipeg-based miller said …'): the speaker is the whole noun
# phrase, not the place --
MODIFYING_PLACES = [
    ((_RULING, f"A Regina plumber called the ruling {_TRAVESTY}."),
     {"a travesty of justice": "a Regina plumber"}),
    ((_RULING, f"The Winnipeg-based miller called the ruling {_TRAVESTY}."),
     {"a travesty of justice": "the Winnipeg-based miller"}),
    ((_RULING, 'The Winnipeg-based miller said it was reviewing "strategic alternatives" for '
      "its plants."),
     {"strategic alternatives": "the Winnipeg-based miller"}),
    # near misses: a name followed by its verb, an adverb, or an object before the verb
    ((_RULING, f"The Globe went further, calling the ruling {_TRAVESTY}."),
     {"a travesty of justice": "Globe"}),
    ((_RULING, f"The Flames quickly called the ruling {_TRAVESTY}."),
     {"a travesty of justice": "Flames"}),
    ((_RULING, f"The Flames released a statement calling the ruling {_TRAVESTY}."),
     {"a travesty of justice": "Flames"}),
    ((_RULING, f"The email playfully called the ruling {_TRAVESTY}."),
     {"a travesty of justice": UNATTRIBUTED}),
    ((_RULING, f"The Flames playfully called the ruling {_TRAVESTY}."),
     {"a travesty of justice": "Flames"}),
    ((_RULING, f"A Calgary Flames spokesman called the ruling {_TRAVESTY}."),
     {"a travesty of justice": "a Calgary Flames spokesman"}),
]

_FOUR = '"She is four. She keeps asking when her father is coming home," she said.'
_PLEA = "Defence lawyer Ann Voss said her client would plead not guilty."

# -- a description taken back to a person is a mention of them: the 'she' after it is theirs
# (as after their name), not the last woman named --
DESCRIBED_THEN_PRONOUN = [
    ((_CHARGED, "Ruth Kalder, the victim's mother, spoke to reporters at her home.", _PLEA,
      "The victim's mother said the family had set up a fund for the girl.", _FOUR),
     {"She is four. She": "Ruth Kalder"}),
    ((_SHARES, "Chief executive Ana Ruiz spoke first on the call.",
      "Analyst Maria Lopez said the sale was now likely.",
      '"We did not execute well," the CEO said.', '"I own that, and I will fix it," she said.'),
     {"I own that, and": "Ana Ruiz"}),
    # near miss: the person described is a man; 'she' is the woman named before
    ((_CHARGED, "Tom Kalder, the victim's father, spoke to reporters at his home.", _PLEA,
      "The victim's father said the family had set up a fund for the girl.", _FOUR),
     {"She is four. She": "Ann Voss"}),
]

_RENT = "Omar Field has rented the same flat since 2009."
_KEEP_UP = "“Nobody can keep up with it any more.”"

# -- a role before a name with an age or a role between commas after it, then the verb ('His
# neighbour Rita Osei, 70, has lived there longer.' + a quotation): that person --
APPOSED_TITLED_LEADS = [
    ((_RENT, "His neighbour Rita Osei, 70, has lived there longer.", _KEEP_UP),
     {"Nobody can keep up": "Rita Osei"}),
    ((_RENT, "Next-door neighbour Rita Osei, a retired nurse, has lived there longer.",
      _KEEP_UP),
     {"Nobody can keep up": "Rita Osei"}),
    # near misses: a possessive, people unnamed, no verb
    ((_RENT, "His neighbour Rita Osei's son, 40, packed the truck.", _KEEP_UP),
     {"Nobody can keep up": UNATTRIBUTED}),
    ((_RENT, "Harbour officials, 12 of them, packed the truck.", _KEEP_UP),
     {"Nobody can keep up": UNATTRIBUTED}),
    ((_RENT, "Next-door neighbour Rita Osei, 70.", _KEEP_UP),
     {"Nobody can keep up": "Rita Osei"}),  # no verb, but the one person named
]

_RULES = "The province announced new rent rules on Monday."
_HUNDRED = "“Every year it's another hundred dollars on the rent.”"

# -- a quotation, then 'That's how NAME describes …' / 'That is what NAME told …': that
# person said it (not the speaker of the paragraph before) --
HOW_SAID = [
    ((_RULES, f"{_HUNDRED} That's how Omar Field describes his rent."),
     {"Every year it's another": "Omar Field"}),
    ((_RULES, f"{_HUNDRED} That is what tenant Omar Field told the council on Tuesday."),
     {"Every year it's another": "Omar Field"}),
    ((_RULES, _HUNDRED, "That’s how Omar Field describes his rent."),
     {"Every year it's another": "Omar Field"}),
    # near misses: a place and no speech verb, a body, a possessive
    ((_RULES, f"{_HUNDRED} That's how Halifax works now."),
     {"Every year it's another": "the province"}),
    ((_RULES, f"{_HUNDRED} That's what the province said."),
     {"Every year it's another": "the province"}),
    ((_RULES, f"{_HUNDRED} This is how Omar Field's landlord describes the rent."),
     {"Every year it's another": "the province"}),
]

# -- a quotation standing alone after a sentence that names one person in full anywhere but
# after 'of' ('For Omar Field, the rules come too late.', 'Meet Omar Field.') --
SOLE_PERSON_LEADS = [
    ((_RULES, "For Omar Field, the rules come too late.", _HUNDRED),
     {"Every year it's another": "Omar Field"}),
    ((_RULES, "Ask Omar Field about the rules and he laughs.", _HUNDRED),
     {"Every year it's another": "Omar Field"}),
    ((_RULES, "It's a sentiment shared by Omar Field, who has rented the same flat since 2009.",
      _HUNDRED),
     {"Every year it's another": "Omar Field"}),
    ((_RULES, "Among them is Omar Field, a cook who has rented the same flat since 2009.",
      _HUNDRED),
     {"Every year it's another": "Omar Field"}),
    # near misses: a possessive, nobody, a street, a person after 'of', two people
    ((_RULES, "Omar Field's landlord raised the rent in May.", _HUNDRED),
     {"Every year it's another": UNATTRIBUTED}),
    ((_RULES, "The rules were drafted in Halifax over the summer.", _HUNDRED),
     {"Every year it's another": UNATTRIBUTED}),
    ((_RULES, "The rally moved to Omar Street after the rain.", _HUNDRED),
     {"Every year it's another": UNATTRIBUTED}),
    ((_RULES, "Tenants rallied outside the office of Premier Ana Ruiz.", _HUNDRED),
     {"Every year it's another": UNATTRIBUTED}),
    ((_RULES, "For tenants like Omar Field and Rita Osei, the rules come too late.", _HUNDRED),
     {"Every year it's another": UNATTRIBUTED}),
    ((_RULES, "Crowds gathered in Victoria Park on Sunday; Victoria Park flooded on Monday.",
      _HUNDRED),
     {"Every year it's another": UNATTRIBUTED}),  # a park the article places
    ((_RULES, "Twelve Tenants Share Their Thoughts On Omar Field", _HUNDRED),
     {"Every year it's another": UNATTRIBUTED}),  # a heading
]


@pytest.mark.parametrize(("paragraphs", "expected"),
                         table_cases({"relative-lead": RELATIVE_LEADS,
                                      "possessive-apposition": POSSESSIVE_APPOSITIONS,
                                      "spelled-out-role": SPELLED_OUT_ROLES,
                                      "modifying-place": MODIFYING_PLACES,
                                      "described-then-pronoun": DESCRIBED_THEN_PRONOUN,
                                      "apposed-titled-lead": APPOSED_TITLED_LEADS,
                                      "how-said": HOW_SAID,
                                      "sole-person-lead": SOLE_PERSON_LEADS}))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)
