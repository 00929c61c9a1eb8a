"""Speaker shapes from invented Canadian news of session 8 (question period, a court ruling, a
post-game story, an RCMP release, a union, a First Nation); each table one rule with the near
misses it must leave alone. Every sentence is invented."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, check, listed, said

# -- an age and a noun ('the 21-year-old defenceman') stand for the person the article
# introduced by that noun, when it gave nobody that age; else the age rule as before --
AGED_NOUNS = [
    (("Rookie defenceman Erik Lind scored late for the Harbour Hawks.",
      "Goalie Sam Okafor made 30 saves for the visitors.",
      '"I just heard the crowd," said the 21-year-old defenceman.'), "Erik Lind"),
    (("Erik Lind, the new defenceman, scored late for the Hawks. Sam Okafor made 30 saves.",
      '"I just heard the crowd," the 21-year-old defenceman said.'), "Erik Lind"),
    # near misses: the age given to another person, the defenceman given another age, an age
    # alone, a noun that introduced nobody
    (("Rookie defenceman Erik Lind scored late. Sam Okafor, 21, made 30 saves in goal.",
      '"I just heard the crowd," said the 21-year-old defenceman.'), "Sam Okafor"),
    (("Rookie defenceman Erik Lind, 19, scored late. Goalie Sam Okafor made 30 saves.",
      '"I just heard the crowd," said the 21-year-old defenceman.'), "Sam Okafor"),
    (("Rookie defenceman Erik Lind scored late. Goalie Sam Okafor made 30 saves.",
      '"I just heard the crowd," said the 21-year-old.'), "Sam Okafor"),
    (("Erik Lind scored late. Goalie Sam Okafor made 30 saves.",
      '"I just heard the crowd," said the 21-year-old winger.'), "Sam Okafor"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), AGED_NOUNS)
def test_an_age_and_a_noun_stand_for_the_person_introduced_by_the_noun(paragraphs, speaker):
    assert listed(*paragraphs) == [(speaker, "person")]


# -- a name after a role of lower-case nouns ('Oilers coach Tom Bell was blunt.') is its
# sentence's subject, whom the next sentence's 'he' goes on with, not the person quoted before
# it; not in a photo caption, which has no stop --
PUCK = '"Every shift they were on the puck," Sam Okafor said.'
LET_GO = '"We let it go for ten years," he said.'
ROLE_SUBJECTS = [
    ((PUCK, "Oilers coach Tom Bell was blunt after the loss.",
      'He said the Oilers "stopped skating" once they had the lead.'),
     {"Every shift they were": "Sam Okafor", 'the Oilers "stopped skating"': "Tom Bell"}),
    (('"The water was clear," Sam Okafor said.',
      "Band councillor Tom Bell believes the delays come down to one thing.", LET_GO),
     {"The water was clear": "Sam Okafor", "We let it go": "Tom Bell"}),
    ((PUCK, "On Sunday, team captain Tom Bell spoke to the players first.", LET_GO),
     {"We let it go": "Tom Bell"}),
    # near misses: a caption, a name after a verb, a role word that is no speaker noun
    ((PUCK, "Oilers coach Tom Bell celebrates the goal with fans", LET_GO),
     {"We let it go": "Sam Okafor"}),
    ((PUCK, "The fans cheered coach Tom Bell after the loss.", LET_GO),
     {"We let it go": "Sam Okafor"}),
    ((PUCK, "Rowdy fans booed Tom Bell after the loss.", LET_GO), {"We let it go": "Sam Okafor"}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ROLE_SUBJECTS)
def test_a_name_after_a_lower_case_role_is_the_subject_he_goes_on_with(paragraphs, expected):
    check(paragraphs, expected)


# -- a relative clause set off by commas inside the content's short subject goes on with it
# when a comma and a finite verb close it; after a verb, ', which …' is still the writer's --
SUBJECT_ASIDES = [
    ("Police say the suspect, whose name has not been released, is known to police.",
     "the suspect, whose name has not been released, is known to police."),
    ("Tom Bell said the bill, which brings in house arrest, had time limits.",
     "the bill, which brings in house arrest, had time limits."),
    ("Ana Ruiz said Tom Bell, who ran the port for years, will retire in May.",
     "Tom Bell, who ran the port for years, will retire in May."),
    # near misses: a clause after a verb, a clause closed by no finite verb
    ("Ana Ruiz said the ferry was late, which angered riders, who were stuck.",
     "the ferry was late"),
    ("Ana Ruiz said the plan will fail, which is why she voted against it.",
     "the plan will fail"),
]


@pytest.mark.parametrize(("text", "content"), SUBJECT_ASIDES)
def test_a_relative_clause_in_the_content_subject_goes_on_with_it(text, content):
    assert [q for quotes in said(text).values() for q in quotes] == [content]


# -- 'ROLE, AGE-year-old NAME, said': the age goes on the role, the name is the speaker --
AGED_APPOSITIONS = [
    ("One of the victims, 81-year-old Ana Ruiz, told Global News she paid the man $9,400.",
     ("Ana Ruiz", "One of the victims, 81-year-old", "she paid the man $9,400.")),
    ('"We paid the man in full," his mother, 81-year-old Ana Ruiz, said.',
     ("Ana Ruiz", "his mother, 81-year-old", "We paid the man in full")),
    # near misses: no age, an age after the name
    ("One of the victims, Ana Ruiz, said she paid the man $9,400.",
     ("Ana Ruiz", "One of the victims", "she paid the man $9,400.")),
    ("Ana Ruiz, 81, said she paid the man $9,400.", ("Ana Ruiz", "81", "she paid the man $9,400.")),
]


@pytest.mark.parametrize(("text", "expected"), AGED_APPOSITIONS)
def test_an_age_before_a_name_in_apposition_goes_on_the_role(text, expected):
    assert [(s.name, s.role, q.text) for s in find_speakers(article(text))
            for q in s.quotes] == [expected]


# -- a noun and a participle clause in -ing opening the sentence ('The union representing
# 7,000 nurses says'), a number after the participle too: the noun is the speaker, not the
# clause's object (relative.reduced_before) --
PARTICIPLE_HEADS = [
    ("The union representing 7,000 Nova Scotia nurses says it will not sign a deal.",
     ("the union", "unnamed")),
    ("HALIFAX — The union representing 7,000 nurses says it will not sign a deal.",
     ("the union", "unnamed")),
    ("A lawyer representing the family said the city was negligent.", ("a lawyer", "unnamed")),
    ("Police investigating the death of Tom Bell said the man was 40.", ("police", "unnamed")),
    ("Officials overseeing the project say the ramp will open in May.",
     ("officials", "unnamed")),
    # near misses: no noun before the participle, 'and' between, an adjective after an article
    ("After meeting the minister, Ana Ruiz said the talks went well.", ("Ana Ruiz", "person")),
    ("Crews kept working and Ana Ruiz said the road would open.", ("Ana Ruiz", "person")),
]


@pytest.mark.parametrize(("text", "speaker"), PARTICIPLE_HEADS)
def test_the_noun_before_a_participle_clause_is_the_speaker(text, speaker):
    assert listed(text) == [speaker]


def test_an_adjective_after_an_article_is_no_speech_verb():
    assert listed("A woman running an alleged wife-for-hire scheme pleaded not guilty.") == []


# -- a plural possessive in a role is written as in the article: "Nurses' Union president" --
ROLE_APOSTROPHES = [
    ("Nova Scotia Nurses' Union president Ana Ruiz said the talks had stalled.",
     ("Ana Ruiz", "Nova Scotia Nurses' Union president")),
    ("Harbour Teachers’ Federation head Ana Ruiz said the talks had stalled.",
     ("Ana Ruiz", "Harbour Teachers’ Federation head")),
    # near miss: a singular possessive stays as written too
    ("Halifax's deputy mayor Ana Ruiz said the talks had stalled.",
     ("Ana Ruiz", "Halifax's deputy mayor")),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_APOSTROPHES)
def test_a_plural_possessive_in_a_role_keeps_its_apostrophe_on_the_word(text, expected):
    assert [(s.name, s.role) for s in find_speakers(article(text))] == [expected]


# -- 'Mounties', as Canadian news calls RCMP officers, are an unnamed group like 'police' --
MOUNTIES = [
    ("Mounties say the suspect is known to police.", [("mounties", "unnamed")]),
    ("Police say the suspect is known to them.", [("police", "unnamed")]),
    # near miss: a name is still a person
    ("Ana Mountain says the suspect is known to police.", [("Ana Mountain", "person")]),
]


@pytest.mark.parametrize(("text", "speakers"), MOUNTIES)
def test_mounties_are_an_unnamed_group(text, speakers):
    assert listed(text) == speakers


# -- 'An Iqaluit MLA', 'the MP': the one person the article titles so (before or after), with
# the place as that title writes it ('Iqaluit-Sinaa MLA Ana Ruiz'); and 'netminder' is a
# player's noun, a nationality before it as before any other ('the Finnish netminder') --
HOUSING = "An Iqaluit MLA is calling on the territory to fund more housing."
RUIZ = "Iqaluit-Sinaa MLA Ana Ruiz spoke in the legislature on Monday."
CRISIS = '"It is a crisis," she said.'
TITLED_ONCE = [
    ((HOUSING, "Iqaluit-Sinaa MLA Ana Ruiz says families wait years for a unit.", CRISIS),
     {"the territory to fund": "Ana Ruiz", "It is a crisis": "Ana Ruiz"}),
    ((RUIZ, "An Iqaluit MLA says the territory must fund more housing."),
     {"the territory must fund": "Ana Ruiz"}),
    ((RUIZ, "The MLA says the territory must fund more housing."),
     {"the territory must fund": "Ana Ruiz"}),
    (("Netminder Juha Virtanen stopped 41 shots for the Jets.",
      '"They blocked everything," the Finnish netminder says.'),
     {"They blocked everything": "Juha Virtanen"}),
    # near misses: two MLAs, another riding's MLA, an MLA titled with no place, a lower-case
    # noun the article introduced nobody by
    ((RUIZ, "Iqaluit MLA Tom Bell did not.", "An Iqaluit MLA says the territory must pay."),
     {"the territory must pay.": "An Iqaluit MLA"}),
    ((RUIZ, "A Rankin Inlet MLA says the territory must fund more housing."),
     {"the territory must fund": "A Rankin Inlet MLA"}),
    (("MLA Ana Ruiz spoke in the legislature on Monday.",
      "An Iqaluit MLA says the territory must fund more housing."),
     {"the territory must fund": "An Iqaluit MLA"}),
    (("Goalie Juha Virtanen stopped 41 shots for the Jets.",
      '"They blocked everything," the Finnish defenceman says.'),
     {"They blocked everything": "the Finnish defenceman"}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), TITLED_ONCE)
def test_a_titled_description_is_the_one_person_titled_so(paragraphs, expected):
    check(paragraphs, expected)


# -- 'said on a conference call with analysts': where it was said, never what, so the
# quotation before it is the speaker's; a 'that' after the occasion still opens what was said --
BUILT = '"We built it for $80 oil. The world has changed," Lorne Baptiste said on '
HIS = {"Lorne Baptiste": ["We built it for $80 oil. The world has changed"]}
OCCASIONS = [
    ((BUILT + "a conference call with analysts.",), HIS),
    ((BUILT + "the phone with reporters on Thursday.",), HIS),
    (("Lorne Baptiste said on a conference call that the cuts were painful but needed.",),
     {"Lorne Baptiste": ["the cuts were painful but needed."]}),
    # near misses: a time after 'on', a medium, a topic after a verb that is no plain 'said'
    (("Lorne Baptiste said on Tuesday the cuts were painful but needed.",),
     {"Lorne Baptiste": ["the cuts were painful but needed."]}),
    (('Lorne Baptiste said on Twitter: "The cuts were painful but needed."',),
     {"Lorne Baptiste": ["The cuts were painful but needed."]}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), OCCASIONS)
def test_an_occasion_after_said_on_is_no_content(paragraphs, expected):
    assert said(*paragraphs) == expected


# -- 'Another rider, university student Mei Lin Zhou, said': up to two role words before the
# apposed name, as an age was ('81-year-old Ana Ruiz'); none without a name after them --
WAITED = "Riders waited at Broadview station."
LEADS = [
    ((WAITED, "Another rider, university student Mei Lin Zhou, said the buses were full."),
     [("Mei Lin Zhou", "person")]),
    ((WAITED, "One of the riders, night nurse Mei Lin Zhou, said the shuttle was late."),
     [("Mei Lin Zhou", "person")]),
    # near misses: role words and no name, a list of nouns
    ((WAITED, "Another rider, a university student, said the buses were full."), []),
    ((WAITED, "Students, nurses and cooks said the buses were full."), []),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), LEADS)
def test_role_words_may_open_an_apposed_name(paragraphs, speakers):
    assert listed(*paragraphs) == speakers
