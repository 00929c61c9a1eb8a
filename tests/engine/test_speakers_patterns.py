"""Attribution patterns, with and without quotation marks."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from desktop.engine.speakers.lexicon import speech_verbs
from tests.engine.helpers import article, from_text, said

CASES = [
    # QUOTE, SPEAKER said
    ('"The bridge will open in May," Ana Ruiz said.', "Ana Ruiz", "The bridge will open in May"),
    # QUOTE, said SPEAKER
    ("The bridge will open in May, said Ana Ruiz.", "Ana Ruiz", "The bridge will open in May"),
    # SPEAKER said: QUOTE
    ("Ana Ruiz said: “The bridge will open in May.”", "Ana Ruiz", "The bridge will open in May."),
    # SPEAKER said (that) CONTENT
    ("Ana Ruiz said that the bridge will open in May.", "Ana Ruiz",
     "the bridge will open in May."),
    ("Ana Ruiz said the bridge will open in May.", "Ana Ruiz", "the bridge will open in May."),
    # CONTENT, SPEAKER told MEDIUM
    ("The bridge will open in May, Ana Ruiz told Reuters.", "Ana Ruiz",
     "The bridge will open in May"),
    # SPEAKER told MEDIUM that CONTENT
    ("Ana Ruiz told Reuters that the bridge will open in May.", "Ana Ruiz",
     "the bridge will open in May."),
    # according to SPEAKER, CONTENT / CONTENT, according to SPEAKER
    ("According to Ana Ruiz, the bridge will open in May.", "Ana Ruiz",
     "the bridge will open in May."),
    ("The bridge will open in May, according to Ana Ruiz.", "Ana Ruiz",
     "The bridge will open in May"),
    # SPEAKER, ROLE, said
    ("Ana Ruiz, the city's chief engineer, said the bridge will open in May.", "Ana Ruiz",
     "the bridge will open in May."),
    # said SPEAKER of ORGANISATION
    ("The bridge will open in May, said Ana Ruiz of the Harbour Authority.", "Ana Ruiz",
     "The bridge will open in May"),
    # an organisation speaks
    ("The Transport Ministry says the bridge will open in May.", "Transport Ministry",
     "the bridge will open in May."),
    # other verbs: warned, insisted, tweeted, asked
    ("Ana Ruiz warned that the bridge may not open in May.", "Ana Ruiz",
     "the bridge may not open in May."),
    ("Ana Ruiz tweeted that the bridge will open in May.", "Ana Ruiz",
     "the bridge will open in May."),
]


@pytest.mark.parametrize(("text", "name", "quote"), CASES)
def test_pattern(text, name, quote):
    assert said(text) == {name: [quote]}


def test_role_is_split_from_the_name():
    (speaker,) = find_speakers(article("Harbour chief engineer Ana Ruiz said the bridge will "
                                       "open in May."))
    assert (speaker.name, speaker.role, speaker.kind) == ("Ana Ruiz", "Harbour chief engineer",
                                                         "person")


def test_role_of_organisation_after_the_name():
    (speaker,) = find_speakers(article("The bridge will open in May, said Ana Ruiz of the "
                                       "Harbour Authority."))
    assert speaker.role == "of the Harbour Authority"


def test_follow_on_quote_continues_the_last_speaker():
    found = said('"The bridge will open in May," Ana Ruiz said. "It will carry trams too."')
    assert found == {"Ana Ruiz": ["The bridge will open in May", "It will carry trams too."]}


def test_mention_cue_and_direct_flag():
    (speaker,) = find_speakers(article('Ms Ana Ruiz arrived late. "The bridge will open in '
                                       'May," she said.'))
    (quote,) = speaker.quotes
    assert (quote.mention, quote.cue, quote.direct) == ("she", "said", True)
    assert speaker.name == "Ana Ruiz"


def test_beliefs_and_intentions_are_not_speech():
    text = ("Ana Ruiz thinks the bridge will open in May. Officials want the bridge to open. "
            "The mayor promised to open the bridge. Ruler Tom Bell wanted people to know it.")
    assert said(text) == {}


def test_infinitive_and_passive_are_not_speech():
    text = ("It took a word from Tom Bell to declare the bridge open. "
            "The workers were told the bridge would open.")
    assert said(text) == {}


def test_unnamed_speakers_are_listed_as_described():
    (speaker,) = find_speakers(article("We are not going anywhere, a resident told the BBC."))
    assert (speaker.name, speaker.named, speaker.kind) == ("a resident", False, "unnamed")


def test_medium_told_and_author_are_not_speakers():
    text = ("The bridge will open in May, a resident told CNN.",
            "Tom Bell is the author of a book on bridges. Follow him on twitter.")
    names = set(said(*text))
    assert "CNN" not in names and "Tom Bell" not in names


def test_most_quoted_first():
    text = ("Ana Ruiz said the bridge will open in May. Tom Bell said the bridge is too "
            "expensive. Bell added that the city cannot pay for it.")
    assert [s.name for s in find_speakers(article(text))] == ["Tom Bell", "Ana Ruiz"]


def test_byline_author_is_not_a_speaker():
    a = from_text("Bridge news\n\nBy Tom Bell\n\nTom Bell said the bridge will open in May.\n\n"
                  "Ana Ruiz said the trams will run from June.\n")
    assert a.byline == "Tom Bell"
    assert [s.name for s in find_speakers(a)] == ["Ana Ruiz"]


def test_unquoted_follow_on_when_the_page_lost_its_quotation_marks():
    text = "The bridge will open in May, said Ana Ruiz. The trams will follow in June."
    assert said(text) == {"Ana Ruiz": ["The bridge will open in May",
                                       "The trams will follow in June."]}


def test_no_unquoted_follow_on_when_the_page_has_quotation_marks():
    text = ('The bridge will open in May, said Ana Ruiz. The trams will follow in June.',
            '"It is too dear," Tom Bell said.')
    assert said(*text)["Ana Ruiz"] == ["The bridge will open in May"]


def test_participle_continues_the_speaker_of_the_sentence():
    text = "Ana Ruiz defended the plan on Friday, saying the bridge will open in May."
    assert said(text) == {"Ana Ruiz": ["the bridge will open in May."]}
    text = '"We need it," Ana Ruiz said, adding that the trams will follow in June.'
    assert said(text) == {"Ana Ruiz": ["We need it", "the trams will follow in June."]}


def test_speech_verb_list_leaves_out_beliefs_and_intentions():
    verbs = speech_verbs()
    assert {"said", "told", "asked", "added", "declared", "warned", "insisted", "explained",
            "wrote", "tweeted"} <= set(verbs)
    assert not {"thinks", "believes", "wants", "hopes", "feels", "plans"} & set(verbs)


# -- 'X said.' after the words: a quotation said is the sentences from its opening mark on --
@pytest.mark.parametrize(("paragraph", "quote"), [
    ("On Monday's episode of the Harbour Morning Show on the local radio, the former mayor Ana "
     "Ruiz said she wanted to talk to “the sailors.” “Why now?” Ruiz said.",
     "Why now?"),
    ("The pier closed on Monday. “Why now? Why here?” Ana Ruiz asked.", "Why now? Why here?"),
])
def test_a_bare_attribution_after_a_quotation_says_the_quotation(paragraph, quote):
    (quotes,) = said(paragraph).values()
    assert quotes[-1] == quote, quotes
