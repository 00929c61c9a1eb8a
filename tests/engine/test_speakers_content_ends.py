"""Where reported speech ends: the clause a reader marks as said, not the writer's aside."""

from __future__ import annotations

import pytest

from tests.engine.helpers import said

# (sentence, the speaker, their one quotation exactly); invented sentences, each rule with a
# near miss that still ends where it did
CONTENT_ENDS = {
    # a preposition in -ing opens a phrase of the noun before it, not the writer's clause
    "ing-preposition": [
        ("Ana Ruiz said the port should keep its old routes, including those to the islands.",
         "Ana Ruiz", "the port should keep its old routes, including those to the islands."),
        ("Ana Ruiz said the port would cut its fares, excluding the winter routes.",
         "Ana Ruiz", "the port would cut its fares, excluding the winter routes."),
        ("Ana Ruiz said the port should keep its old routes, citing the islands' needs.",
         "Ana Ruiz", "the port should keep its old routes"),
    ],
    # speech in a sentence's opening subordinate clause ends where the main clause begins
    "fronted-clause": [
        ("While Ana Ruiz has said the ferry will run all winter, the port is selling two boats.",
         "Ana Ruiz", "the ferry will run all winter"),
        ("When Ana Ruiz noted that the fares had doubled — as they had in 2019 — the mayor "
         "left the room.", "Ana Ruiz", "the fares had doubled"),
        ("Although Tom Bell insists the bridge is safe, engineers closed it on Monday.",
         "Tom Bell", "the bridge is safe"),
        ("When asked, Ana Ruiz said the ferry would run in May, June and July.",
         "Ana Ruiz", "the ferry would run in May, June and July."),
        ("Ana Ruiz said the ferry would run in May, June and July.",
         "Ana Ruiz", "the ferry would run in May, June and July."),
    ],
    # after a comma, 'then' or 'later' and a finite verb of saying join a second report to
    # the speaker, as 'and' does; a bare verb goes on with what was said, as does a clause
    "then-second-report": [
        ("Ana Ruiz said the ferry plan was \"a sham,\" then told reporters it would \"never "
         "sail.\"", "Ana Ruiz", ["the ferry plan was \"a sham,\"", "never sail."]),
        ("Tom Bell said fares were \"too high,\" then added that islanders had \"paid "
         "enough.\"", "Tom Bell", ["fares were \"too high,\"", "paid enough."]),
        ("Ana Ruiz said the port was broke, later telling council it would sell two boats.",
         "Ana Ruiz", ["the port was broke", "it would sell two boats."]),
        ("Ana Ruiz said she would meet the mayor, then tell reporters what was agreed.",
         "Ana Ruiz", ["she would meet the mayor, then tell reporters what was agreed."]),
        ("Tom Bell said the ferry would dock, then the crew would rest.",
         "Tom Bell", ["the ferry would dock, then the crew would rest."]),
    ],
    # after a comma, a word of time ('before', 'after', 'while') and a participle of saying
    # open the speaker's second report, as ', adding' does; without the comma the phrase may
    # belong to what was said
    "time-participle": [
        ("Ana Ruiz said the audit was \"badly flawed,\" before adding that the port would "
         "\"cooperate fully.\"", "Ana Ruiz", ["the audit was \"badly flawed,\"",
                                               "the port would \"cooperate fully.\""]),
        ("Tom Bell said the fares would rise, while insisting that islanders would pay least.",
         "Tom Bell", ["the fares would rise", "islanders would pay least."]),
        ("Ana Ruiz said she would read the audit before commenting on the fares.",
         "Ana Ruiz", ["she would read the audit before commenting on the fares."]),
    ],
    # a quotation opening what was said is all of it when the writer's time, place or (after
    # a comma) second clause follows; not when a verb follows or 'and' joins a subject
    "quotation-first": [
        ("Ana Ruiz said \"no\" when asked if she would run again.", "Ana Ruiz", ["no"]),
        ("Tom Bell said \"yes,\" and the hall broke into applause.", "Tom Bell", ["yes"]),
        ("Ana Ruiz said \"the ferry is finished\" at a meeting in Port Reeve on Monday night.",
         "Ana Ruiz", ["the ferry is finished"]),
        ("Tom Bell said \"we will see\" as he left the hall.", "Tom Bell", ["we will see"]),
        ("Tom Bell said \"we will sell the boat\" after the vote.", "Tom Bell",
         ["\"we will sell the boat\" after the vote."]),
        ("Ana Ruiz said \"maybe\" but declined to say more.", "Ana Ruiz", ["maybe"]),
        ("Ana Ruiz said \"the ferry\" is finished for good.", "Ana Ruiz",
         ["\"the ferry\" is finished for good."]),
        ("Tom Bell said \"new tolls\" and the sale of a boat would pay for the pier.",
         "Tom Bell", ["\"new tolls\" and the sale of a boat would pay for the pier."]),
        ("Ana Ruiz said \"the fares were too high\" and that she would cut them.", "Ana Ruiz",
         ["\"the fares were too high\" and that she would cut them."]),
    ],
    # 'to' and a quotation after a verb of promising quote what was promised; without the
    # quotation, or after another verb, no speech
    "quoted-promise": [
        ("Ana Ruiz vowed to \"fight for every ferry route\" in the final week.", "Ana Ruiz",
         ["fight for every ferry route"]),
        ("Tom Bell promised to \"fix every road in Port Reeve\" by spring.", "Tom Bell",
         ["fix every road in Port Reeve"]),
        ("Ana Ruiz promised to fix every road in the city by spring.", "Ana Ruiz", None),
        ("Ana Ruiz wrote to \"The Harbour Times\" last week.", "Ana Ruiz", None),
    ],
    # 'where' after a comma describes a noun of what was said
    "where-relative": [
        ("Ana Ruiz said the plan would mean higher fares, where the islands would pay most.",
         "Ana Ruiz", "the plan would mean higher fares, where the islands would pay most."),
        ("Ana Ruiz said the plan would mean higher fares, which the council denied.",
         "Ana Ruiz", "the plan would mean higher fares"),
    ],
    # after a verb of saying in the past, a relative clause with its own subject in the
    # backshifted tense ('had', 'would') goes on with what was said; another tense, no subject
    # of its own, or a present verb of saying: the writer's
    "backshifted-relative": [
        ("Ana Ruiz said the union had proposed crew ratios, which the province had rejected.",
         "Ana Ruiz", "the union had proposed crew ratios, which the province had rejected."),
        ("Tom Bell said the board wanted a second ferry, which the town would pay for.",
         "Tom Bell", "the board wanted a second ferry, which the town would pay for."),
        ("Ana Ruiz argued that the port needed a new pier, which Ottawa had promised in 2019.",
         "Ana Ruiz", "the port needed a new pier, which Ottawa had promised in 2019."),
        ("Tom Bell said the board wanted a second ferry, which had dominated the campaign.",
         "Tom Bell", "the board wanted a second ferry"),  # no subject of its own: the writer's?
        ("Ana Ruiz says the ferry runs twice a day, which would suit commuters.",
         "Ana Ruiz", "the ferry runs twice a day"),
        ("Tom Bell said the pier was closed, which was the third closure this year.",
         "Tom Bell", "the pier was closed"),
        ("Tom Bell said the pier was closed, which, he had hoped, would not happen.",
         "Tom Bell", "the pier was closed"),
    ],
    # after a verb of saying in the present, a participle of result ('helping', 'allowing')
    # goes on with what was said; after a past verb, another participle or with a pronoun
    # helped, the writer's
    "result-participle": [
        ("Ana Ruiz says shoppers are buying store brands, helping the chain hold on to sales.",
         "Ana Ruiz", "shoppers are buying store brands, helping the chain hold on to sales."),
        ("Tom Bell says the ferry will run all winter, allowing islanders to reach the mainland.",
         "Tom Bell", "the ferry will run all winter, allowing islanders to reach the mainland."),
        ("Ana Ruiz said shoppers were buying store brands, helping the chain hold on to sales.",
         "Ana Ruiz", "shoppers were buying store brands"),
        ("Tom Bell says the ferry will run all winter, citing a new budget.",
         "Tom Bell", "the ferry will run all winter"),
        ("Tom Bell says the ferry will run all winter, helping him win the vote.",
         "Tom Bell", "the ferry will run all winter"),
    ],
    # ', but' and a preposition (or 'not') contrast a phrase with what was said
    "but-phrase": [
        ("Ana Ruiz has called for lower fares, but on the island routes only.",
         "Ana Ruiz", "lower fares, but on the island routes only."),
        ("Ana Ruiz said the ferry would run all year, but not in the worst storms.",
         "Ana Ruiz", "the ferry would run all year, but not in the worst storms."),
        ("Ana Ruiz said the ferry would run all year, but the council disagreed.",
         "Ana Ruiz", "the ferry would run all year"),
        ("Ana Ruiz said the ferry would run all year, and in Leeds, the buses were cut.",
         "Ana Ruiz", "the ferry would run all year"),
    ],
    # another speaker in a parenthesis between dashes does not end the content around it
    "dash-parenthesis": [
        ("Critics note that Ruiz — even as she says her years at the port make her the best "
         "judge — has proposed little in the way of reform.", "critics",
         "Ruiz — even as she says her years at the port make her the best judge — has proposed "
         "little in the way of reform."),
        ("Critics note that the fares went up in May — Ana Ruiz says they will fall in June.",
         "critics", "the fares went up in May"),
    ],
    # after a name, an article and a relative clause explain the name: the writer's words
    "name-explained": [
        ("Ana Ruiz said the port would work with Harbourlink, the firm that runs the ferry.",
         "Ana Ruiz", "the port would work with Harbourlink"),
        ("Ana Ruiz said Harbourlink, the ferry firm, would run the winter routes.",
         "Ana Ruiz", "Harbourlink, the ferry firm, would run the winter routes."),
        ("Ana Ruiz said the port would work with the firm, the one that runs the ferry.",
         "Ana Ruiz", "the port would work with the firm, the one that runs the ferry."),
    ],
    # a form in -s after 'many' and a capitalised word is a plural noun, not a new speaker's verb
    "plural-noun": [
        ("Tom Bell responded that the port cites so many Liberal claims as false because they "
         "lack context.", "Tom Bell",
         "the port cites so many Liberal claims as false because they lack context."),
        ("Several Liberal MPs claim that the port has hidden its losses from the council.",
         "Liberal MPs", "the port has hidden its losses from the council."),
    ],
}


@pytest.mark.parametrize(("sentence", "speaker", "quotation"), [
    pytest.param(*row, id=f"{kind}-{n}")
    for kind, rows in CONTENT_ENDS.items() for n, row in enumerate(rows)])
def test_reported_speech_ends_where_the_clause_said_ends(sentence, speaker, quotation):
    expected = quotation if isinstance(quotation, list) or quotation is None else [quotation]
    assert said(sentence).get(speaker) == expected
