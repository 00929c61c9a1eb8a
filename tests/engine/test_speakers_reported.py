"""Reported speech: where it runs to, and the verbs that report it."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, check, said, table_cases


@pytest.mark.parametrize("sentence", [
    'Ruiz said the plan — if there is one — would fail and cost the town its ferry.',
    'Ruiz said the plan would fail: "It is a plan — if you can call it one — for nothing."',
])
def test_reported_speech_runs_past_a_pair_of_dashes(sentence):
    (quote,) = said(sentence)["Ruiz"]
    assert quote.rstrip('."').endswith(("ferry", "for nothing"))

@pytest.mark.parametrize("form", ["mused", "lamented", "emphasised", "retorted", "whispered",
                                  "muttered", "exclaimed", "pleaded", "cautioned"])
def test_more_speech_verbs(form):
    check((f'"The ferry will not run again this winter," Ana Ruiz {form}.',),
          {"The ferry will not": "Ana Ruiz"})


def test_a_second_that_clause_goes_on_the_reported_speech():
    (quote,) = said("Ana Ruiz said that the ferry was late again, and that nobody had told the "
                    "passengers why.")["Ana Ruiz"]
    assert quote.endswith("nobody had told the passengers why.")
    (quote,) = said("Ana Ruiz said that the ferry was late again, and the mayor left the "
                    "room.")["Ana Ruiz"]
    assert quote == "the ferry was late again"

def test_a_clause_of_the_writers_after_and_ends_the_reported_speech():
    quotes = said("Councillors said they were convinced the port had mishandled the vote and "
                  "Liberals accused them of stoking the row.")
    assert quotes == {"councillors": ["they were convinced the port had mishandled the vote"]}


# -- reported speech the attribution used to miss: one invented row per rule --
REPORTED_SHAPES = {
    "but-coordination": [
        (("Ana Ruiz, like the mayor, has backed the ferry plan but has said she will vote "
          "against the budget.",),
         {"she will vote against": "Ana Ruiz"}),
        (("The union praised the deal but said the port would still lose jobs next year.",),
         {"the port would still": "the union"}),
    ],
    "adverb-before-verb": [
        (("Ana Ruiz has long said that the ferry should run all winter.",),
         {"the ferry should run": "Ana Ruiz"}),
        (("The harbour agency strongly denied that the ferry had ever been unsafe.",),
         {"the ferry had ever": "the harbour agency"}),
        (("Councillor Tom Long said the ferry should run all winter.",),
         {"the ferry should run": "Tom Long"}),
    ],
    "progressive": [
        (("Ana Ruiz is saying the ferry will run all winter.",),
         {"the ferry will run": "Ana Ruiz"}),
        (("The harbour agency was telling residents that the ferry would run all winter.",),
         {"the ferry would run": "the harbour agency"}),
        (("Ana Ruiz has been saying that the ferry will run all winter.",),
         {"the ferry will run": "Ana Ruiz"}),
    ],
    "to-hearer": [
        (("Ana Ruiz confirmed to CBC News that the ferry would run all winter.",),
         {"the ferry would run": "Ana Ruiz"}),
        (("The harbour agency said to reporters that the ferry would run all winter.",),
         {"the ferry would run": "the harbour agency"}),
        (("Ana Ruiz wrote to the council about the ferry and its winter timetable.",),
         {"the council about the": None, "about the ferry and": None}),
    ],
    "according-to-aside": [
        (("The ferry, according to the harbour agency, will run all winter this year.",),
         {"The ferry, according to": "the harbour agency"}),
        (("The ferry will run all winter, according to Ana Ruiz.",),
         {"The ferry will run": "Ana Ruiz"}),
    ],
    # a comma and a quotation after who listened: the quotation is what was said
    "hearer-comma-quotation": [
        (('Ruiz told reporters, "The ferry will run all winter."',),
         {"The ferry will run": "Ruiz"}),
        (('The harbour agency told CBC News, "The ferry will run all winter," then left.',),
         {"The ferry will run": "the harbour agency"}),
        (('Ruiz told the crew, "Nobody sails tonight," and went home.',),
         {"Nobody sails tonight": "Ruiz"}),
        # near misses: no quotation after the comma
        (("Ana Ruiz told reporters, and then the crew, about the ferry and its timetable.",),
         {"about the ferry and": None}),
        (("Ana Ruiz told reporters, in French and English, that the ferry would run all winter.",),
         {"the ferry would run": "Ana Ruiz"}),
    ],
    "hearer-phrase-then-clause": [
        (("Ana Ruiz told a news conference the ferry would run all winter.",),
         {"the ferry would run": "Ana Ruiz", "a news conference the": None}),
    ],
    # a capitalised hearer ends at a determiner: 'the city' opens what was said
    "named-hearer-then-clause": [
        (("Ana Ruiz told CBC News the city would run the ferry all winter.",),
         {"the city would run": "Ana Ruiz"}),
        (("Ana Ruiz told Global News the province is ready to pay for the ferry.",),
         {"the province is ready": "Ana Ruiz"}),
        (("Ana Ruiz told the Toronto Star the city had waited too long for a ferry.",),
         {"the city had waited": "Ana Ruiz"}),
        # near misses: a determiner inside the hearer's name, or no clause after it
        (("Ana Ruiz told the head of the council the city would run the ferry.",),
         {"the city would run": "Ana Ruiz", "the council the city": None}),
        (("Ana Ruiz told CBC News the story of the ferry and its winter crossings.",),
         {"the story of the": None}),
    ],
    # 'at least' or 'at most' before a number opens what was said, not an adverbial
    "at-least-a-number": [
        (("Police say at least eight homes were broken into over the weekend.",),
         {"at least eight homes": "police"}),
        (("Ana Ruiz said at most two ferries would run this winter.",),
         {"at most two ferries": "Ana Ruiz"}),
        # near miss: 'at least once' is an adverbial before the 'that' clause
        (("Ana Ruiz said at least once that two ferries would run this winter.",),
         {"two ferries would run": "Ana Ruiz", "at least once that": None}),
    ],
    # after who was told, a bare noun and its auxiliary open what was told
    "hearer-then-bare-noun": [
        (("Ana Ruiz told CBC News prices are expected to be lower this year.",),
         {"prices are expected to": "Ana Ruiz"}),
        (("Ana Ruiz told reporters fares will rise next spring on the ferry.",),
         {"fares will rise next": "Ana Ruiz"}),
        # near misses: a noun inside a phrase after an adverbial, or after a lower-case word
        (("Ana Ruiz said after the vote was held that fares would rise.",),
         {"fares would rise.": "Ana Ruiz", "vote was held that": None}),
        (("As Ana Ruiz told The Harbour Post, US surface ozone has dropped since 1990.",),
         {"ozone has dropped since": None}),
    ],
    # an indefinite pronoun before an auxiliary opens what was told
    "hearer-then-indefinite-pronoun": [
        (("Ana Ruiz told CBC News nobody was hurt when the ferry hit the dock.",),
         {"nobody was hurt when": "Ana Ruiz"}),
        (("Ana Ruiz told reporters no one will lose a job over the ferry.",),
         {"no one will lose": "Ana Ruiz"}),
        (("Ana Ruiz told reporters everything was on track for the ferry.",),
         {"everything was on track": "Ana Ruiz"}),
        # near miss: the pronoun is what was told, no clause
        (("Ana Ruiz told reporters nothing new about the ferry or its crew.",),
         {"nothing new about the": None}),
    ],
    "noun-in-ing-subject": [
        (("Ana Ruiz acknowledged funding was short for the ferry this winter.",),
         {"funding was short for": "Ana Ruiz"}),
        (("Ana Ruiz said keeping the ferry running is her first task this winter.",),
         {"keeping the ferry running": "Ana Ruiz"}),
        (("Ana Ruiz said having the ferry run all winter would help the port.",),
         {"having the ferry run": "Ana Ruiz"}),
        (("Ana Ruiz recalled seeing the old ferry sink in the winter storm.",),
         {"seeing the old ferry": None, "the old ferry sink": None}),
    ],
    "adverbial-then-clause": [
        (("Ana Ruiz said in an interview the ferry would run all winter.",),
         {"the ferry would run": "Ana Ruiz"}),
        (("The harbour agency said in a news release the ferry would run all winter.",),
         {"the ferry would run": "the harbour agency"}),
        (("Ana Ruiz said last week the ferry would run all winter.",),
         {"the ferry would run": "Ana Ruiz"}),
    ],
    "went-on-to-say": [
        (("Ana Ruiz went on to say that the ferry would run all winter.",),
         {"the ferry would run": "Ana Ruiz"}),
        (("Ana Ruiz would only say that the ferry would run all winter.",),
         {"the ferry would run": "Ana Ruiz"}),
        (("Ana Ruiz will go to say goodbye to the ferry crew on Monday.",),
         {"goodbye to the ferry": None}),
    ],
    "semicolon-ends-the-clause-before": [
        (("Ana Ruiz said the ferry would run all winter; fares would not rise, she added.",),
         {"the ferry would run": "Ana Ruiz", "fares would not rise": "Ana Ruiz",
          "Ana Ruiz said the": None}),
        (('"We tried for years; we failed every time," Ana Ruiz said.',),
         {"We tried for years;": "Ana Ruiz"}),
    ],
    "verb-before-that": [
        (("Ana Ruiz revealed that the ferry would stop running in January.",),
         {"the ferry would stop": "Ana Ruiz"}),
        (("The harbour agency maintained that the ferry had never been unsafe.",),
         {"the ferry had never": "the harbour agency"}),
        (("Ana Ruiz reiterated that the ferry would run all winter.",),
         {"the ferry would run": "Ana Ruiz"}),
        (("Ana Ruiz assured residents that the ferry would run all winter.",),
         {"the ferry would run": "Ana Ruiz"}),
        (("The harbour agency then pointed out that the ferry had run all last winter.",),
         {"the ferry had run": "the harbour agency"}),
        (("Ana Ruiz pointed out the new ferry dock to the visitors from the city.",),
         {"the new ferry dock": None, "out the new ferry": None}),
        (('Ana Ruiz pointed to the ferry dock, where the sign read "closed".',),
         {"closed": None}),
        (("The city maintained the harbour roads through the whole winter.",),
         {"the harbour roads through": None}),
        (("Ana Ruiz revealed the new ferry timetable at the town hall on Monday.",),
         {"the new ferry timetable": None}),
    ],
    # a retort is a phrasal verb: with its particle, before 'that', a colon or a quotation (or
    # after one), it reports speech; without the particle, or before anything else, it does not
    "phrasal-retort": [
        (('Ana Delgado shot back that Tom Bell had voted to "sell the ferry to the city."',),
         {"Tom Bell had voted": "Ana Delgado"}),
        (("The harbour agency fired back that the ferry had never been late.",),
         {"the ferry had never": "the harbour agency"}),
        (('Ana Delgado snapped back: "The ferry will run all winter."',),
         {"The ferry will run": "Ana Delgado"}),
        (('Ana Delgado snapped back, "The ferry will run all winter."',),
         {"The ferry will run": "Ana Delgado"}),
        (('"The ferry will run all winter," Ana Delgado shot back.',),
         {"The ferry will run": "Ana Delgado"}),
        # a title with its full stop stands in the subject after the quotation
        (('"The ferry is late again," Ms. Delgado replied.',
          '"The ferry has never been late," Mr. Bell shot back.'),
         {"The ferry is late": "Delgado", "The ferry has never": "Bell"}),
        (('"The ferry is late again," Ana Delgado said.',
          '"The ferry has never been late," Sen. Bell fired back.'),
         {"The ferry is late": "Ana Delgado", "The ferry has never": "Bell"}),
        (("Ana Delgado hit back at her critics, saying the ferry would run all winter.",),
         {"the ferry would run": "Ana Delgado"}),
        (("Ana Delgado shot back within minutes of the harbour vote on Monday.",),
         {"within minutes of the": None}),
        (("Ana Delgado shot that video of the new ferry dock on Monday.",),
         {"video of the new": None}),
        (("The navy fired back at the ship that had crossed the harbour line.",),
         {"had crossed the harbour": None}),
        (('Their old hit "a ferry in the rain" was played at the ferry dock on Monday.',),
         {"a ferry in the": "Unattributed quotes"}),
        (("Ana Delgado fired the harbour manager that week, and the ferry stopped.",),
         {"the ferry stopped": None, "week, and the": None}),
    ],
    # a speech verb form that is also a noun, before a verb, is that noun: the speaker is the
    # noun phrase it heads ('the reports said'), or nobody speaks ('Baltic states have to approve')
    "noun-before-its-verb": [
        (("To pass, a majority of Baltic states have to approve the ferry plan.",),
         {"have to approve the": None}),
        (("The Quaylink reports said that fares would rise in May.",),
         {"fares would rise in": "the Quaylink reports", "said that fares would": None}),
        (("Recent reports have revealed that the ferry had been unsafe for years.",),
         {"the ferry had been": "Recent reports"}),
        (("The harbour agency's report will be published on Monday.",),
         {"will be published on": None}),
        # a pronoun before it makes it a verb ('what he claims is a ruse')
        (("The fare rise is what he claims is needed to keep the ferry running.",),
         {"is needed to keep": "Unattributed quotes"}),
        # before a title, a noun that names the title's level ('state Sen.', 'state Rep.')
        (("The plan drew a reply from Liberal state Sen. Ana Ruiz, who spoke on Monday.",),
         {"Sen. Ana Ruiz": None}),
        (("Liberals state Ana Ruiz will lose the seat in the spring election.",),
         {"Ana Ruiz will lose": "Liberals"}),  # near miss: a verb before a name alone
    ],
    # a bare speech verb after a causative verb and its object names speech that was caused or
    # allowed, not reported ('threatened to make Bell testify, should he fail …')
    "caused-not-reported": [
        (("The council threatened to make Bell testify in public, should he refuse the ferry "
          "plan again.",), {"he refuse the ferry": None}),
        (("The mayor would not let Ruiz explain that the ferry had been unsafe for years.",),
         {"the ferry had been": None}),
        (("The owners had Bell tell the crew that the ferry would not sail.",),
         {"the ferry would not": None}),
        (("Neighbours heard Bell tell the crew that the ferry would not sail.",),
         {"the ferry would not": "Bell"}),  # perceived speech is reported
        # a bare verb after a plain subject still reports ('Critics say …')
        (("Critics of the plan say the ferry will not run all winter.",),
         {"the ferry will not": "critics of the plan"}),
    ],
    # a time after the verb ending the sentence ('later that night') is no content: the
    # quotation before the verb is what was said
    "time-after-the-verb": [
        (("Bell spoke on Monday.", '"We will win the vote!" Bell tweeted later that night.'),
         {"We will win the": "Bell", "later that night": None}),
        (("Bell spoke on Monday.", '"Is the ferry safe?" Ruiz asked earlier that week.'),
         {"Is the ferry safe?": "Ruiz", "earlier that week": None}),
        # near misses: the time opens a reported content that goes on, or a comma ends the quote
        (("Bell said later that week the ferry would not sail.",),
         {"later that week the": "Bell"}),
        (("Bell spoke on Monday.", '"We will win the vote," Bell said later that day.'),
         {"We will win the": "Bell"}),
    ],
    # a crowd or an audience answering as one, and a source described as retired, speak
    "crowds-and-retired-sources": [
        (("Ana Ruiz spoke on Monday.", '"Pay for the ferry!" the crowd shouted back.'),
         {"Pay for the ferry!": "the crowd"}),
        (("Ana Ruiz spoke on Monday.", '"Why is the ferry late?" asked a retired Navy officer.'),
         {"Why is the ferry": "a retired Navy officer"}),
        (("Ana Ruiz spoke on Monday.", '"Bring back the ferry!" the audience yelled.'),
         {"Bring back the ferry!": "the audience"}),
        # near misses: 'retired' as a verb, a crowd that is only described, say nothing
        (("Bell retired in May. \"We will win the vote,\" Bell said.",),
         {"We will win the": "Bell"}),
        (("The crowd in the hall was large. \"We will win the vote,\" Bell said.",),
         {"We will win the": "Bell", "The crowd in the": None}),
    ],
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(REPORTED_SHAPES))
def test_reported_speech_shapes(paragraphs, expected):
    check(paragraphs, expected)


# -- reported speech that opens a quotation runs to its closing mark: the quoted words, past a
# sentence end, a comma clause or a dash, are still the speaker's --
@pytest.mark.parametrize(("paragraph", "quotation"), [
    ("Ana Ruiz said after the long crossing from the island on Monday morning that the new "
     'ferry was "unlike any boat. It is fast." The ferry sails on Monday.',
     "unlike any boat. It is fast."),
    ("Ana Ruiz said after the long crossing from the island on Monday morning that the port "
     'will gain "new routes, while the town will have better ferries."',
     "new routes, while the town will have better ferries."),
    ('Ana Ruiz said the port has what the town needs: "Patience -- a great deal of patience, '
     'and some money."', "Patience -- a great deal of patience, and some money."),
])
def test_reported_speech_runs_to_the_end_of_its_quotation(paragraph, quotation):
    (quotes,) = said(paragraph).values()
    assert len(quotes) == 1 and quotation in quotes[0], quotes


# -- a semicolon inside brackets ('40m euros ($52m; £34m)') ends no clause --
@pytest.mark.parametrize(("paragraph", "start", "end"), [
    ("The ferry company said its profit rose 12% to 40m euros ($52m; £34m) in the year to "
     "March.", "its profit rose", "to March"),
    ("A total of 2m euros ($2.6m; £1.7m) is set aside for repairs to the old pier, the "
     "harbour office said.", "A total of", "old pier"),
])
def test_a_semicolon_inside_brackets_does_not_cut_reported_speech(paragraph, start, end):
    (quotes,) = said(paragraph).values()
    assert len(quotes) == 1 and quotes[0].startswith(start), quotes
    assert quotes[0].rstrip(".").endswith(end), quotes


# -- a wire story's dateline is where it was filed, not part of what was said --
@pytest.mark.parametrize(("lead", "content"), [
    ("HARBOURTON — The ferry will stop running in January, Mayor Ana Ruiz said Thursday.",
     "The ferry will stop running in January"),
    ("HARBOURTON (CP) -- The ferry will stop running in January, Mayor Ana Ruiz said.",
     "The ferry will stop running in January"),
    ("PORT ALDER, N.S. - The ferry will stop running in January, Mayor Ana Ruiz said.",
     "The ferry will stop running in January"),
    # near misses: capitals that are the content's own words, and no dash, stay
    ("NATO will stop its ferry patrols in January, Mayor Ana Ruiz said Thursday.",
     "NATO will stop its ferry patrols in January"),
    ("CBC-TV will stop its ferry reports in January, Mayor Ana Ruiz said Thursday.",
     "CBC-TV will stop its ferry reports in January"),
])
def test_a_dateline_is_not_part_of_the_lead_s_reported_speech(lead, content):
    assert said(lead, "The council meets again in March.") == {"Ana Ruiz": [content]}


# -- a participle clause before the subject tells when or how, not what was said --
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Asked whether the ferry would run in January, Mayor Ana Ruiz said no.", {}),
    ("Speaking to reporters at the harbour on Monday, Mayor Ana Ruiz said nothing.", {}),
    ("When asked about the cost of the new pier, Mayor Ana Ruiz said no.", {}),
    ("Asked about the delay, Mayor Ana Ruiz said the ferry would run in January.",
     {"Ana Ruiz": ["the ferry would run in January."]}),
    # near misses: a subject that opens with a participle is the content's own
    ("Reduced fares will bring the riders back in spring, Mayor Ana Ruiz said.",
     {"Ana Ruiz": ["Reduced fares will bring the riders back in spring"]}),
    ("Leaving the harbour is not an option for the town, Mayor Ana Ruiz said.",
     {"Ana Ruiz": ["Leaving the harbour is not an option for the town"]}),
    ("Leaving them behind is not an option for the town, Mayor Ana Ruiz said.",
     {"Ana Ruiz": ["Leaving them behind is not an option for the town"]}),
    ("Indeed, the ferry will run again in spring, Mayor Ana Ruiz said.",
     {"Ana Ruiz": ["Indeed, the ferry will run again in spring"]}),
])
def test_a_participle_clause_before_the_speaker_is_not_what_was_said(sentence, expected):
    assert said(sentence) == expected


# -- the subject of a participle's speech ('…, saying …') stands after a fronted participle
# clause, however many commas it holds, never the participle itself --
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Pressed by reporters, Ana Ruiz defended the plan, saying the ferry would run all winter.",
     {"Ana Ruiz": ["the ferry would run all winter."]}),
    ("Chastened by the polls, as well as complaints over the fares, Ana Ruiz changed her plan, "
     "saying the ferry would run all winter.", {"Ana Ruiz": ["the ferry would run all winter."]}),
    # near misses: a plain subject, and an opening adverbial that is no participle
    ("Ana Ruiz defended the plan, saying the ferry would run all winter.",
     {"Ana Ruiz": ["the ferry would run all winter."]}),
    ("During the debate, Ana Ruiz defended the plan, saying the ferry would run all winter.",
     {"Ana Ruiz": ["the ferry would run all winter."]}),
])
def test_the_subject_after_a_fronted_participle_clause_speaks(sentence, expected):
    assert said(sentence) == expected


# -- near misses of reported speech: belief, 'said' as an adjective or a passive, 'so-called' --
@pytest.mark.parametrize("sentence", [
    "Ana Ruiz believes the ferry will run all winter long.",
    "Ana Ruiz thinks the ferry should run all winter long.",
    "Ana Ruiz is said to be the best harbour master in years.",
    "The so-called harbour tax will rise again in the spring.",
    "The said property was sold to the harbour board in May.",
    "As said before, the ferry will not run again this winter.",
])
def test_near_misses_of_reported_speech_report_nothing(sentence):
    assert said(sentence) == {}


# -- a subject of lower-case modifiers and a speaker noun speaks the participle clause --
MODIFIED_SUBJECTS = {
    "modifier": ("The ferry board met on Monday, saying fares would rise in spring.",
                 {"the ferry board": ["fares would rise in spring."]}),
    "two-modifiers": ("The local school board wrote to parents, saying classes would resume.",
                      {"the local school board": ["classes would resume."]}),
    "possessive": ("The city's transit agency issued a notice, saying buses would run late.",
                   {"the city's transit agency": ["buses would run late."]}),
    "auxiliary": ("The island ferry board has asked for patience, saying repairs would take weeks.",
                  {"the island ferry board": ["repairs would take weeks."]}),
}
# near misses: the speaker noun only modifies the head noun, which speaks nothing
NOT_MODIFIED_SUBJECTS = [
    "The unreleased department video has become a rallying point, saying nothing new.",
    "The old police station opened on Monday, saying little about the past.",
]


@pytest.mark.parametrize(("sentence", "expected"), MODIFIED_SUBJECTS.values(),
                         ids=MODIFIED_SUBJECTS.keys())
def test_a_modified_speaker_noun_speaks_the_participle_clause(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_MODIFIED_SUBJECTS)
def test_a_speaker_noun_as_a_modifier_does_not_speak(sentence):
    assert said(sentence) == {}


# 'that' followed by a finite verb or modal is the subject of the reported clause; near misses
# keep 'that' as the complementiser (a subject follows it, or a gerund does)
THAT_SUBJECT = [
    ("Tom Long said that could help families on the island.",
     "that could help families on the island."),
    ("Tom Long told reporters that would cost the town its ferry.",
     "that would cost the town its ferry."),
    ("Tom Long said later that was a mistake by the council.",
     "that was a mistake by the council."),
    ("Tom Long said that seems unfair to the fishers.", "that seems unfair to the fishers."),
    ("Tom Long said that the plan could help families.", "the plan could help families."),
    ("Tom Long said that being near the harbour helped the shops.",
     "being near the harbour helped the shops."),
]


@pytest.mark.parametrize(("sentence", "content"), THAT_SUBJECT)
def test_that_before_a_finite_verb_is_the_subject_of_what_was_said(sentence, content):
    assert said(sentence) == {"Tom Long": [content]}


# -- a sentence opening with its subject in apposition ('ROLE, NAME,' or 'NAME, ROLE,') makes a
# description after the verb its object, not a speaker set after the verb --
APPOSED_SUBJECT_OBJECT = [
    "The harbour's chief engineer, Tom Bell, acknowledged the problem.",
    "Ana Ruiz, the ferry board's chair, admitted the mistake.",
    "The island's longest-serving nurse, Ana Ruiz, confirmed the closure.",
]
# near misses: a speaker after the verb, or the apposition speaking what follows
SPEAKER_AFTER_VERB = {
    "quotation": ('"We will sail at dawn," said the harbour master.',
                  {"the harbour master": ["We will sail at dawn"]}),
    "clause": ("The ferry will sail at dawn, said the harbour master, and the pier will close.",
               {"the harbour master": ["The ferry will sail at dawn"]}),
    "apposed-content": ("Ana Ruiz, the ferry board's chair, said the ferry would sail at dawn.",
                        {"Ana Ruiz": ["the ferry would sail at dawn."]}),
}


@pytest.mark.parametrize("sentence", APPOSED_SUBJECT_OBJECT)
def test_an_object_after_the_verb_of_an_apposed_subject_is_no_speaker(sentence):
    assert said(sentence) == {}


@pytest.mark.parametrize(("sentence", "expected"), SPEAKER_AFTER_VERB.values(),
                         ids=SPEAKER_AFTER_VERB.keys())
def test_a_speaker_after_the_verb_is_still_found(sentence, expected):
    assert said(sentence) == expected


# -- 'added' with its own object ('added another layer') reports nothing, neither after it nor
# before its subject; with a quotation or a clause before it, it reports that --
PLAIN_OBJECT = [
    "To brighten the hall even more, she added another coat of pale paint to the pier.",
    "To finish the meeting, Tom Bell added his name to the list of ferry candidates.",
    "After the storm, the harbour board added 600 new moorings to the marina.",
    # a second verb of the same subject after 'and', a quotation in its clause
    'The harbour board added 600 new moorings and is "still building," Tom Bell said.',
]
CONTENT_BEFORE_ADDED = {
    "quotation": ('"The bridge will open in May," she added.', ["The bridge will open in May"]),
    "clause": ("The bridge will open in May, she added on Monday.",
               ["The bridge will open in May"]),
}


@pytest.mark.parametrize("sentence", PLAIN_OBJECT)
def test_added_with_its_own_object_reports_nothing(sentence):
    assert "added" not in {q.cue for s in find_speakers(article(sentence)) for q in s.quotes}


@pytest.mark.parametrize(("sentence", "content"), CONTENT_BEFORE_ADDED.values(),
                         ids=CONTENT_BEFORE_ADDED.keys())
def test_added_after_what_was_said_still_reports_it(sentence, content):
    assert [q for quotes in said(sentence).values() for q in quotes] == content


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Foreign ministers met on Monday, saying the pier fund would double.", "foreign ministers"),
    ("Harbour campaign chiefs say the ferry vote will be close.", "Harbour campaign chiefs"),
    ("The candidates said the ferry fund would double.", "the candidates"),
])
def test_plural_person_nouns_speak(sentence, speaker):
    assert list(said(sentence)) == [speaker]
