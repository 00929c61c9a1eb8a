"""Page furniture ("Story continues below advertisement", "READ MORE: …"): shown, never a key
sentence, and transparent to the speaker a quotation after it continues."""

from __future__ import annotations

import warnings

import pytest

from desktop.engine.furniture import furniture_paragraphs, is_furniture
from desktop.engine.readers import from_plain_text
from desktop.engine.summary import ALGORITHMS, summarize
from desktop.engine.summary.boilerplate import is_boilerplate
from tests.engine.helpers import article, check, table_cases

FURNITURE = [
    "Story continues below advertisement", "ADVERTISEMENT", "Advertisement 2", "Article content",
    "This advertisement has not loaded yet, but your article continues below.",
    "Article Continues Below", "Open this photo in gallery:", "Open Image Modal",
    "READ MORE: Province to review every bridge after the collapse",
    "Read more: Council votes down the transit levy", "RELATED: Where the money for roads goes",
    "WATCH: Council debates the bridge plan", "WATCH | Council debates the bridge plan",
    "LISTEN | The mayor on CBC's morning show", "Click to play video: 'Bridge closed again'",
    "Click here to sign up for our city hall newsletter.", "Sign up for the Morning Update.",
    "Related Stories", "Report an editorial error",
    "Premier Doug Ruiz at the harbour on Monday. (Evan Marsh/CBC)", "(Ben Nelms/CBC)",
    "Neighbours clear the road after the storm. (Submitted by Ana Ruiz)",
    "Police at the scene on Tuesday. (THE CANADIAN PRESS/Sean Kilpatrick)",
    "10:42 PM ET", "9:05 a.m.", "11:30 p.m. EDT",
]
PROSE = [
    "The city ran an advertisement for the job in May.",
    "Story continues below the fold in the print edition, the editor said.",
    '"Watch the video below," she said.', "Watch the video below, she said.",
    "Read more about the plan on the city's website before the vote, the mayor said.",
    "Advertisement revenue fell by a third last year.",
    "Related: a word he used twice about the bridge.",
    "Signs went up for the detour on Monday.", "Video shows the bridge swaying in the wind.",
    "Clicking here and there, she found the report.",
    'Sign up for "the worst job in the city," she said of the post.',
    "The poll of 1,000 people was run online (Angus Reid/CBC).",
    "10:42 PM ET Ruiz closes the debate.", "At 9:05 a.m. the ferry left.", "10:42",
    "The motion passed 12 to 3 (with two absent)", "The vote was close (Reuters).",
    '"Watch: We will win this," she said.', "“Advertisement” was the word he used.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_page_furniture_is_known_by_itself(text):
    assert is_furniture(text) and is_boilerplate(text)


@pytest.mark.parametrize("text", PROSE)
def test_prose_that_mentions_furniture_is_not_furniture(text):
    assert not is_furniture(text)


GALLERY = ["Open this photo in gallery:", "The old bridge over the Red River in 2020.",
           "Fred Lum/The Globe and Mail"]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (["Ruiz spoke first.", *GALLERY, "The vote is on Monday."], {1, 2, 3}),
    (["READ MORE:", "Province to review every bridge", "The vote is on Monday."], {0, 1}),
    (["Open this photo in gallery: The bridge in 2020.", "Fred Lum/The Globe and Mail"], {0, 1}),
    # a credit on its own line reads as one in brackets does: '&' in a name too
    (["Open this photo in gallery: The bridge in 2020.", "Ana Ruiz/Harbour Times & Star"],
     {0, 1}),
    # a quotation after a label alone is the story's again; a credit needs furniture before it
    (["WATCH:", '"We will fix it."', "Fred Lum/The Globe and Mail"], {0}),
    # and so is prose holding a quotation, ending a sentence; a headline (no stop) or a caption
    # ending with its credit holding one, or a caption without one, stays furniture
    (["WATCH:", 'Ruiz told council the roads were bad. "People are angry," she said.',
      "The vote is on Monday."], {0}),
    (["WATCH:", 'Ruiz says the roads are bad: "People are angry."'], {0}),
    (["WATCH:", 'Ruiz says "we will fix the roads"', "The vote is on Monday."], {0, 1}),
    (["Open this photo in gallery:",
      'Ruiz says "we will fix it" on Monday.Fred Lum/The Globe and Mail'], {0, 1}),
    (["WATCH:", "Ruiz at the harbour on Monday."], {0, 1}),
    (["The bridge in 2020.", "Fred Lum/The Globe and Mail"], set()),
    (["Click to play video: 'Bridge closed again'", "2:03", "(Sean Kilpatrick/The Canadian Press)",
      "- - -"], {0, 1, 2, 3}),
    # a line without a letter is furniture only after furniture; a credit in brackets always
    (["Ruiz spoke first.", "- - -", "(Sean Kilpatrick/The Canadian Press)"], {2}),
])
def test_a_label_alone_takes_the_caption_after_it_and_its_credit(paragraphs, expected):
    assert furniture_paragraphs(paragraphs) == expected


SAID = '"We have waited long enough for this bridge," Mayor Ana Ruiz said.'
AGAIN = '"The bridge must be fixed now, before anyone gets hurt."'
RUIZ = {"We have waited long": "Ana Ruiz", "The bridge must be": "Ana Ruiz"}
NOBODY = {"The bridge must be": "Unattributed quotes"}
_HE = '"The bridge shook under my car," he said.'
_THREE = ("Mayor Tom Reid opened the meeting at noon.",
          "Paul Bryant drove across the bridge on Monday.",
          "Traffic was heavy and the queue was long.")
