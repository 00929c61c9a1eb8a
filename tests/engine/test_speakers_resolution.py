"""Who: pronouns, titles and aliases, quotation-mark styles, quotes over several paragraphs."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED, find_speakers
from tests.engine.helpers import article, check, said, table_cases


def test_he_resolves_to_the_nearest_titled_person():
    text = ("Mayor Tom Bell met the builders. President Rob Hale speaks hard. "
            "They must be stopped, he said on Friday.")
    assert said(text) == {"Rob Hale": ["They must be stopped"]}


def test_she_skips_a_man_named_with_a_title():
    text = ("Ms Ana Ruiz chaired the meeting and Mr Tom Bell listened. "
            '"We will build it," she said.')
    assert said(text) == {"Ana Ruiz": ["We will build it"]}


def test_he_resolves_to_a_person_quoted_before():
    text = ("Tom Bell said the bridge will open in May.",
            "He said the trams will run from June.")
    assert said(*text) == {"Tom Bell": ["the bridge will open in May.",
                                        "the trams will run from June."]}


def test_they_resolves_to_the_last_organisation():
    text = ("The Harbour Authority said the bridge will open in May. "
            "They said the trams will run from June.")
    assert said(text) == {"Harbour Authority": ["the bridge will open in May.",
                                                "the trams will run from June."]}


def test_pronoun_without_anyone_before_is_listed_as_unattributed():
    (speaker,) = find_speakers(article("He said the bridge will open in May."))
    assert (speaker.name, speaker.kind, speaker.named) == (UNATTRIBUTED, "unattributed", False)
    assert [(q.text, q.mention) for q in speaker.quotes] == [("the bridge will open in May.", "He")]


def test_aliases_merge_into_the_full_name():
    text = ("Chinese leader Xu Lanfeng said the bridge will open in May. "
            "Xu said the trams will run from June. "
            "Mr Xu added that the city would pay for it.")
    (speaker,) = find_speakers(article(text))
    assert speaker.name == "Xu Lanfeng" and len(speaker.quotes) == 3
    assert speaker.role == "Chinese leader"
    assert [q.mention for q in speaker.quotes] == ["Chinese leader Xu Lanfeng", "Xu", "Mr Xu"]


def test_surname_merges_with_a_hyphenated_full_name_seen_in_the_text():
    text = ("Harbour President Ana-Maria Ruiz ordered the works on Friday. "
            "Ruiz said the bridge will open in May.")
    assert list(said(text)) == ["Ana-Maria Ruiz"]


def test_title_is_split_from_the_name():
    (speaker,) = find_speakers(article("The bridge will open in May, said President Ruiz."))
    assert (speaker.name, speaker.role) == ("Ruiz", "President")


MARKS = [
    ('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"),
]


@pytest.mark.parametrize(("left", "right"), MARKS)
def test_quotation_mark_styles(left, right):
    text = f"{left}We will build the bridge by May,{right} Ana Ruiz said."
    (speaker,) = find_speakers(article(text))
    (quote,) = speaker.quotes
    assert quote.text == "We will build the bridge by May" and quote.direct


def test_apostrophes_are_not_quotation_marks():
    text = "‘We won’t stop the builders’ work,’ Ana Ruiz said."
    assert said(text) == {"Ana Ruiz": ["We won’t stop the builders’ work"]}


def test_partial_quote_inside_a_sentence():
    text = 'Ana Ruiz called the protesters "terrorist bandits" on Friday.'
    (speaker,) = find_speakers(article(text))
    (quote,) = speaker.quotes
    assert "terrorist bandits" in quote.text and quote.cue == "called"


def test_called_without_quotation_is_not_speech():
    # (a demand is: 'called for calm', in test_speakers_demands.py)
    assert said("Ana Ruiz called the harbour office on Friday after the vote.") == {}


def test_quote_over_several_paragraphs():
    paragraphs = ('Ana Ruiz said: “The bridge will open in May. We have the money.',
                  '“The trams will run from June. The city has waited long enough.',
                  '“Nobody will stop us now.”',
                  "The council did not answer.")
    quotes = said(*paragraphs)["Ana Ruiz"]
    assert quotes == ["The bridge will open in May. We have the money.",
                      "The trams will run from June. The city has waited long enough.",
                      "Nobody will stop us now."]


def test_quote_split_by_its_attribution():
    text = '"The bridge will open in May," Ana Ruiz said, "and the trams will run from June."'
    assert said(text) == {"Ana Ruiz": ["The bridge will open in May",
                                       "and the trams will run from June."]}


def test_quote_spans_index_the_article_text():
    a = article('"We will build it," Ana Ruiz said.', "Tom Bell said: “It is too dear.”")
    for speaker in find_speakers(a):
        for quote in speaker.quotes:
            assert a.text[quote.start : quote.end] == quote.text
            assert a.text[quote.speaker_start : quote.speaker_end] == quote.mention


def test_she_prefers_a_woman_named_nearby_over_an_unmarked_name():
    text = ("Ms Ana Ruiz said the bridge will open in May.",
            "Finance chief Tom Bell approved the money on Friday.",
            '"The trams will follow," she said.')
    assert said(*text)["Ana Ruiz"] == ["the bridge will open in May.", "The trams will follow"]


def test_capitalised_role_noun_is_not_part_of_the_name():
    text = ("Actor Tom Bell was hurt on set. Bell sued the studio. "
            "He said the stunt went wrong on the first day.")
    assert list(said(text)) == ["Tom Bell"]


# -- 'it' for an organisation named (not quoted) in the sentences just before --
IT_ORGANISATION = [
    (("The Harbour Authority runs the port of Halifax.",
      "It said the bridge would open in May."),
     {"the bridge would open": "Harbour Authority"}),
    (("Ana Ruiz met the Harbour Authority on Monday.",
      '"The bridge will open in May," it said.'),
     {"The bridge will open": "Harbour Authority"}),
    (("The ferry crosses the bay twice a day. It said the bridge would open in May.",),
     {"the bridge would open": UNATTRIBUTED}),  # no organisation named
    (("The Harbour Authority runs the port of Halifax. The ferry crosses the bay twice a day. "
      "Gulls circle the market at noon. It said the bridge would open in May.",),
     {"the bridge would open": UNATTRIBUTED}),  # named too far back
    (("The Harbour Authority runs the port of Halifax.",
      "They said the bridge would open in May."),
     {"the bridge would open": UNATTRIBUTED}),  # 'they' are people as often as not
    (("The Harbour Authority said the bridge would open in May.",
      "The commission, a body of three judges, was asked to review the tolls.",
      "But it said the tolls would stay."),
     {"the tolls would stay.": "the commission"}),  # a body opening the sentence before
    (("The Harbour Authority said the bridge would open in May.",
      "The ferry will stop in June. It said the tolls would stay."),
     {"the tolls would stay.": "Harbour Authority"}),  # a ferry is no body
]


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases({"it": IT_ORGANISATION}))
def test_it_resolves_to_an_organisation_named_just_before(paragraphs, expected):
    check(paragraphs, expected)


# -- a pronoun is never the person its own report names ('He said Mr Bell had …') --
NAMED_IN_REPORT = [
    (("Rob Hale, a ferry pilot, watched from the pier. Tom Bell opened the bridge on Monday.",
      "He said Mr Bell had spoken with great care."),
     {"Mr Bell had spoken": "Rob Hale"}),
    (("Rob Hale, a ferry pilot, watched from the pier. Tom Bell opened the bridge on Monday.",
      "He said Tom Bell had spoken with great care."),
     {"Tom Bell had spoken": "Rob Hale"}),
    (("Rob Hale, a ferry pilot, watched from the pier. Tom Bell opened the bridge on Monday.",
      "He said the Bell family had waited for years."),
     {"the Bell family had": "Tom Bell"}),  # a bare surname may be a modifier
    (("Tom Bell opened the bridge on Monday.",
      "Bell said the pier had 'a number of cracks' that need work, he told the radio."),
     {"the pier had 'a": "Tom Bell"}),  # before the cue: his own report, not bound
]


# -- 'he' and 'she' never stand for a place ('at the Harbour Zoo') --
PRONOUN_NOT_A_PLACE = [
    (("A boy fell into the lion pen at the Harbour Zoo on Monday.",
      "Tom Bell saw the fall. Harbour Zoo keepers closed the pen. He said he was shocked by it."),
     {"he was shocked by": "Tom Bell"}),
    (("Tom Bell lives in Port Hale.", "Port Hale has a new bridge. He said he was shocked by it."),
     {"he was shocked by": "Tom Bell"}),
    (("Tom Ruiz opened the bridge. The crowd cheered in Tom Ruiz's home town.",
      "He said the trams would run in May."),
     {"the trams would run": "Tom Ruiz"}),  # 'in Tom Ruiz's home town': not a place
]


# -- 'he'/'she' after a speaker described, not named ('The spokesman said … He added') --
AFTER_DESCRIBED = [
    (("Tom Bell opened the bridge on Monday.",
      "The mayor's spokesman said the bridge had cost too much. He added that the tolls stay."),
     {"the tolls stay.": "the mayor's spokesman"}),
    (("Tom Bell opened the bridge on Monday.",
      "A harbour spokeswoman said the bridge had cost too much.",
      '"The tolls will stay," she added.'),
     {"The tolls will stay": "a harbour spokeswoman"}),
    (("Tom Bell opened the bridge on Monday.",
      "A harbour spokeswoman said the bridge had cost too much.",
      '"The tolls will stay," he added.'),
     {"The tolls will stay": "Tom Bell"}),  # a spokeswoman is not 'he'
    (("The mayor's spokesman said the bridge had cost too much. Tom Bell, a pilot, disagreed.",
      "He said the tolls would stay."),
     {"the tolls would stay.": "Tom Bell"}),  # someone named since
    (("The harbour report said the bridge had cost too much. Tom Bell opened it on Monday.",
      "He said the tolls would stay."),
     {"the tolls would stay.": "Tom Bell"}),
]


# -- a speaker named after the speech verb is its subject too ('…, said Mr Hale. He said') --
INVERTED_SPEAKER = [
    (("Tom Bell wants a toll on the bridge.",
      "The toll would be unfair to the islanders, said Mr Hale. He said the ferry was cheaper."),
     {"the ferry was cheaper.": "Hale"}),
    (("Tom Bell wants a toll on the bridge.",
      '"It is unfair to the islanders," Rob Hale, a pilot, said. He said the ferry was cheaper.'),
     {"the ferry was cheaper.": "Rob Hale"}),
]


# -- 'he'/'she' skip a lone word no full name ends in ('Portavia has denied …') --
LONE_WORD = [
    (("Deputy minister Tom Bell said the loan would be paid on time.",
      "Portavia has denied it will miss the payment. He said: \"We are ready to pay.\""),
     {"We are ready to": "Tom Bell"}),
    (("Deputy minister Tom Bell said the loan would be paid on time.",
      "Bellamy has denied it will miss the payment. President Bellamy's aides were calm.",
      "He said: \"We are ready to pay.\""),
     {"We are ready to": "Bellamy"}),  # a titled name is a person
]


# -- names spelt with the same letters are one speaker ('HarbourLink', 'Harbour Link') --
SAME_LETTERS = [
    (("HarbourLink said fares rose 2% this year.", "Harbour Link said the ferry runs all winter."),
     {"fares rose 2% this": "Harbour Link", "the ferry runs all": "Harbour Link"}),
    (("FerryWatch.com reports that fares rose this year.",
      "According to FerryWatch, the ferry runs all winter."),
     {"fares rose this year.": "FerryWatch", "the ferry runs all": "FerryWatch"}),
]


# -- a titled name in the possessive names a person ('under Mr Osei's watch': a man, Osei) --
TITLED_POSSESSIVE = [
    (("Ana Ruiz chairs the harbour board. Ferries sailed under Mr Osei's watch.",
      "Troops near the coast were often targeted by gangs tied to Al Marrak.",
      "He said he backed the plan for a second pier."),
     {"he backed the plan": "Osei"}),
    (("Ana Ruiz opened the pier. Mr Hale's firm had built it for Jon Castro.",
      "He said: \"The pier will last a century.\""),
     {"The pier will last": "Hale"}),
    (("Tom Bell watched from the pier. The vote was held at Ms Ruiz’s request.",
      "She said the ferry would run all winter."),
     {"the ferry would run": "Ruiz"}),
]


# The tables above, one case per row ('named-0', 'place-1', …)
PRONOUN_AND_NAME_TABLES = {
    "named": NAMED_IN_REPORT,
    "place": PRONOUN_NOT_A_PLACE,
    "described": AFTER_DESCRIBED,
    "inverted": INVERTED_SPEAKER,
    "lone": LONE_WORD,
    "letters": SAME_LETTERS,
    "possessive": TITLED_POSSESSIVE,
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(PRONOUN_AND_NAME_TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)
