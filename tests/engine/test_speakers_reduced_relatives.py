"""A speaker after a reduced relative clause ('Officials contacted by Harbour News said'), speech
verbs in another sense ('charged with', 'denied bail') and a speaker's second predicate ('…, Ruiz
said, but declined to comment') and documents issued ('issued a statement saying'); every
sentence is invented."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article, listed


def said(text: str) -> list[tuple[str, str]]:
    """(speaker, what they said) for each quote of `text`."""
    return [(s.name, q.text) for s in find_speakers(article(text)) for q in s.quotes]


# -- the noun phrase before a participle and its phrase speaks, not the noun ending the phrase --
REDUCED = [
    ("Officials contacted by Harbour News said the road would reopen.",
     [("officials", "unnamed")]),
    ("Two nurses interviewed by the Ashton Post said the ward was full.",
     [("two nurses", "unnamed")]),
    ("Residents displaced by the fire said the shelter was full.", [("residents", "unnamed")]),
    ("A woman injured in the crash said the lights were out.", [("a woman", "unnamed")]),
    ("People living near the plant say the smell is worse.", [("people", "unnamed")]),
    ("A teacher accused of fraud told reporters she would fight the case.",
     [("a teacher", "unnamed")]),
    # near misses: a survey or letter made by someone speaks for its maker; a participle that
    # modifies a noun ('mining company') or a verb in a relative clause opens no such clause
    ("A survey conducted by the Harbour Institute said most riders were unhappy.",
     [("Harbour Institute", "organisation")]),
    ("Ana Ruiz took over debts from Harbourline, another shipping company that had declared "
     "bankruptcy.", []),
    ("The mayor walked out and reporters said the meeting was over.",
     [("reporters", "unnamed")]),
]


@pytest.mark.parametrize(("text", "expected"), REDUCED)
def test_the_phrase_a_reduced_relative_describes_speaks(text, expected):
    assert listed(text) == expected


# -- 'charged' and 'deny' in their legal and refusing senses report no speech --
OTHER_SENSES = [
    ("The judge denied bail to the driver, saying his release would alarm the public.",
     [("the judge", "his release would alarm the public.")]),
    ("The border agency denied him entry, saying his papers were forged.",
     [("the border agency", "his papers were forged.")]),
    ("A man charged with fraud said he would fight the case.",
     [("a man", "he would fight the case.")]),
    # near misses: a denial or a charge of something said
    ("Ana Ruiz denied that she had met the minister.",
     [("Ana Ruiz", "she had met the minister.")]),
    ('"That is a cover-up," Ana Ruiz charged.', [("Ana Ruiz", "That is a cover-up")]),
    ("Ana Ruiz charged that the minister had lied.", [("Ana Ruiz", "the minister had lied.")]),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SENSES)
def test_charged_and_denied_in_another_sense_report_nothing(text, expected):
    assert said(text) == expected


# -- 'and' or 'but' with a speech verb or a refusal after an interrupting attribution join a
# second predicate to the speaker, not more of what was said; a clause of the content goes on --
SECOND_PREDICATES = [
    ("The ferry is late, Ana Ruiz said, but declined to comment further.",
     [("Ana Ruiz", "The ferry is late")]),
    ("The ferry is late, Ana Ruiz said, but would not say why.",
     [("Ana Ruiz", "The ferry is late")]),
    ("The ferry is late, Ana Ruiz said, and added that crews were short.",
     [("Ana Ruiz", "The ferry is late"), ("Ana Ruiz", "crews were short.")]),
    ('Ana Ruiz called the budget "the hardest in years," but said the town had no choice.',
     [("Ana Ruiz", "the hardest in years"), ("Ana Ruiz", "the town had no choice.")]),
    ('Ana Ruiz described the plan as "a good start" but warned that costs could rise.',
     [("Ana Ruiz", "a good start"), ("Ana Ruiz", "costs could rise.")]),
    # near misses: the content's own clause or phrase after the attribution
    ('Ana Ruiz said the crossing was "slow, but said to be safe."',
     [("Ana Ruiz", 'the crossing was "slow, but said to be safe."')]),
    ("The ferry is late, Ana Ruiz said, but it will run tonight.",
     [("Ana Ruiz", "The ferry is late"), ("Ana Ruiz", "but it will run tonight.")]),
    ("The crews were on their way, Harbour News reports, and rushed in to help.",
     [("Harbour News", "The crews were on their way"),
      ("Harbour News", "and rushed in to help.")]),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_PREDICATES)
def test_a_second_predicate_of_the_speaker_is_not_what_was_said(text, expected):
    assert said(text) == expected


# -- a document that is the object of a verb ('issued a statement saying') speaks for the
# subject of that verb; a role is never read across an article ('issued a statement') --
DOCUMENTS = [
    ("Ana Ruiz issued a statement saying she was in shock.",
     [("Ana Ruiz", "she was in shock.")]),
    ("The driver's family released a statement saying they were in shock.",
     [("the driver's family", "they were in shock.")]),
    ('On Friday, the harbour council issued a statement calling the attack "a cowardly act."',
     [("the harbour council", "a cowardly act.")]),
    # near misses: a document that is the subject itself; a role before a name stays a role
    ("A statement from the harbour council said the pier would close.",
     [("a statement from the harbour council", "the pier would close.")]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_a_document_issued_speaks_for_who_issued_it(text, expected):
    assert said(text) == expected


def test_a_role_before_a_name_is_still_read():
    (speaker,) = find_speakers(article("Retired navy admiral Jo Bell said the pier would close."))
    assert (speaker.name, speaker.role) == ("Jo Bell", "Retired navy admiral")


# -- the time closing an 'according to' source is no part of its name --
@pytest.mark.parametrize(("text", "name"), [
    ("Crossings fell by a third, according to figures released by the harbour board on "
     "Tuesday.", "the harbour board"),
    ("Crossings fell by a third, according to the harbour board last week.", "the harbour board"),
    ("Crossings fell by a third, according to a harbour board report from last year.",
     "a harbour board report"),
    ("Crossings fell by a third, according to the harbour board.", "the harbour board"),
])
def test_a_time_closing_an_according_source_is_no_part_of_it(text, name):
    assert [s.name for s in find_speakers(article(text))] == [name]


# -- 'according to' data, a release or a letter 'from' someone: who published it is the source
@pytest.mark.parametrize(("text", "name"), [
    ("Crossings fell by a third, according to the latest figures from the harbour board.",
     "the harbour board"),
    ("According to a news release from the Harbour Police, the driver was 34.", "Harbour Police"),
    ("According to a letter from her lawyer, the ferry was never inspected.", "her lawyer"),
    ("Crossings fell by a third, according to a report released on Thursday by researchers at "
     "the Harbour Institute of Marine Studies.",
     "researchers at the Harbour Institute of Marine Studies"),
    # near misses: 'from' a time; 'from' after a person, not a document
    ("Crossings fell by a third, according to a harbour board report from May 2023.",
     "a harbour board report"),
    ("According to people from the island, the ferry was never inspected.",
     "people from the island"),
])
def test_who_published_what_according_to_names_is_the_source(text, name):
    assert [s.name for s in find_speakers(article(text))] == [name]


# -- 'the board' after 'the regional health board' is that board, as 'the spokesperson' after
# 'a spokesperson for the city' is; another board named since is the one meant --
@pytest.mark.parametrize(("paragraphs", "speaker"), [
    (("The regional health board said waits had grown.", "The board said it was recruiting."),
     "the regional health board"),
    (("The regional health board said waits had grown.", "The ferry board said it would sail.",
      "The board said it was recruiting."), "the ferry board"),
    (("The regional health board said waits had grown.", "The union said it was recruiting."),
     "the union"),
])
def test_the_noun_of_a_body_described_before_is_that_body(paragraphs, speaker):
    who = {q.text: s.name for s in find_speakers(article(*paragraphs)) for q in s.quotes}
    assert who["it was recruiting."] == speaker


# -- a few words quoted at the end of reported speech: the whole clause is what was said,
# shown as reported with its quotation marks; a quotation that is most of the words is the
# quote itself --
@pytest.mark.parametrize(("text", "quote", "direct"), [
    ('Ana Ruiz said she was "disappointed."', 'she was "disappointed."', False),
    ('Ana Ruiz said the plan was "totally unacceptable."', 'the plan was "totally '
     'unacceptable."', False),
    ('Ana Ruiz said the plan was "a gift to the rich that will bankrupt the harbour."',
     "a gift to the rich that will bankrupt the harbour.", True),
    ('Ana Ruiz said: "The plan is a gift to the rich."', "The plan is a gift to the rich.", True),
])
def test_a_short_quotation_ending_reported_speech_keeps_its_clause(text, quote, direct):
    (speaker,) = find_speakers(article(text))
    assert speaker.name == "Ana Ruiz"
    assert [(q.text, q.direct) for q in speaker.quotes] == [(quote, direct)]


# -- 'said A, adding B' with A ending in a quotation ('"disappointed," adding'): two contents,
# as without the marks --
@pytest.mark.parametrize(("text", "expected"), [
    ('Ana Ruiz said she was "disappointed," adding that the town would keep fighting.',
     [("Ana Ruiz", 'she was "disappointed,"'), ("Ana Ruiz", "the town would keep fighting.")]),
    ('Ana Ruiz said she was "disappointed," adding: "Dunmore will keep fighting for it."',
     [("Ana Ruiz", 'she was "disappointed,"'), ("Ana Ruiz", "Dunmore will keep fighting for it.")]),
    ("Ana Ruiz said she was disappointed, adding that the town would keep fighting.",
     [("Ana Ruiz", "she was disappointed"), ("Ana Ruiz", "the town would keep fighting.")]),
])
def test_a_participle_after_a_closing_quotation_mark_adds_a_content(text, expected):
    assert said(text) == expected


# -- 'According to ROLE, NAME, …': the name in apposition is the source, the description its role
@pytest.mark.parametrize(("text", "expected"), [
    ("According to the city's treasurer, Ana Ruiz, the average homeowner will pay $68 more.",
     [("Ana Ruiz", "the city's treasurer", "the average homeowner will pay $68 more.")]),
    ("According to her lawyer, Tom Bell, the appeal will be filed on Monday.",
     [("Tom Bell", "her lawyer", "the appeal will be filed on Monday.")]),
    # near miss: no name after the description
    ("According to the harbour board, the ferry will run all winter.",
     [("the harbour board", None, "the ferry will run all winter.")]),
])
def test_a_name_apposed_to_an_according_source_is_the_source(text, expected):
    assert [(s.name, s.role, q.text) for s in find_speakers(article(text))
            for q in s.quotes] == expected