TABLES = {
    "between": [
        ((SAID, "Story continues below advertisement", AGAIN), RUIZ),
        ((SAID, "ADVERTISEMENT", AGAIN), RUIZ),
        ((SAID, "Advertisement 2", "Article content", AGAIN), RUIZ),
        ((SAID, "READ MORE: Province to review every bridge after the collapse", AGAIN), RUIZ),
        ((SAID, "WATCH | Council debates the bridge plan", AGAIN), RUIZ),
        ((SAID, *GALLERY, AGAIN), RUIZ),
        ((SAID, "Click here to sign up for our city hall newsletter.", AGAIN), RUIZ),
        ((SAID, "Ruiz at the bridge on Monday. (Evan Marsh/CBC)", AGAIN), RUIZ),
    ],
    # the story's own paragraph after a label alone, its quotation shown
    "after_label": [
        (("WATCH:", 'Mayor Ana Ruiz told council the bridge was unsafe. "We have waited long '
          'enough for this bridge," she said.'), {"We have waited long": "Ana Ruiz"}),
    ],
    # prose between them ends the speaker's turn, whatever it mentions
    "near_miss": [
        ((SAID, "Traffic on the bridge fell by a third in a year.", AGAIN), NOBODY),
        ((SAID, "Story continues below the fold, the editor wrote.", AGAIN),
         {"The bridge must be": "the editor"}),
    ],
    "lead_in": [
        (("Mayor Ana Ruiz made the following comment:", "ADVERTISEMENT", AGAIN),
         {"The bridge must be": "Ana Ruiz"}),
        (("Mayor Ana Ruiz was blunt about the delays.", "Story continues below advertisement",
          AGAIN), {"The bridge must be": "Ana Ruiz"}),
    ],
    # a link to another story quotes no one in this one
    "inside": [
        ((SAID, 'WATCH: "We will fix it," Premier Doug Ford says of the bridge',
          "READ MORE: Ford says the province will pay for the Red River bridge", AGAIN),
         {"We will fix it": None, "the province will pay": None, **RUIZ}),
    ],
    # "he": never a name in a link or a caption; furniture does not count in how far back the
    # person quoted or described last is looked for, prose does
    "pronoun": [
        ((SAID.replace("Ana Ruiz", "Tom Reid"), *GALLERY[:1], "Premier Doug Ford at the bridge.",
          "READ MORE: Premier Doug Ford defends the bridge budget",
          "The council voted on Monday to close the bridge to trucks.", _HE),
         {"The bridge shook under": "Tom Reid"}),
        ((*_THREE, "ADVERTISEMENT", _HE), {"The bridge shook under": "Paul Bryant"}),
        ((*_THREE, "It was raining.", _HE), {"The bridge shook under": "Tom Reid"}),
    ],
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_speakers_pass_over_furniture(paragraphs, expected):
    check(paragraphs, expected)


NEWS = """Council votes to fix the Red River bridge

The city council voted on Monday to fix the Red River bridge before the winter.

Story continues below advertisement

Engineers found cracks in two of the steel beams of the bridge last spring.

Open this photo in gallery:

The Red River bridge, which the city council voted to fix, in 2020.

Fred Lum/The Globe and Mail

READ MORE: Council votes to fix the roads and the Red River bridge

Repairs will cost $12 million and close the bridge for three months.

WATCH | Council votes to fix the Red River bridge

Sign up for our newsletter on city council votes and the Red River bridge.

Drivers will cross at the Main Street bridge while the work goes on.

The province has agreed to pay half of the cost of the repairs.
"""
NEWS_FURNITURE = ("Story continues", "Open this photo", "The Red River bridge, which",
                  "Fred Lum", "READ MORE", "WATCH", "Sign up")


@pytest.mark.parametrize("algorithm", list(ALGORITHMS))
def test_furniture_is_shown_but_never_a_key_sentence(algorithm):
    news = from_plain_text(NEWS)
    assert all(line in news.text for line in NEWS_FURNITURE)  # Précis shows what the file holds
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sumy's algorithms warn about tiny documents
        chosen = [s.text for s in summarize(news, count=4, algorithm=algorithm).sentences]
    assert len(chosen) == 4
    assert not [s for s in chosen if s.startswith(NEWS_FURNITURE)], chosen


def test_an_article_knows_its_furniture_paragraphs():
    news = article(SAID, *GALLERY, AGAIN)
    assert news.furniture == {1, 2, 3}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ruiz spoke.\nStory continues below advertisement\nShe left.",
     ["Ruiz spoke.", "Story continues below advertisement", "She left."]),
    ("Ruiz spoke.\nREAD MORE: Council votes on the levy\n\nShe left.",
     ["Ruiz spoke.", "READ MORE: Council votes on the levy", "She left."]),
    # a live blog's timestamp heads its entry ("10:42 PM ET"); a wrapped time stays in its line
    ("Ruiz spoke.\n\n10:42 PM ET\nRuiz closes the debate.\n\n9:05 a.m.\nShe left.",
     ["Ruiz spoke.", "10:42 PM ET", "Ruiz closes the debate.", "9:05 a.m.", "She left."]),
    ("Ruiz spoke at\n10:42 PM ET\nand left.\nThe ferry left at\n9:05 a.m. on Monday.",
     ["Ruiz spoke at 10:42 PM ET and left. The ferry left at 9:05 a.m. on Monday."]),
    # a wrapped line that opens with an opener's words stays in its paragraph
    ("Ruiz told people to\nsign up for the plan.\nAdvertisement revenue fell.",
     ["Ruiz told people to sign up for the plan. Advertisement revenue fell."]),
])
def test_a_line_of_furniture_in_plain_text_is_a_paragraph_of_its_own(text, expected):
    read = from_plain_text(text)
    assert [read.paragraph_text(p) for p in read.paragraphs] == expected
