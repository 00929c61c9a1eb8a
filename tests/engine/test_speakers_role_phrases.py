"""Roles as the article writes them: a name closing the role ('in Jakarta', 'of the Harbour
Trust'), capitals kept, no courtesy title or aside left over."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article

# -- a role opening the sentence keeps its capitals when its next word is a title or a
# possessive, though the article writes the first word lower case elsewhere --
CAPITAL_ROLES = [
    (("Deputy Prime Minister Ana Ruiz said the deputy leader would stay on.",),
     "Ana Ruiz", "Deputy Prime Minister"),
    (("New Zealand's Prime Minister Tom Bell said the new law would pass.",),
     "Tom Bell", "New Zealand's Prime Minister"),
    (("Home Secretary Ana Ruiz said the bill would go home to the voters.",),
     "Ana Ruiz", "Home Secretary"),
    (("Rival Harbourline said the rival ferry would sail in May.",), "Harbourline", "rival"),
]


@pytest.mark.parametrize(("paragraphs", "name", "role"), CAPITAL_ROLES)
def test_a_role_in_capitals_opening_the_sentence_keeps_them(paragraphs, name, role):
    (speaker,) = find_speakers(article(*paragraphs))
    assert (speaker.name, speaker.role) == (name, role)


# -- a courtesy or honorific title ending a role goes with the name, not the role --
@pytest.mark.parametrize(("paragraphs", "name", "role"), [
    (("Harbour Trust head Sir Tom Bell said fares would rise in May.",),
     "Tom Bell", "Harbour Trust head"),
    (("Undersecretary for Ports Mr. Sam Osei said the pier would close.",),
     "Sam Osei", "Undersecretary for Ports"),
    (("Commissioner Sir Tom Bell opened the pier on Monday.",
      '"We will keep it open all winter," he told reporters.'), "Tom Bell", "Commissioner"),
    (("Mr. Sam Osei said the pier would close.",), "Sam Osei", None),
])
def test_an_honorific_ending_a_role_goes_with_the_name(paragraphs, name, role):
    (speaker,) = find_speakers(article(*paragraphs))
    assert (speaker.name, speaker.role) == (name, role)


# -- a place after 'from' or 'in' is never the speaker: a described person stays unnamed, a
# named one keeps the place as a role --
@pytest.mark.parametrize(("text", "name", "role", "kind"), [
    ("A nurse from Surrey said the ward had been full since May.", "a nurse from Surrey",
     None, "unnamed"),
    ("A teacher in Ashton said the school had been full since May.", "a teacher in Ashton",
     None, "unnamed"),
    ("Officials in Ashton county said the school had been full since May.",
     "officials in Ashton county", None, "unnamed"),
    ("Ana Ruiz from Surrey said the ward had been full since May.", "Ana Ruiz", "from Surrey",
     "person"),
    ("Reports from the scene said the ward had been full since May.", "reports from the scene",
     None, "unnamed"),
])
def test_a_place_after_from_or_in_is_never_the_speaker(text, name, role, kind):
    (speaker,) = find_speakers(article(text))
    assert (speaker.name, speaker.role, speaker.kind) == (name, role, kind)


# -- an aside of the writer's set off by commas is no role; a role before it stays --
@pytest.mark.parametrize(("text", "role"), [
    ("Ana Ruiz, speaking at the rally, said the ferry would run all winter.", None),
    ("Ana Ruiz, now living in Ashton, said the ferry would run all winter.", None),
    ("Ana Ruiz, in characteristically blunt style, said the ferry would run all winter.", None),
    ("Ana Ruiz, 25, who is also a pilot, said the ferry would run all winter.", "25"),
    ('"The ferry will run," said Ana Ruiz, head of the Harbour Trust, in a statement.',
     "head of the Harbour Trust"),
    ("Ana Ruiz, managing director of Harbourline, said the ferry would run all winter.",
     "managing director of Harbourline"),
    ("Ana Ruiz, director of the port, and chairman of the Harbour Trust, said the ferry would "
     "run.", "director of the port, and chairman of the Harbour Trust"),
    ("Ana Ruiz, for her part, said the ferry would run all winter.", None),
    ("Ana Ruiz, for one, says the ferry will run all winter.", None),
    ("Ana Ruiz, by contrast, said the ferry would run all winter.", None),
    ("Ana Ruiz, to her credit, said the ferry would run all winter.", None),
    ("Ana Ruiz, like her rival, said the ferry would run all winter.", None),
    ("Ana Ruiz, with a shrug, said the ferry would run all winter.", None),
    ("Ana Ruiz, after the vote, said the ferry would run all winter.", None),
    ("Ana Ruiz, for the Crown, said the ferry would run all winter.", "for the Crown"),
    ("Ana Ruiz, visibly shaken, said the ferry would run all winter.", None),
    ('"The ferry will run," said Ana Ruiz, a deckhand who has worked the route since 2015.',
     "a deckhand"),
    ('"The ferry will run," said Ana Ruiz, who has worked the route since 2015.', None),
    ("Ana Ruiz, newly elected mayor of Ashton, said the ferry would run all winter.",
     "newly elected mayor of Ashton"),
    ("Ana Ruiz, of the Harbour Trust, said the ferry would run all winter.",
     "of the Harbour Trust"),
    ("Ana Ruiz, from the Harbour Trust, said the ferry would run all winter.",
     "from the Harbour Trust"),
])
def test_an_aside_set_off_by_commas_is_no_role(text, role):
    (speaker,) = find_speakers(article(text))
    assert (speaker.name, speaker.role) == ("Ana Ruiz", role)


# -- a date or a time is never a role, before the name or set off by commas after it; a role
# with a year or a day in it stays ('the 2019 champion') --
@pytest.mark.parametrize(("paragraphs", "name", "role"), [
    (('"The pier is closed" — Harbour Post, August 15, 2008',), "Harbour Post", None),
    (("Ana Ruiz, on Tuesday, said the ferry would run all winter.",), "Ana Ruiz", None),
    (('"The ferry will run," said Ana Ruiz, March 3.',), "Ana Ruiz", None),
    (('"The ferry will run," said Ana Ruiz, last week.',), "Ana Ruiz", None),
    (('"The ferry will run," said Ana Ruiz, 2019.',), "Ana Ruiz", None),
    (('"The ferry will run," said Ana Ruiz, two weeks ago.',), "Ana Ruiz", None),
    (('"The ferry will run," said Ana Ruiz, the mayor, on Tuesday.',), "Ana Ruiz", "the mayor"),
    (("Yesterday afternoon Ana Ruiz said the ferry would run all winter.",), "Ana Ruiz", None),
    (('"The ferry will run," said Ana Ruiz, the 2019 champion.',), "Ana Ruiz",
     "the 2019 champion"),
    (('"The ferry will run," said Ana Ruiz, a Monday columnist.',), "Ana Ruiz",
     "a Monday columnist"),
    (("Ana Ruiz, the mayor since 2019, said the ferry would run all winter.",), "Ana Ruiz",
     "the mayor since 2019"),
    (('"The ferry will run," said Ana Ruiz, 19, of Ashton.',), "Ana Ruiz", "19, of Ashton"),
    (('"The ferry will run," said Ana Ruiz, 25 years old.',), "Ana Ruiz", "25 years old"),
    (('"The ferry will run," said Ana Ruiz, June Bell\'s aide.',), "Ana Ruiz",
     "June Bell's aide"),
])
def test_a_date_is_never_a_role(paragraphs, name, role):
    (speaker,) = find_speakers(article(*paragraphs))
    assert (speaker.name, speaker.role) == (name, role)


# -- a number written with a slash ('9/11', '24/7') is part of a role before the name, after
# 'said' or before it; a year before a role after a quotation too --
@pytest.mark.parametrize(("paragraphs", "name", "role"), [
    (("Most families say the claims are wrong.",
      '"The reasons do not hold weight. They are wrong," said 9/11 widow Ana Ruiz.'),
     "Ana Ruiz", "9/11 widow"),
    (("Most families say the claims are wrong.",
      '"The reasons do not hold weight. They are wrong," 9/11 widow Ana Ruiz said.'),
     "Ana Ruiz", "9/11 widow"),
    (("9/11 widow Ana Ruiz said the reasons did not hold weight.",), "Ana Ruiz", "9/11 widow"),
    (('"The ferry will run," said 24/7 news anchor Ana Ruiz.',), "Ana Ruiz", "24/7 news anchor"),
    (('"The ferry will run," 2019 champion Ana Ruiz said.',), "Ana Ruiz", "2019 champion"),
    (("In 2019 widow Ana Ruiz said the reasons did not hold weight.",), "Ana Ruiz", "widow"),
    (('"The ferry will run," harbour widow Ana Ruiz said.',), "Ana Ruiz", "harbour widow"),
])
def test_a_number_with_a_slash_stays_in_the_role(paragraphs, name, role):
    speakers = [s for s in find_speakers(article(*paragraphs)) if s.name == name]
    assert [(s.name, s.role) for s in speakers] == [(name, role)]


# -- 'near', 'outside', 'across' put a speaker in a place as 'from' and 'in' do, and a compass
# word before the place goes with it --
@pytest.mark.parametrize(("text", "name", "role", "kind"), [
    ("Farmers in southwest Ashton say the crop had been poor since May.",
     "farmers in southwest Ashton", None, "unnamed"),
    ("A homeowner near Tagish, who lost a shed, said the road had been shut since May.",
     "a homeowner near Tagish", None, "unnamed"),
    ("A nurse outside Surrey said the ward had been full since May.",
     "a nurse outside Surrey", None, "unnamed"),
    ("Workers across Ashton county said the ward had been full since May.",
     "workers across Ashton county", None, "unnamed"),
    ("Ana Ruiz near Surrey said the ward had been full since May.", "Ana Ruiz", "near Surrey",
     "person"),
    ("Ana Ruiz in northern Surrey said the ward had been full since May.", "Ana Ruiz",
     "in northern Surrey", "person"),
    # near misses: a compass word that starts a name is the name's, no place word before it
    ("North Ashton said the ward had been full since May.", "North Ashton", None, "person"),
])
def test_near_outside_across_and_a_compass_word_place_the_speaker(text, name, role, kind):
    (speaker,) = find_speakers(article(text))
    assert (speaker.name, speaker.role, speaker.kind) == (name, role, kind)


# -- a body named 'X and Y' and a country or province stays one speaker; people joined by 'and'
# are still two --
@pytest.mark.parametrize(("text", "speakers"), [
    ("Fisheries and Oceans Canada said the season would open in May.",
     [("Fisheries and Oceans Canada", "organisation")]),
    ("Parks and Recreation Ontario said the season would open in May.",
     [("Parks and Recreation Ontario", "organisation")]),
    ("Trade and Industry Malta said the season would open in May.",
     [("Trade and Industry Malta", "organisation")]),
    ("Roads, Bridges and Ports Canada said the season would open in May.",
     [("Roads, Bridges and Ports Canada", "organisation")]),  # written with its comma
    # near misses: two people, whatever their names also mean
    ("Green and Schneider said the season would open in May.",
     [("Green", "person"), ("Schneider", "person")]),
    ("Green and Michael Jordan said the season would open in May.",
     [("Green", "person"), ("Michael Jordan", "person")]),
    ("Ana Ruiz and Tom Green said the season would open in May.",
     [("Ana Ruiz", "person"), ("Tom Green", "person")]),
    ("Bell, Ruiz and Green said the season would open in May.",
     [("Bell", "person"), ("Ruiz", "person"), ("Green", "person")]),
])
def test_a_body_named_with_and_and_a_place_stays_whole(text, speakers):
    found = find_speakers(article(text))
    assert [(s.name, s.kind) for s in found] == speakers


# -- a role that ends in a name after 'in', 'of', 'at', 'for', 'from', set before the name --
PLACED_ROLES = [
    ("The BBC's correspondent in Jakarta, Ana Ruiz, said the port was closed.",
     "Ana Ruiz", "the BBC's correspondent in Jakarta"),
    ("The director of the Harbour Trust, Tom Bell, said fares would rise.",
     "Tom Bell", "the director of the Harbour Trust"),
    ("The head of the Bank of England, Tom Bell, said fares would rise.",
     "Tom Bell", "the head of the Bank of England"),
    ('"Fares will rise," said the chief economist at Harbour Bank, Sam Osei.',
     "Sam Osei", "the chief economist at Harbour Bank"),
    ("A spokeswoman for the Harbour Party, Ana Ruiz, said the vote was close.",
     "Ana Ruiz", "a spokeswoman for the Harbour Party"),
]


@pytest.mark.parametrize(("text", "name", "role"), PLACED_ROLES)
def test_a_role_closed_by_a_name_is_kept_whole(text, name, role):
    (speaker,) = find_speakers(article(text))
    assert (speaker.name, speaker.role) == (name, role)


def test_a_place_opening_the_sentence_is_no_role():
    (speaker,) = find_speakers(article("In Jakarta, Ana Ruiz said the port was closed."))
    assert (speaker.name, speaker.role) == ("Ana Ruiz", None)


# -- 'a lawyer for Tom Bell' is the lawyer, unnamed, as 'Tom Bell's lawyer' is; a body speaks
# through its spokesperson, and a lone surname may be either --
@pytest.mark.parametrize(("text", "name", "kind"), [
    ("A lawyer for Tom Bell said the appeal would be filed.", "a lawyer for Tom Bell", "unnamed"),
    ("A spokesperson for Health Minister Ana Ruiz said the plan was working.",
     "a spokesperson for Health Minister Ana Ruiz", "unnamed"),
    ("A friend of Ana Ruiz said the family was grateful.", "a friend of Ana Ruiz", "unnamed"),
    ("The mother of Tom Bell said the family was grateful.", "the mother of Tom Bell",
     "unnamed"),
    ("Tom Bell's lawyer said the appeal would be filed.", "Tom Bell's lawyer", "unnamed"),
    ("A spokesperson for Harbour Ferries said fares would rise.", "Harbour Ferries", None),
    ("Sam Osei for Harbour Polling said the race was close.", "Sam Osei", "person"),
])
def test_one_who_acts_for_a_person_is_not_that_person(text, name, kind):
    (speaker,) = find_speakers(article(text))
    assert speaker.name == name
    assert kind is None or speaker.kind == kind  # a body's kind is not what this is about


@pytest.mark.parametrize(("text", "role"), [
    ("Her lawyer, Tom Bell, said the appeal would be filed.", "her lawyer"),
    ("Its president, Ana Ruiz, said the ward would close.", "its president"),
    ("The boy's father, Tom Bell, said the search would go on.", "the boy's father"),
    ("Harbour Trust chair, Ana Ruiz, said the ward would close.", "Harbour Trust chair"),
])
def test_a_role_opening_the_sentence_with_a_determiner_is_lower_case(text, role):
    (speaker,) = find_speakers(article(text))
    assert speaker.role == role


# -- a mention opening with 'The' names a person when a given name opens the name or a person
# noun ends the role before it; else a body ('The Harbour Trust') --
@pytest.mark.parametrize(("text", "name", "role", "kind"), [
    ("The city's mayor Tom Bell said the pier would open.", "Tom Bell", "the city's mayor",
     "person"),
    ("The veteran coach Tom Bell said the pier would open.", "Tom Bell", "veteran coach",
     "person"),
    ("The Courier's Ana Ruiz said the pier would open.", "Ana Ruiz", "Courier's", "person"),
    ("The Harbour Trust said the pier would open.", "Harbour Trust", None, "organisation"),
    ("The province's Ministry of Ports said the pier would open.", "Ministry of Ports",
     "the province's", "organisation"),
])
def test_a_mention_opening_with_the_is_a_person_or_a_body(text, name, role, kind):
    (speaker,) = find_speakers(article(text))
    assert (speaker.name, speaker.role, speaker.kind) == (name, role, kind)


# -- a subject parted from its speech verb by the writer's aside between commas still speaks,
# with no role; a phrase before the commas that is no subject gives no speaker --
@pytest.mark.parametrize(("text", "speakers"), [
    ("The company, meanwhile, said the road would stay closed overnight.",
     [("the company", None, "unnamed")]),
    ("The harbour board, however, said the road would stay closed overnight.",
     [("the harbour board", None, "unnamed")]),
    ("The ministry, for its part, said the road would stay closed overnight.",
     [("the ministry", None, "unnamed")]),
    ("Her lawyer, by contrast, said the road would stay closed overnight.",
     [("her lawyer", None, "unnamed")]),
    ("The union, separately, said the road would stay closed overnight.",
     [("the union", None, "unnamed")]),
    ('"The road stays shut," the ministry, in a statement, said.',
     [("the ministry", None, "unnamed")]),
    ("On Tuesday, meanwhile, said the road would stay closed overnight.", []),
    ("After the vote, however, said the road would stay closed overnight.", []),
])
def test_a_subject_parted_from_its_verb_by_an_aside_speaks(text, speakers):
    found = find_speakers(article(text))
    assert [(s.name, s.role, s.kind) for s in found] == speakers


# -- a title opening the sentence keeps its capital, though the text writes the word in lower
# case elsewhere ('the premier'); a plain modifier opening the sentence does not --
@pytest.mark.parametrize(("text", "name", "role"), [
    ("Premier Ana Ruiz said the premier would reply by Friday.", "Ana Ruiz", "Premier"),
    ("Justice Ana Ruiz said the justice system was at stake.", "Ana Ruiz", "Justice"),
    ("Rival Harbourline said its rival was at fault.", "Harbourline", "rival"),
])
def test_a_title_opening_the_sentence_keeps_its_capital(text, name, role):
    (speaker,) = find_speakers(article(text))
    assert (speaker.name, speaker.role) == (name, role)


# -- an -ly adverb opening the sentence before a pronoun is no subject: the pronoun is --
@pytest.mark.parametrize(("paragraphs", "name"), [
    (("Ana Ruiz is a nurse.", "Initially she lived in Ashton but says the ferry let her work."),
     "Ana Ruiz"),
    (("Ana Ruiz is a nurse.", "Kelly Bell lived in Ashton but says the ferry let her work."),
     "Kelly Bell"),
])
def test_an_adverb_before_a_pronoun_is_no_speaker(paragraphs, name):
    who = {q.text: s.name for s in find_speakers(article(*paragraphs)) for q in s.quotes}
    assert who["the ferry let her work."] == name
