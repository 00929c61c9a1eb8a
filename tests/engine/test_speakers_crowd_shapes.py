"""Speech shapes of campaign coverage: crowds chanting, sources named in other ways."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check, table_cases

SHAPES = {
    # chant and cheer report speech only when a quotation is their content: after the verb or
    # closing just before its subject
    "chanted-quotations": [
        (("Ana Ruiz spoke on Monday.", '"Fix the ferry now!" the crowd chanted.'),
         {"Fix the ferry now!": "the crowd"}),
        (("Ana Ruiz spoke on Monday.", '"Not in our harbour," the protesters chanted outside.'),
         {"Not in our harbour": "the protesters"}),
        (("Ana Ruiz spoke on Monday.", 'The crowd chanted "fix the ferry now" for an hour.'),
         {"fix the ferry now": "the crowd"}),
        # near misses: no quotation, the cheering crowd (an adjective), chants as a noun
        (("Ana Ruiz spoke on Monday. The crowd chanted for an hour and cheered the band.",),
         {"for an hour and": None}),
        (('"We will fix the ferry," Ana Ruiz told the cheering crowd.',),
         {"We will fix the": "Ana Ruiz"}),
        (('Ruiz was greeted with chants of "Ana!" at the pier.',), {"Ana!": None}),
    ],
    # a word after the verb that would give it another sense ('called for', 'wrote for')
    # does not when a quotation closes just before the subject: the quotation is the content
    "quoted-then-for": [
        (('"The lower court did not err," Judge Ana Ruiz wrote for the majority.',),
         {"The lower court did": "Ana Ruiz"}),
        (('"We will appeal," Ana Ruiz said for the record.',), {"We will appeal": "Ana Ruiz"}),
        (("Ana Ruiz was said to be furious about the ferry budget.",),
         {"to be furious about": None}),
    ],
    # 'accused X of …' after an apposition: X is accused, never an inverted speaker ('"…,"
    # said Tom Bell of the port' is one)
    "accused-after-apposition": [
        (('Ana Ruiz, a former dairy executive, accused Tom Bell of "shipping jobs overseas."',),
         {"shipping jobs overseas.": "Ana Ruiz", "Ana Ruiz, a former": None}),
        (('"We will fix it," said Tom Bell of the port.',), {"We will fix it": "Tom Bell"}),
    ],
    # express and voice report the words quoted after them ('expressed "deep sorrow"'), as
    # chant does; without a quotation, or as a noun ('raised voices'), they report nothing
    "expressed-quotations": [
        (('Ana Ruiz expressed "deep sorrow" at the news.',), {"deep sorrow": "Ana Ruiz"}),
        (('The ferry union voiced "grave concerns" about the plan.',),
         {"grave concerns": "the ferry union"}),
        (('Ana Ruiz voices "grave concerns" about the plan.',), {"grave concerns": "Ana Ruiz"}),
        (("Ana Ruiz expressed sorrow at the news and left the pier.",), {"sorrow at the": None}),
    ],
    # a dateline opening the lead is where the story was filed, never the subject
    "dateline-then-subject": [
        (('PORT ALDER — Ana Ruiz attacked the ferry board on Monday, calling it "a closed shop '
          'that never listens."',), {"a closed shop that": "Ana Ruiz"}),
        (('HARBOURTON, N.S. — Ana Ruiz rallied voters and said "we will fix every road."',),
         {"we will fix every": "Ana Ruiz"}),
        # near misses: capitals with no dash, and a body's name in capitals, stay the subject
        (('NATO attacked the plan on Monday, calling it "a closed shop that never listens."',),
         {"a closed shop that": "NATO"}),
        (('NATO said on Monday that "the ferry patrols will stop in January."',),
         {"the ferry patrols will": "NATO"}),
    ],
    # 'Per X,' and 'In X's (own) words,' opening a sentence name who speaks the quotation after
    "per-and-in-their-words": [
        (("Ana Ruiz spoke first.", 'Per Ruiz, "the ferry will sail again by the spring."'),
         {"the ferry will sail": "Ana Ruiz"}),
        (("Ana Ruiz spoke first.", 'In Ruiz\'s words, "the ferry will sail by the spring."'),
         {"the ferry will sail": "Ana Ruiz"}),
        (("Ana Ruiz spoke first.", 'In Ruiz’s own words, "the ferry will sail by spring."'),
         {"the ferry will sail": "Ana Ruiz"}),
        # near misses: no quotation, a place or 'per capita' opening, someone else's verb
        (("Ana Ruiz spoke first.", "Per Ruiz, the ferry will sail again by the spring."),
         {"the ferry will sail": None}),
        (("Ana Ruiz spoke first.", 'In Harbourton, "the ferry will sail by spring," Bell said.'),
         {"the ferry will sail": "Bell"}),
        (("Ana Ruiz spoke first.", 'Per capita, "the ferry costs more than a bus," Bell said.'),
         {"the ferry costs more": "Bell"}),
        # a source described after 'Per': an article, up to two modifiers and a speaker noun
        (("Ana Ruiz spoke first.", 'Per the campaign, "the ferry will sail again by spring."'),
         {"the ferry will sail": "the campaign"}),
        (("Ana Ruiz spoke first.", 'Per the Ruiz campaign, "the ferry will sail by spring."'),
         {"the ferry will sail": "the Ruiz campaign"}),
        # near misses: no speaker noun ('the agreement'), and no quotation
        (("Ana Ruiz spoke first.", 'Per the agreement, "the ferry will sail by the spring."'),
         {"the ferry will sail": "Unattributed quotes"}),
        (("Ana Ruiz spoke first.", "Per the campaign, the ferry will sail again by spring."),
         {"the ferry will sail": None}),
    ],
    # a medium after the verb ('on Twitter', 'on Harbour Radio') and a time are no content;
    # what follows the medium is, when it opens like content
    "medium-after-the-verb": [
        (("Bell spoke first. Ana Ruiz responded on Twitter within minutes of the vote.",),
         {"Twitter within minutes of": None, "within minutes of the": None}),
        (("Bell spoke first. Ana Ruiz responded on Harbour Radio within the hour.",),
         {"Harbour Radio within the": None}),
        # near misses: content after the medium, and a day after 'on', stay
        (("Bell spoke first. Ana Ruiz said on Twitter that the ferry would sail.",),
         {"the ferry would sail.": "Ana Ruiz"}),
        (("Bell spoke first. Ana Ruiz wrote on Facebook: \"The ferry will sail.\"",),
         {"The ferry will sail.": "Ana Ruiz"}),
        (("Bell spoke first. Ana Ruiz said on Monday the ferry would sail in May.",),
         {"the ferry would sail": "Ana Ruiz"}),
    ],
    # a speaker noun after the verb keeps 'of' and one lower-case noun ('chief of staff'), and
    # a time adverb after the speaker ends the phrase
    "role-of-noun-after-the-verb": [
        (('"Vote for the ferry," tweeted Ruiz\'s chief of staff later that night.',),
         {"Vote for the ferry": "Ruiz's chief of staff"}),
        (('"Vote for the ferry," said the head of security.',),
         {"Vote for the ferry": "the head of security"}),
        (('"Vote for the ferry," said Ana Ruiz earlier that day.',),
         {"Vote for the ferry": "Ana Ruiz"}),
        # near misses: a place or a determiner after 'of' is not part of the role
        (('"Vote for the ferry," said the mayor of Harbourton.',),
         {"Vote for the ferry": "the mayor"}),
        (('"Vote for the ferry," said the head of the ferry board.',),
         {"Vote for the ferry": "the head"}),
    ],
    # a quotation credited to a source in brackets after it is not the last speaker's
    "source-in-brackets": [
        (('"We will fix every road," Ana Ruiz said.', '"The ferry sails in May." (Harbour FM)'),
         {"We will fix every": "Ana Ruiz", "The ferry sails in": "Unattributed quotes"}),
        (('"We will fix every road," Ana Ruiz said.',
          '"The ferry sails in May." (Harbour News, Oct. 30)'),
         {"The ferry sails in": "Unattributed quotes"}),
        # near misses: a stage direction in brackets, and no brackets, go on with the speaker
        (('"We will fix every road," Ana Ruiz said.', '"The ferry sails in May." (Applause)'),
         {"The ferry sails in": "Ana Ruiz"}),
        (('"We will fix every road," Ana Ruiz said.', '"The ferry sails in May."'),
         {"The ferry sails in": "Ana Ruiz"}),
    ],
    # a speaker noun and where it stands ('a man in the balcony') before the verb is its subject
    "speaker-in-the-place": [
        (('"We will fix every road," Ana Ruiz said.', '"Fix it now!" a man in the gallery yelled.'),
         {"Fix it now!": "a man in the gallery"}),
        (('"We will fix every road," Ana Ruiz said.',
          '"What about the ferry?" a woman in the front row asked.'),
         {"What about the ferry?": "a woman in the front row"}),
        # near misses: 'in the' after the verb, and a speaker in a place that is no noun phrase
        (('"We will fix every road," Ana Ruiz said in the hall.',),
         {"We will fix every": "Ana Ruiz"}),
        (('"We will fix every road," a man said in the gallery.',),
         {"We will fix every": "a man"}),
    ],
    # a quotation right after 'called' in a 'what X called' clause is X's, whatever X's noun
    "what-x-called": [
        (("Ana Ruiz spoke first.",
          'The ferry sailed on Monday, in what the festival\'s host called "a turning point."'),
         {"a turning point.": "the festival's host"}),
        (("Ana Ruiz spoke first.", 'The ferry sailed, in what the host called "a new dawn."'),
         {"a new dawn.": "the host"}),
        # near misses: a passive 'what was called', and 'called' with no quotation after it
        (("Ana Ruiz spoke first.", 'The ferry sailed, in what was called "a new dawn for us."'),
         {"a new dawn for": "Unattributed quotes"}),
        (("Ana Ruiz spoke first.", 'It was what the host called for, "a new dawn for us."'),
         {"a new dawn for": "Unattributed quotes"}),
    ],
    # a chanting subject of more than three words when it is a noun and where it stands
    "chanted-from-a-place": [
        (('"We will fix every road," Ana Ruiz said.',
          '"Fix the ferry now!" the crowd outside the town hall chanted.'),
         {"Fix the ferry now!": "the crowd outside the town hall"}),
        (('"We will fix every road," Ana Ruiz said.',
          '"Ferry first," a crowd in the harbour square chanted.'),
         {"Ferry first": "a crowd in the harbour square"}),
        # near misses: a clause, and a list, of more than three words are no such subject (the
        # quotation stays with the one person named)
        (("Ana Ruiz spoke on Monday.", '"Fix the ferry now!" the crowd that Ruiz drew chanted.'),
         {"Fix the ferry now!": "Ana Ruiz"}),
        (("Ana Ruiz spoke on Monday.", '"Fix the ferry now!" the crowd and the band chanted.'),
         {"Fix the ferry now!": "Ana Ruiz"}),
    ],
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(SHAPES))
def test_campaign_speech_shapes(paragraphs, expected):
    check(paragraphs, expected)


# -- 'made clear that …' reports speech, as 'pointed out that …' does; not without its
# particle and 'that', nor an infinitive ('failing to make clear') --
@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Ana Ruiz made clear that the ferry would stay in service.",),
     {"the ferry would stay": "Ana Ruiz"}),
    (('"The ferry stays in service," Ana Ruiz made clear.',),
     {"The ferry stays in": "Ana Ruiz"}),
    (("Ana Ruiz made a clear case for the ferry and left the pier.",), {"a clear case for": None}),
    (('Critics faulted the board for failing to make clear that the cut was "partial."',),
     {"partial.": "Unattributed quotes"}),
])
def test_made_clear_that_reports_speech(paragraphs, expected):
    check(paragraphs, expected)


# -- 'hinted' reports what was hinted; 'signalled' only with 'that' (a signal is often no
# speech: 'signalled a left turn') --
@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Ana Ruiz hinted the ferry would stay in service.",), {"the ferry would stay": "Ana Ruiz"}),
    (("Ana Ruiz signalled that the ferry would stay in service.",),
     {"the ferry would stay": "Ana Ruiz"}),
    (("The pilot signalled a left turn into the harbour channel.",), {"a left turn into": None}),
])
def test_hinted_and_signalled_that_report_speech(paragraphs, expected):
    check(paragraphs, expected)


# -- 'took to Facebook to say …' reports what was said there; 'took the ferry to say
# goodbye' and 'wants to say' report nothing --
@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Ana Ruiz took to Facebook to say the ferry would stay in service.",),
     {"the ferry would stay": "Ana Ruiz"}),
    (("Ana Ruiz took to social media to warn that the ferry would be cut.",),
     {"the ferry would be": "Ana Ruiz"}),
    (("Ana Ruiz took the ferry to say goodbye to her mother in Ashton.",),
     {"goodbye to her mother": None}),
    (("Ana Ruiz wants to say the ferry would stay in service.",), {"the ferry would stay": None}),
])
def test_took_to_a_medium_to_say_reports_speech(paragraphs, expected):
    check(paragraphs, expected)


# -- 'questioned whether …' reports what was asked, as 'asked whether' does; 'questioned the
# driver' names who was questioned, and 'revealed whether' reports too --
@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Ana Ruiz questioned whether the ferry would survive the winter.",),
     {"whether the ferry would": "Ana Ruiz"}),
    (("Ana Ruiz revealed whether the ferry would survive the winter.",),
     {"whether the ferry would": "Ana Ruiz"}),
    (("Police questioned the ferry driver for two hours at the pier.",),
     {"the ferry driver for": None}),
    (("Shouldn't they question whether the ferry will survive the winter?",),
     {"whether the ferry will": None}),
])
def test_questioned_whether_reports_speech(paragraphs, expected):
    check(paragraphs, expected)


# -- 'the premier', 'the chancellor', 'the commissioner' and 'the ferry operator' speak (they
# were no speaker nouns); 'the premier' is the one person the article titles Premier --
@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Premier Ana Ruiz spoke in Ashton.", "The premier said the crossing would close."),
     {"the crossing would close.": "Ana Ruiz"}),
    (("Premier Ana Ruiz spoke in Ashton.", "Harbour's premier said the crossing would close."),
     {"the crossing would close.": "Ana Ruiz"}),
    (("The information commissioner says the records must be kept.",),
     {"the records must be": "the information commissioner"}),
    (("The ferry operator said the crossing would close for the winter.",),
     {"the crossing would close": "the ferry operator"}),
    (("The sheriff said the crossing would close for the winter.",),
     {"the crossing would close": "the sheriff"}),
    (("The colonel told reporters the crossing would close for the winter.",),
     {"the crossing would close": "the colonel"}),
    (("The coroner said the crossing would close for the winter.",),
     {"the crossing would close": "the coroner"}),
    (("The plaintiff told the court the crossing would close for the winter.",),
     {"the crossing would close": "the plaintiff"}),
    # near miss: a surname that is also a calling stays the person's
    (("Governor Howard Dean spoke in Ashton.", "Dean said the crossing would close."),
     {"the crossing would close.": "Howard Dean"}),
])
def test_heads_of_government_and_officers_speak(paragraphs, expected):
    check(paragraphs, expected)
