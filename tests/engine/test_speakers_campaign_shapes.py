"""Quotation shapes of US campaign coverage (session 11, invented articles): a chant of one
word or phrase repeated ('"Ray! Ray! Ray!"') is said, not a title; a quotation presented by a
relative clause and its colon is the quotation alone; a party label before a name is a role, not
part of it ('said Democrat Ana Ruiz'); 'he' never stands for a place that qualifies a noun ('a
New York delegate'); 'It reads: "…"' is the writer of the document named before; and the near
misses."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from desktop.engine.speakers.resolve import UNATTRIBUTED
from tests.engine.helpers import article, check, said, table_cases

INTRO = "Nora Quill is running for governor. Owen Dray is the state's senior senator."

SHAPES = {
    "a-chant-is-said": [
        ((INTRO, 'The hall filled with a chant: "Owen! Owen! Owen!"'),
         {"Owen! Owen! Owen!": UNATTRIBUTED}),
        ((INTRO, 'Then the delegates rose. "Quill! Quill!"'), {"Quill! Quill!": UNATTRIBUTED}),
        ((INTRO, 'The balcony answered with a chant: "Four More Years! Four More Years!"'),
         {"Four More Years! Four": UNATTRIBUTED}),
    ],
    "relative-clause-then-colon": [
        ((INTRO, 'Dray answered with a line that has become a fixture of his rallies: '
                 '"We will fix it ourselves."'), {"We will fix it": "Owen Dray"}),
        ((INTRO, 'Quill closed with a promise which drew the loudest cheers of the night, from '
                 'the farmers at the back: "No more closed mills."'),
         {"No more closed mills.": "Nora Quill"}),
    ],
    "a-place-before-its-noun-is-no-antecedent": [
        (("Tom Bell, a New York delegate, said he liked the speech.",
          '"It was long," he said.'), {"It was long": "Tom Bell"}),
        (("Ana Ruiz, an Iowa hog farmer who backs Quill, came early.",
          '"I drove two hours," she said.'), {"I drove two hours": "Ana Ruiz"}),
        (("Tom Bell met the Ohio senator on Monday.", '"We agreed on little," he said.'),
         {"We agreed on little": "Tom Bell"}),
        # near miss: a person named once without the article stays one ('the Dray campaign')
        ((INTRO, "The Dray campaign said little.", '"We won," Dray said.', '"Again," he said.'),
         {"Again": "Owen Dray"}),
    ],
    "the-party-nominee-is-the-one-person-of-that-party": [
        (("The race pits Republican Tom Bell against Democrat Ana Ruiz.",
          '"We will win Ohio," the Republican nominee said.'), {"We will win Ohio": "Tom Bell"}),
        (("The race pits Republican Tom Bell against Democrat Ana Ruiz.",
          '"Ohio is ours," the Democratic candidate told reporters.'),
         {"Ohio is ours": "Ana Ruiz"}),
        # near misses: two of that party, or a noun the article introduced someone with
        (("Republican Tom Bell and Republican Al Webb met Democrat Ana Ruiz.",
          '"We will win Ohio," the Republican nominee said.'),
         {"We will win Ohio": "the Republican nominee"}),
        (("Republican nominee Al Webb met Republican Tom Bell on Monday.",
          '"We will win Ohio," the Republican nominee said.'), {"We will win Ohio": "Al Webb"}),
    ],
    "it-reads-the-writer-of-the-document": [
        ((INTRO, "Quill wrote me an email after the vote.",
          'It read, in part: "The mills are my neighbours. They are not forgettable."'),
         {"The mills are my": "Nora Quill"}),
        ((INTRO, "A memo sent Sunday by campaign director Tom Bell to staff opens with a warning. "
                 'It reads: "We cannot afford a single wasted dollar."'),
         {"We cannot afford a": "Tom Bell"}),
        ((INTRO, "Ana Ruiz got a letter from Tom Bell on Monday.",
          'It reads: "The mill will close in May."'), {"The mill will close": "Tom Bell"}),
        ((INTRO, "A memo sent Sunday by campaign director Tom Bell opens with a warning.",
          "The memo, which does not mention Dray by name, lists three rules in bold: "
          '"Do not coordinate, do not comment."'), {"Do not coordinate, do": "Tom Bell"}),
        # near miss: who was sent it did not write it
        ((INTRO, "Ana Ruiz and Tom Bell were sent an email about the mill.",
          'The email explained: "Every so often the mill floods."'),
         {"Every so often the": "the email"}),
        ((INTRO, "In a letter to donors, Dray said the race was close.",
          'It reads: "Every dollar counts now."'), {"Every dollar counts now.": "Owen Dray"}),
        # near misses: no document named before; a sign is read by nobody in particular
        ((INTRO, "Quill spoke after the vote.", 'It reads: "The mills are ours."'),
         {"The mills are ours.": UNATTRIBUTED}),
        ((INTRO, "Tom Bell painted a sign by the road.", 'It reads: "Quill for governor now."'),
         {"Quill for governor now.": UNATTRIBUTED}),
    ],
    "subject-after-an-opening-subordinator": [
        ((INTRO, 'When Dray stood at the podium in July and declared, "I alone can fix it," '
                 "his own staff winced."), {"I alone can fix": "Owen Dray"}),
        ((INTRO, 'After Quill toured the mill and said, "We will reopen it," the crowd cheered.'),
         {"We will reopen it": "Nora Quill"}),
        # near miss: the verb in the main clause takes the main clause's subject
        ((INTRO, 'When Dray stood at the podium, Quill declared, "He cannot fix it."'),
         {"He cannot fix it.": "Nora Quill"}),
    ],
    "a-word-repeated-around-and-after-the-verb": [
        ((INTRO, "Quill spoke first.", '"Make the mills work again!" Dray said again and again.'),
         {"Make the mills work": "Owen Dray"}),
        ((INTRO, "Dray spoke first.", '"Who pays for it?" Quill asked over and over.'),
         {"Who pays for it?": "Nora Quill"}),
        # near miss: what follows the repeated words is what was said
        ((INTRO, "Dray said again and again that the mills would reopen."),
         {"the mills would reopen.": "Owen Dray"}),
    ],
    "a-chanting-verb-before-its-subject": [
        ((INTRO, "Dray spoke first.", '"Lock him up!" chanted the crowd.'),
         {"Lock him up!": "the crowd"}),
        ((INTRO, "Dray spoke first.", '"Four more years!" chanted Quill, waving a flag.'),
         {"Four more years!": "Nora Quill"}),
    ],
    "those-were-the-words-of": [
        ((INTRO, "Dray spoke first.", '"We are not going to lose Ohio. Not this year." Those '
                 "were Quill's words to donors on Monday."), {"We are not going": "Nora Quill"}),
        ((INTRO, "Dray spoke first.", '"The mills will reopen." That was Quill\'s promise.'),
         {"The mills will reopen.": "Nora Quill"}),
        # near misses: a thing of hers, not her words; the words of a body
        ((INTRO, "Dray spoke first.", '"The mills will reopen." That was Quill\'s car outside.'),
         {"The mills will reopen.": "Owen Dray"}),
        ((INTRO, "Dray spoke first.", '"The mills will reopen." Those were the union\'s words.'),
         {"The mills will reopen.": "Owen Dray"}),
    ],
    "issued-a-statement-colon": [
        ((INTRO, "Dray spoke first.",
          'The Quill campaign issued a one-line statement: "The governor is resting comfortably."'),
         {"The governor is resting": "the Quill campaign"}),
        ((INTRO, "Dray spoke first.", 'Quill\'s office released a statement: "We thank Ohio."'),
         {"We thank Ohio.": "Quill's office"}),
        # near miss: a thing released, no document
        ((INTRO, "Dray spoke first.", 'The new drug was released a week ago: "Take two daily."'),
         {"Take two daily.": UNATTRIBUTED}),
    ],
}

PARTY_FIRST = [  # (paragraphs, the speaker's name, their role)
    (("The race pits Republican Tom Bell against Democrat Ana Ruiz.", '"We win," Bell said.'),
     "Tom Bell", None),
    (('"It is over," said Democrat Ana Ruiz.',), "Ana Ruiz", "Democrat"),
    (('"It is over," said Libertarian Ana Ruiz on Monday.',), "Ana Ruiz", "Libertarian"),
    (("A poll of voters by Republican Tom Bell's campaign is out.",
      '"We are ahead," Bell told reporters.'), "Tom Bell", None),
]
PARTY_NAMES = [  # a party word opening a body's name stays in it
    ('"It is over," the Republican National Committee said.', "Republican National Committee"),
    ("The Liberal Party said it would vote against the bill.", "Liberal Party"),
    ("Many voters are turning to the Liberal Democrats, the party's leader said.",
     "the party's leader"),
    ('"We are ready," said the Liberal Democrats.', "Liberal Democrats"),
    ("Several Liberal MPs claim that the port has hidden its losses.", "Liberal MPs"),
    ('"We will block it," Republican Senators said.', "Republican Senators"),
    ('"It is over," said Conservative Party leader Tom Bell.', "Tom Bell"),
]


@pytest.mark.parametrize(("paragraphs", "name", "role"), PARTY_FIRST)
def test_a_party_before_a_name_is_no_part_of_it(paragraphs, name, role):
    speakers = {s.name: s for s in find_speakers(article(*paragraphs))}
    assert name in speakers, list(speakers)
    assert role is None or speakers[name].role == role


@pytest.mark.parametrize(("sentence", "name"), PARTY_NAMES)
def test_a_party_word_opening_a_body_stays(sentence, name):
    assert name in said(sentence)


REPORTED_THEN_COLON = [  # reported content before the colon is what was said, and stays
    ('Dray said the plan was simple: "It will fail."', "the plan was simple"),
    ('Quill said that the answer was short: "No."', "the answer was short"),
    ('Dray answered that the vote which was held on Monday had one message: "Fix the mills."',
     "the vote which was held"),
    ('Dray said the so-called reform was "a tax on every farmer" and would fail.',
     "the so-called reform"),  # 'so-called' not right before the quotation
]


@pytest.mark.parametrize(("sentence", "kept"), REPORTED_THEN_COLON)
def test_reported_content_before_a_colon_stays(sentence, kept):
    quotes = [q for texts in said(INTRO, sentence).values() for q in texts]
    assert any(q.startswith(kept) for q in quotes), quotes


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(SHAPES))
def test_campaign_shapes(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize("sentence", [
    'Her favourite film is "New York, New York."',  # a title repeating a name, no chant
    'The band closed with "Dream On" and the hall went dark.',
    'The banner read "Quill for Governor."',
    'She hung a poster that said "Go West! Go East!" by the door.',  # two phrases, no repeat
    'Quill has instead promised so-called "comprehensive reform," which critics call amnesty.',
    "Dray wrote me an email after the vote.",  # who got a thing, and the thing: no speech
    "Quill sent them a note on Monday.",
    'The crowd chanted for an hour after "Harbour Days" closed.',  # no quotation before it
    'Dray attacked the so-called "war on family farms and small towns" on Monday.',
    "Quill's so-called ''plan for the mills'' was never published.",
])
def test_near_misses_list_nothing(sentence):
    assert not said(INTRO, sentence)


@pytest.mark.parametrize("sentence", [
    # 'so-called' inside what was reported: the report stays
    'Quill has called for taxing so-called "pass through" income at a new low rate.',
    'Quill said so-called "pass through" income "should be taxed like wages," and left.',
])
def test_so_called_inside_a_report_keeps_it(sentence):
    assert "Nora Quill" in said(INTRO, sentence)


@pytest.mark.parametrize(("sentence", "content"), [
    ("Dray told him a deal was near.", "a deal was near."),  # 'told' names its hearer
    ("Quill wrote that the mill would close.", "the mill would close."),
])
def test_a_hearer_or_a_clause_after_the_verb_is_still_speech(sentence, content):
    assert [content] in said(INTRO, sentence).values()
