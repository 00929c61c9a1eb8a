"""'He' and 'she' go to the person of that sex the article tells of: two people of one family
are two people, and a name of unknown sex is not passed over for one of known sex."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED
from desktop.engine.speakers.quotes import quotations
from desktop.engine.speakers.sexes import subject_sexes
from tests.engine.helpers import article, check, table_cases

# -- a sex is told of a full name, not of every name ending in its surname --
ONE_FAMILY = [
    (("Maria Lopez and her husband Tom Lopez ran the shop.", '"We lost everything," she said.',
      '"It was our life," he said.'),
     {"We lost everything": "Maria Lopez", "It was our life": "Tom Lopez"}),
    (("Tom Lopez and his wife Maria Lopez ran the shop.", '"It was our life," he said.',
      '"We lost everything," she said.'),
     {"It was our life": "Tom Lopez", "We lost everything": "Maria Lopez"}),
    (("Mr. Pat Lamb and Ana Lamb met the mayor.", '"The pier is safe," he said.'),
     {"The pier is safe": "Pat Lamb"}),  # the title tells Pat Lamb's sex, not Ana Lamb's
    (("Spokeswoman Dale Lamb met Pat Lamb, a father of two.", '"The pier is safe," she said.',
      '"My boys swim there," he said.'),
     {"The pier is safe": "Dale Lamb", "My boys swim there": "Pat Lamb"}),
    (("Ana Cole and her brother Jon Cole met the mayor.", "Mrs. Cole spoke first.",
      '"The pier is safe," she said.'),
     {"The pier is safe": "Ana Cole"}),  # 'Mrs. Cole' is the woman of the family
]
# near-misses: one family of one sex; a title on the surname alone; nobody of the other sex
ONE_FAMILY_NEAR_MISSES = [
    (("Maria Lopez and her daughter Ana Lopez ran the shop.", '"It was our life," he said.'),
     {"It was our life": UNATTRIBUTED}),
    (("Maria Lopez ran the shop.", "Lopez closed it in May.", '"We lost everything," she said.'),
     {"We lost everything": "Maria Lopez"}),  # the family's one sex, by the surname
    (("Maria Lopez and Tom Lopez ran the shop.", "Lopez closed it in May.",
      '"We lost everything," she said.'),
     {"We lost everything": "Maria Lopez"}),  # 'Lopez' alone tells no sex
    (("Ana Cole met the mayor.", "Mr. Cole stayed at home.", '"The pier is safe," she said.'),
     {"The pier is safe": "Ana Cole"}),  # 'Mr. Cole' is not Ana Cole
]

# -- a name inside a sentence whose subject is 'she' is not the next 'she' --
AFTER_SUBJECT_PRONOUN = [
    (("Ana Ruiz spoke at the harbour.", "The toll rose in May.", "The pilots were angry.",
      "She met Maria Lopez, a lawyer for the pilots, on Friday.",
      "She said the toll would stay."),
     {"the toll would stay.": "Ana Ruiz"}),
    (("Tom Bell spoke at the harbour.", "The toll rose in May.", "The pilots were angry.",
      "He met Jon Castro, a lawyer for the pilots, on Friday.",
      "He said the toll would stay."),
     {"the toll would stay.": "Tom Bell"}),
    (("Ana Ruiz spoke at the harbour.", "The toll rose in May.", "The pilots were angry.",
      "The pilots met Maria Lopez, a lawyer, on Friday.", "She said the toll would stay."),
     {"the toll would stay.": "Maria Lopez"}),  # no 'she' before: the woman named last
    (("Tom Bell spoke at the harbour.", "The toll rose in May.", "The pilots were angry.",
      "He met Maria Lopez, a lawyer for the pilots, on Friday.",
      "She said the toll would stay."),
     {"the toll would stay.": "Maria Lopez"}),  # a 'he' before: the woman he met
]

# -- 'her party', 'herself' after the name that opens a sentence tell that person's sex --
SUBJECT_SEX = [
    (('Premier Laura Chen spoke first. "It ends today," Ms. Chen said.',
      "NDP Leader Marit Stillwell accused the government of copying her party.",
      '"Imitation is flattery," she said.'),
     {"Imitation is flattery": "Marit Stillwell"}),
    (("Ms. Laura Chen spoke first.", "Robin Hale found herself alone on the bench.",
      '"Imitation is flattery," she said.'),
     {"Imitation is flattery": "Robin Hale"}),
    (("Ms. Laura Chen spoke first.", "On Monday, Robin Hale said the vote had cost her the seat.",
      '"Imitation is flattery," she said.'),
     {"Imitation is flattery": "Robin Hale"}),
    (("Robin Hale accused the government of copying her party.",
      '"It was a long day," he said.'),
     {"It was a long": UNATTRIBUTED}),
]
# near-misses: a title tells more; someone named before the pronoun; a pronoun quoted; both
SUBJECT_SEX_NEAR_MISSES = [
    (("Ms. Laura Chen spoke first.", "Mr. Robin Hale accused the government of copying her party.",
      '"Imitation is flattery," she said.'),
     {"Imitation is flattery": "Laura Chen"}),
    (("Robin Hale met Maria Lopez and her son.", '"It was a long day," he said.'),
     {"It was a long": "Robin Hale"}),
    (('Robin Hale called the premier "a woman who keeps her word".',
      '"It was a long day," he said.'),
     {"It was a long": "Robin Hale"}),
    (("Robin Hale praised her party.", "Robin Hale thanked his staff.",
      '"It was a long day," he said.'),
     {"It was a long": "Robin Hale"}),
]

# -- 'His mother, Karin,': a person of that sex named by one word, or 'his mother' unnamed --
COACH = ("Head coach Kris Knoblauch never lost faith.", '"He will score," Knoblauch said.')
KIN_NAMED = [
    ((*COACH, "His mother, Karin, who flew in from Gothenburg for the game, was in the stands.",
      '"I cried," she said.'),
     {"I cried": "Karin"}),
    (("Coach Tom Bell never lost faith.", "His wife, Dale, was in the stands.",
      '"I cried," she said.'),
     {"I cried": "Dale"}),
    (("Skier Ana Ruiz won the race.", "Her husband, Robin, was in the stands.",
      '"I cried," he said.'),
     {"I cried": "Robin"}),
    ((*COACH, "His mother, Dale Lind, was in the stands.", '"I cried," she said.'),
     {"I cried": "Dale Lind"}),  # the noun tells the sex through the comma too
    ((*COACH, "His mother was in the stands.", '"I cried," she said.'),
     {"I cried": "his mother"}),
    ((*COACH, "His mother, who flew in from Gothenburg for the game, was in the stands.",
      '"I cried," she said.'),
     {"I cried": "his mother"}),
]
# near-misses: the other pronoun; a noun of the other sex; a report's speaker after the comma;
# a woman named before still comes first
KIN_NAMED_NEAR_MISSES = [
    ((*COACH, "His mother, Karin, was in the stands.", '"I cried," he said.'),
     {"I cried": "Kris Knoblauch"}),
    (("Skier Ana Ruiz won the race.", "Her father, Anders, was in the stands.",
      '"I cried," she said.'),
     {"I cried": "Ana Ruiz"}),
    (("It was a gift for her husband, Robin Hale said.", '"I cried," she said.'),
     {"I cried": "Robin Hale"}),  # Robin Hale reports: no husband
    (("Skier Ana Ruiz won the race.", "Her mother was in the stands.", '"I cried," she said.'),
     {"I cried": "Ana Ruiz"}),
]

# -- 'she' for the titled or quoted subject of this sentence or the last, unless a man --
RECENT_SUBJECT = [
    (("Premier Laura Chen spoke first.",
      "NDP Leader Marit Stillwell accused the government of copying the plan.",
      '"Imitation is flattery," she said.'),
     {"Imitation is flattery": "Marit Stillwell"}),
    (("Premier Laura Chen spoke first.", '"Imitation is flattery," Marit Stillwell said.',
      '"It is theft," she said.'),
     {"It is theft": "Marit Stillwell"}),
]
# near-misses: a man; a subject two sentences back; a name neither titled nor quoted
RECENT_SUBJECT_NEAR_MISSES = [
    (("Premier Laura Chen spoke first.", "Lakeside Logistics moved its depot to Port Hardy.",
      '"We had no choice," she said.'),
     {"We had no choice": "Laura Chen"}),
    (("Premier Laura Chen spoke first.", "Mr. Tom Stillwell accused the government.",
      '"Imitation is flattery," she said.'),
     {"Imitation is flattery": "Laura Chen"}),
    (("Premier Laura Chen spoke first.", "NDP Leader Marit Stillwell accused the government.",
      "The vote is on Monday.", '"Imitation is flattery," she said.'),
     {"Imitation is flattery": "Laura Chen"}),
]

SEX_TABLES = {
    "recent": RECENT_SUBJECT,
    "recent-not": RECENT_SUBJECT_NEAR_MISSES,
    "kin": KIN_NAMED,
    "kin-not": KIN_NAMED_NEAR_MISSES,
    "subject": SUBJECT_SEX,
    "subject-not": SUBJECT_SEX_NEAR_MISSES,
    "family": ONE_FAMILY,
    "family-not": ONE_FAMILY_NEAR_MISSES,
    "after-pronoun": AFTER_SUBJECT_PRONOUN,
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(SEX_TABLES))
def test_pronoun_sex(paragraphs, expected):
    check(paragraphs, expected)


# -- what the pronouns after a name opening its sentence tell, outside quotation marks only:
# the article's quotations, a quotation opened in a sentence before too --
QUOTED_PRONOUNS = [
    (("Kit Moss said his boat would help.",), {"Kit Moss": "male"}),
    (('Kit Moss said "his boat" would help.',), {}),
    (('Robin Vale told the council: "The ferry is late again. Kit Moss said his boat would '
      'help."',), {}),
    (("Robin Vale told the council: “The ferry is late again. Kit Moss said his boat would "
      "help.”",), {}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), QUOTED_PRONOUNS)
def test_pronouns_inside_a_quotation_tell_nothing(paragraphs, expected):
    a = article(*paragraphs)
    assert subject_sexes(a, [(a.text.index("Kit Moss"), "Kit Moss")], quotations(a)) == expected
