"""Political news shapes: a body ("the campaign") is not its own member; a possessive apposition
("the captain's mother") tells a sex; "labelled … \"…\""; "Ruiz herself said"; clause joints."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check, said, table_cases

TABLES = {
    # 'the campaign', 'the committee': the body, not the person whose role names it
    # ('campaign manager Ana Ruiz' is the campaign's manager)
    "body-not-its-member": [
        (('"The path is narrow," campaign manager Ana Ruiz wrote.',
          '"We will not give up," the campaign said.'),
         {"The path is narrow": "Ana Ruiz", "We will not give": "the campaign"}),
        (('Committee chairman Tom Bell sent the letter on Monday.',
          '"The harbour deserves answers," the committee wrote.'),
         {"The harbour deserves answers": "the committee"}),
        # near misses: a person noun before the name still introduces the person
        (('The club signed rookie defenceman Erik Lind on Monday.',
          '"I just want to play every night," said the rookie defenceman.'),
         {"I just want to": "Erik Lind"}),
        (('"The ferry is late," said harbour spokesman Omar Haddad.',
          '"It will run on Monday," the spokesman added.'),
         {"It will run on": "Omar Haddad"}),
    ],
    # ', the captain's mother': the apposition tells her sex, so 'she' is her, not a
    # namesake of the other sex named before
    "possessive-apposition": [
        (("The mayor criticised Tom Reyes, the father of a soldier, on Sunday.",
          'Reyes, speaking on the radio, did not hold back. "He gave everything," he said.',
          "Ilsabet Reyes, the soldier's mother, wrote a letter on Sunday.",
          '"Nobody from the army called us," she wrote.'),
         {"He gave everything": "Tom Reyes", "Nobody from the army": "Ilsabet Reyes"}),
        (('Ilsabet Reyes, the soldier\'s mother, spoke first. "We miss him," she said.',
          "Tom Reyes, the captain's father, wrote a letter on Sunday.",
          '"Nobody from the army called us," he wrote.'),
         {"We miss him": "Ilsabet Reyes", "Nobody from the army": "Tom Reyes"}),
    ],
    # 'labelled the bill "…"' reports what was said, as 'called' does; the emphatic reflexive
    # after the subject ('Ruiz herself') does not hide it; near misses: labels on things
    "labelled-and-emphatic": [
        (('Ana Ruiz labelled the ferry plan "a total disaster for the harbour" on Monday.',),
         {"a total disaster for": "Ana Ruiz"}),
        (('Ana Ruiz herself called the ferry plan "a total disaster for the harbour".',),
         {"a total disaster for": "Ana Ruiz"}),
        (("Tom Bell himself said the ferry would run all winter.",),
         {"the ferry would run": "Tom Bell"}),
        (("Ana Ruiz labelled the jars of harbour honey before the market opened.",),
         {"the jars of harbour": None}),
        (("The crew labelled every crate with the ferry's name on Monday.",),
         {"every crate with the": None}),
    ],
    # reported speech cut where another attribution starts ends before the joining word, and
    # 'acknowledged and discussed …' reports nothing after 'and'
    "joints": [
        (("Tom Bell urged the council to act as he called the vote \"the biggest in years\".",),
         {"the council to act": "Tom Bell", "the biggest in years": "Tom Bell"}),
        (("Ana Ruiz has acknowledged and discussed the cost of the ferry plan at length.",),
         {"and discussed the cost": None}),
    ],
    # an ad or a video speaks as a statement does ('the ad says'); near misses: the ad talked
    # about, and the plural (its 'they' is the people, not the clips)
    "ad-speaks": [
        (("A new ad from the harbour union hits the mayor.",
          '"The mayor sold the ferry," the ad says. "Can you trust her now?"'),
         {"The mayor sold the": "the ad", "Can you trust her": "the ad"}),
        (('"Nobody on the ferry was hurt," the video says.',),
         {"Nobody on the ferry": "the video"}),
        (("Ana Ruiz said the ad was a lie about the ferry.",),
         {"the ad was a": "Ana Ruiz"}),
    ],
    # 'the memo' is the memo the article named last: one a speaker was quoted from, or a new
    # one nobody was ('A polling memo from … found'), which speaks for itself
    "latest-document": [
        (('"The path is narrow," Ana Ruiz wrote in the memo to donors.',
          "A polling memo from Harbour University found the race was close.",
          '"Neither candidate has a clear lead," the memo said.'),
         {"The path is narrow": "Ana Ruiz", "Neither candidate has a": "the memo"}),
        (("In a statement, the harbour ministry said the ferry would run all winter.",
          '"We will keep every crossing safe," the statement said.'),
         {"We will keep every": "the harbour ministry"}),
    ],
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)


@pytest.mark.parametrize("joint", ["as", "while", "because"])
def test_reported_speech_cut_by_another_attribution_ends_before_the_joining_word(joint):
    found = said(f'Tom Bell urged the council to act {joint} Ana Ruiz called the vote '
                 '"the biggest in years".')
    assert found["Tom Bell"] == ["the council to act"]
