"""What a listed quotation covers: the words a reader marks as said, to where the clause ends."""

from __future__ import annotations

import pytest

from tests.engine.helpers import said

# (sentence, the speaker, their quotations exactly); invented sentences, each rule with near
# misses that still end where they did
BOUNDS = {
    # a subordinate clause opening what was said is followed by its main clause: the comma
    # between them ends nothing, even before a gerund subject
    "opening-clause": [
        ("Tom Bell said that though the move was smooth, replacing the mayor would be harder.",
         "Tom Bell", ["though the move was smooth, replacing the mayor would be harder."]),
        ("Ana Ruiz said if the vote fails, holding a second one would cost the town dearly.",
         "Ana Ruiz", ["if the vote fails, holding a second one would cost the town dearly."]),
        ("Tom Bell said the move was smooth, replacing the mayor who had left in May.",
         "Tom Bell", ["the move was smooth"]),
        ("Ana Ruiz said the vote had failed, holding up the budget for a month.",
         "Ana Ruiz", ["the vote had failed"]),
    ],
    # an attribution set off after a sentence's opening subordinate clause: the words after it
    # are the main clause, said too, even when they open with a gerund; a participle of the
    # speaker's ('adding that'), or after a main clause, is not
    "main-clause-after-attribution": [
        ("Though the move was smooth, Tom Bell said, replacing the mayor would be harder.",
         "Tom Bell", ["Though the move was smooth", "replacing the mayor would be harder."]),
        ("If the vote fails, Ana Ruiz said, holding a second one would cost the town dearly.",
         "Ana Ruiz", ["If the vote fails", "holding a second one would cost the town dearly."]),
        ("The vote failed, Tom Bell said, holding up the budget for a month.",
         "Tom Bell", ["The vote failed"]),
        ("If the vote fails, Tom Bell said, adding that a second one would cost more.",
         "Tom Bell", ["If the vote fails", "a second one would cost more."]),
    ],
    # American style sets the comma inside the closing mark: before 'but' or 'yet' it is the
    # host sentence's comma, and a second predicate of the speaker's ends what was said there
    # as it does after a comma outside the marks; a clause of the content's own goes on
    "comma-inside-the-mark": [
        ('Ana Ruiz said the marchers want the city to give them "answers for Ellen," but '
         "pledged to stay calm.", "Ana Ruiz",
         ['the marchers want the city to give them "answers for Ellen,"']),
        ('Tom Bell said the old ferry was "slow and loud," yet refused to sell it.',
         "Tom Bell", ['the old ferry was "slow and loud,"']),
        ('Tom Bell said the old ferry is "slow and loud," but it is safe to sail.',
         "Tom Bell", ['the old ferry is "slow and loud," but it is safe to sail.']),
        ('Tom Bell said the old ferry is "slow, but safe to sail."',
         "Tom Bell", ['the old ferry is "slow, but safe to sail."']),
    ],
    # verbs joined by 'and' share their form: after 'told' or 'says', a speech verb's bare
    # form ('state', 'report', 'ask') is a noun, an adjective or an infinitive of the content
    "bare-form-after-and": [
        ("Ana Ruiz told the Courier it is clear that hacking of the Harbour Board, the Lakes "
         "Authority and state offices in Kent can be traced to one group.", "Ana Ruiz",
         ["it is clear that hacking of the Harbour Board, the Lakes Authority and state offices "
          "in Kent can be traced to one group."]),
        ("Tom Bell said the plan was to bring the growers to one hall and ask them for help.",
         "Tom Bell", ["the plan was to bring the growers to one hall and ask them for help."]),
        ("Ana Ruiz said the ferry was safe and stated that it would sail in May.",
         "Ana Ruiz", ["the ferry was safe", "it would sail in May."]),
        ("Ana Ruiz says the ferry is safe and claims it will sail in May.",
         "Ana Ruiz", ["the ferry is safe"]),
        ("The growers claimed the levy was unfair and claim they have been ignored since May.",
         "the growers", ["the levy was unfair"]),
        ("The board stated it would shut the pier and would respond within two days.",
         "the board", ["it would shut the pier and would respond within two days."]),
        ("Tom Bell has admitted fraud and will testify later in the trial.", "Tom Bell", None),
    ],
    # after 'told', a noun phrase then a subject pronoun (or 'that' and one): no noun phrase
    # goes on with a pronoun, so who was told ends there and the clause told opens; a story
    # or the truth is what was told, its relative clause no speech of its own
    "hearer-before-pronoun": [
        ("Tom Bell told the inquiry he had seen the boat leave at dawn.",
         "Tom Bell", ["he had seen the boat leave at dawn."]),
        ("Ana Ruiz told a packed town hall they would get a new pier by May.",
         "Ana Ruiz", ["they would get a new pier by May."]),
        ("Tom Bell told the inquiry that he had seen the boat leave at dawn.",
         "Tom Bell", ["he had seen the boat leave at dawn."]),
        ("Tom Bell told the panel that the boat had left at dawn.",
         "Tom Bell", ["the boat had left at dawn."]),
    ],
    # ', but' or ', yet' and the modal the content used: a second predicate of the content's
    # subject, left out; a refusal ('but would not say'), a verb of saying, another modal or
    # none after a past: the speaker's or the writer's
    "shared-modal": [
        ("The Water Board says the levy would cut revenue at first, but would raise $8 million "
         "over ten years.", "Water Board",
         ["the levy would cut revenue at first, but would raise $8 million over ten years."]),
        ("Tom Bell said the ferry will run in May, yet will stop in June.",
         "Tom Bell", ["the ferry will run in May, yet will stop in June."]),
        ("Ana Ruiz said the levy would cut revenue, but would not say by how much.",
         "Ana Ruiz", ["the levy would cut revenue"]),
        ("Ana Ruiz said the levy would cut revenue, but could not give a figure.",
         "Ana Ruiz", ["the levy would cut revenue"]),
        ("Ana Ruiz said the levy would cut revenue, but would add that rates might fall.",
         "Ana Ruiz", ["the levy would cut revenue"]),
        ("Tom Bell said the ferry ran in May, but would stop in June.",
         "Tom Bell", ["the ferry ran in May"]),
    ],
    # gerunds a preposition of the content took, listed with commas and 'and': the comma is the
    # list's and a gerund after 'and' is no second predicate ('and shouting' is not 'and
    # shouted'); a participle of the speaker's, or one with no 'and' after it, still ends it
    "gerund-series": [
        ("The lawyer said Tom Bell was known for getting drunk, playing loud music and shouting "
         "at his neighbours.", "the lawyer",
         ["Tom Bell was known for getting drunk, playing loud music and shouting at his "
          "neighbours."]),
        ("Ana Ruiz said the firm saved money by cutting staff, selling two boats and closing a "
         "pier.", "Ana Ruiz",
         ["the firm saved money by cutting staff, selling two boats and closing a pier."]),
        ("Ana Ruiz said the firm saved money by cutting staff, selling two boats in May.",
         "Ana Ruiz", ["the firm saved money by cutting staff"]),
        ("Ana Ruiz said prices were rising, pushing costs up and hurting sales.",
         "Ana Ruiz", ["prices were rising"]),
        ("Tom Bell denied breaking the rules, saying he was away and calling it absurd.",
         "Tom Bell", ["he was away"]),
    ],
    # ', and' then a subject pronoun and the present or a modal: the tense of what was said,
    # not the story's past, so it goes on (as after ', but'); a past, the writer's doubt or a
    # refusal ends it
    "and-in-the-tense-said": [
        ("Fairfax Check announced it will have ten checkers at the debate, and it will all be "
         "done live.", "Fairfax Check",
         ["it will have ten checkers at the debate, and it will all be done live."]),
        ("The firm said the changes would speed up decisions, and it also may sell two boats.",
         "the firm", ["the changes would speed up decisions, and it also may sell two boats."]),
        ("Ana Ruiz said the pier would reopen in May, and it did.",
         "Ana Ruiz", ["the pier would reopen in May"]),
        ("Ana Ruiz said the pier would reopen in May, and it is unclear why.",
         "Ana Ruiz", ["the pier would reopen in May"]),
        ("Ana Ruiz said the pier would reopen in May, and she would not say more.",
         "Ana Ruiz", ["the pier would reopen in May"]),
    ],
    # a time between 'called' and 'for' tells when the demand was made: what was demanded
    # opens after 'for'; help summoned is no demand
    "time-before-for": [
        ("Ana Ruiz called Friday for releasing the harbour videos.",
         "Ana Ruiz", ["releasing the harbour videos."]),
        ("Ana Ruiz called on Monday for an inquiry into the fire.",
         "Ana Ruiz", ["an inquiry into the fire."]),
        ("Ana Ruiz called for releasing the harbour videos.",
         "Ana Ruiz", ["releasing the harbour videos."]),
        ("Ana Ruiz called Friday for help.", "Ana Ruiz", None),
    ],
    # 'a request', 'a claim' summing up what was said, then a reduced relative with a
    # quantifier for subject or 'not': the writer's apposition; a phrase of the noun's own
    # ('a request from the council') may be the speaker's
    "writer-sums-up": [
        ("Ana Ruiz asked the residents to stay home, a request many ignored.",
         "Ana Ruiz", ["the residents to stay home"]),
        ("Ana Ruiz said the pier would close in May, a claim not backed by the council.",
         "Ana Ruiz", ["the pier would close in May"]),
        ("Ana Ruiz said the pier would close in May, a move some called reckless.",
         "Ana Ruiz", ["the pier would close in May"]),
        ("Ana Ruiz said she would sell the pier, a request from the council.",
         "Ana Ruiz", ["she would sell the pier, a request from the council."]),
    ],
    # a lone dash before examples or a range of the noun before it ('— including …', '— such
    # as …', '— from A to B') goes on with what was said; before a clause, it ends it
    "dash-elaboration": [
        ("Ana Ruiz said the port needs new boats — including two for the island routes.",
         "Ana Ruiz", ["the port needs new boats — including two for the island routes."]),
        ("Ana Ruiz argued that the town should plan for a successor — from a petition rule to a "
         "way of taking nominations.", "Ana Ruiz",
         ["the town should plan for a successor — from a petition rule to a way of taking "
          "nominations."]),
        ("Ana Ruiz said the port needs new boats — such as the ones Halifax bought.",
         "Ana Ruiz", ["the port needs new boats — such as the ones Halifax bought."]),
        ("Ana Ruiz said the port needs new boats — and the council agreed.",
         "Ana Ruiz", ["the port needs new boats"]),
        ("Ana Ruiz said the port needs new boats — from Monday the old ones will stop.",
         "Ana Ruiz", ["the port needs new boats"]),
    ],
    # what was said is a noun phrase with no verb of its own: a past form after 'and' taking
    # an object or 'to' is the speaker's second predicate; an adjective before its noun, or a
    # content with a verb of its own, goes on
    "object-then-predicate": [
        ("The council has promised a veto and attempted to make the case that the bill is bad.",
         "the council", ["a veto"]),
        ("The council promised a new pier and built it in May.", "the council", ["a new pier"]),
        ("The council promised new roads and improved schools for the north end.",
         "the council", ["new roads and improved schools for the north end."]),
        ("Ana Ruiz said prices rose and fell all spring.",
         "Ana Ruiz", ["prices rose and fell all spring."]),
    ],
}


@pytest.mark.parametrize(("sentence", "speaker", "quotations"), [
    pytest.param(*row, id=f"{kind}-{n}")
    for kind, rows in BOUNDS.items() for n, row in enumerate(rows)])
def test_a_quotation_covers_the_clause_said(sentence, speaker, quotations):
    assert said(sentence).get(speaker) == quotations


def test_a_story_told_is_no_hearer():
    # 'he had heard' is a relative clause of the story, never the clause told
    quotes = said("Tom Bell told the story he had heard as a boy at the pier.").get("Tom Bell", [])
    assert "he had heard as a boy at the pier." not in quotes
