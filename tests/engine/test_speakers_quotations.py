"""Each quotation shown once and within its own bounds, in invented sentences (none from a
corpus): each table is one rule, with the near misses it must leave alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED
from tests.engine.helpers import said, table_cases

# -- a quote inside another quote is part of it: each word shown once --
SHOWN_ONCE = [
    (('"We\'re not going to stand by," Ford said, adding that the province "will act."',),
     {"Ford": ["We're not going to stand by", 'the province "will act."']}),
    (('"The ferry runs late," Ruiz said, noting that the crews were "stretched thin."',),
     {"Ruiz": ["The ferry runs late", 'the crews were "stretched thin."']}),
    # the words quoted inside what Ruiz is reported to say are Ruiz's, not Ford's
    (('"We are not going to stand by," Ford said, and Ruiz added that the province "will act."',),
     {"Ford": ["We are not going to stand by"], "Ruiz": ['the province "will act."']}),
    # near misses: reported speech inside reported speech keeps its own speaker, a quotation
    # inside a quotation is not split off, and two quotations of one speaker stay two
    (("Ruiz said Ford told her the ferry would run late every day.",),
     {"Ruiz": ["Ford told her the ferry would run late every day."],
      "Ford": ["the ferry would run late every day."]}),
    (('"Ford told me, \'The ferry will run late every day,\'" Ruiz said.',),
     {"Ruiz": ["Ford told me, 'The ferry will run late every day,'"]}),
    (('"The ferry runs late," Ruiz said. "The crews are stretched thin."',),
     {"Ruiz": ["The ferry runs late", "The crews are stretched thin."]}),
]


# -- reported speech inside a relative clause ends with the clause: the main verb is the
# writer's ('left early') --
RELATIVE_CLAUSE = [
    (('Ruiz, who said the bridge "must be fixed by spring," left early.',),
     {"Ruiz": ["must be fixed by spring"]}),
    (("Ruiz, who said the bridge must be fixed by spring, left early.",),
     {"Ruiz": ["the bridge must be fixed by spring"]}),
    (("Ruiz, who has said the bridge must be fixed by spring, will chair the meeting.",),
     {"Ruiz": ["the bridge must be fixed by spring"]}),
    (("Ana Ruiz, who said that when the river rises, the bridge floods, left early.",),
     {"Ana Ruiz": ["when the river rises, the bridge floods"]}),
    (("Ruiz, who said the bridge must be fixed by spring, told reporters the ferry was slow.",),
     {"Ruiz": ["the bridge must be fixed by spring", "the ferry was slow."]}),
    # near misses: the clause ends the sentence, or no relative clause holds the verb
    (("The mayor met Ruiz, who said the bridge must be fixed by spring.",),
     {"Ruiz": ["the bridge must be fixed by spring."]}),
    (("Ruiz, who chairs the council, said the bridge must be fixed by spring, rain or not.",),
     {"Ruiz": ["the bridge must be fixed by spring, rain or not."]}),
    (("Ruiz said that when the river rises, the bridge floods every spring.",),
     {"Ruiz": ["when the river rises, the bridge floods every spring."]}),
]


# -- 'accused X of "…"' with a quotation is speech by the accuser; in the passive, by nobody --
ACCUSED = [
    (('The vote drew a swift reply from Sen. Ana Ruiz, who accused Tom Bell of "fearmongering '
      'for clicks."',),
     {"Ana Ruiz": ["fearmongering for clicks."]}),
    (('Ana Ruiz accused Tom Bell of "lying to the whole town."',),
     {"Ana Ruiz": ["lying to the whole town."]}),
    # near misses: no quotation; the passive ('was accused of', 'was called')
    (("Ana Ruiz accused Tom Bell of lying to the whole town.",), {}),
    (('Tom Bell was accused of "gross negligence" by the ferry board.',), {}),
    (('Tom Bell was called "a liar" by the ferry board.',), {}),
]

# -- an adverb between the verb and what was said is the writer's: the content starts after
# it and the complementiser --
ADVERB_BEFORE_CONTENT = [
    (('Ford has said repeatedly that he is "not going to stand by."',),
     {"Ford": ["not going to stand by."]}),
    (("Ford said again on Monday that the ferry would run late all winter.",),
     {"Ford": ["the ferry would run late all winter."]}),
    (("Ford said firmly that the ferry was a disgrace.",),
     {"Ford": ["the ferry was a disgrace."]}),
    (("Ford said repeatedly he would not stand by while the ferry fails.",),
     {"Ford": ["he would not stand by while the ferry fails."]}),
    (('Ford said bluntly: "The ferry is a disgrace."',),
     {"Ford": ["The ferry is a disgrace."]}),
    # (one statement around its attribution, shown 'The truth … was that …': s9-reported-2)
    (("The truth, the mayor said then, was that the ferry had failed twice.",),
     {"the mayor": ["The truth, the mayor said then, was that the ferry had failed twice."]}),
    # near misses: a word in -ly that is a noun's modifier, and 'that' before a time
    (("Ford said family members would ride the ferry for free.",),
     {"Ford": ["family members would ride the ferry for free."]}),
    (("Ford said later that week the ferry was safe.",),
     {"Ford": ["later that week the ferry was safe."]}),
]


# -- a quotation that is a sentence of its own reads as speech, however short --
WHOLE_SENTENCE = [
    (('Ruiz was firm on the money. "Absolutely not."',),
     {UNATTRIBUTED: ["Absolutely not."]}),
    (("Ruiz was firm on the money.", '"Absolutely not."'),
     {UNATTRIBUTED: ["Absolutely not."]}),
    (('"Absolutely not," was the reply when asked about the money.',),
     {UNATTRIBUTED: ["Absolutely not"]}),
    (('"Never."', "The ferry sails at noon."), {UNATTRIBUTED: ["Never."]}),
    (('The ferry was late again. "Why?"', "Nobody knew."), {UNATTRIBUTED: ["Why?"]}),
    # near misses: a title in capitals, and terms quoted inside a sentence
    (("The council voted.", '"All Bets Are Off."', "The ferry sails at noon."), {}),
    (('The plan was called "Ferry First." by the council.',), {}),
    (('The council\'s motto is "Onward." It is painted on the ferry.',), {}),
    (('The ferry, "slow," was late.',), {}),
]


# -- a signature after a hyphen with a space on each side, as after a dash --
HYPHEN_SIGNATURE = [
    (('"We have waited long enough for this bridge" - Ana Ruiz',),
     {"Ana Ruiz": ["We have waited long enough for this bridge"]}),
    (('"We have waited long enough for this bridge" — Ana Ruiz',),
     {"Ana Ruiz": ["We have waited long enough for this bridge"]}),
    (('"We have waited long enough for this bridge" - Ana Ruiz, mayor of Halifax',),
     {"Ana Ruiz": ["We have waited long enough for this bridge"]}),
    # near misses: a hyphen inside a word, and a score between numbers
    (('"We have waited long enough for this bridge"-Ana Ruiz',),
     {UNATTRIBUTED: ["We have waited long enough for this bridge"]}),
    (('The vote was 12 - 3 in favour of "the new bridge plan" for the harbour.',),
     {UNATTRIBUTED: ["the new bridge plan"]}),
]


# -- a colon after the speaker introduces the quoted sentence that ends the sentence --
COLON_BEFORE = [
    (('Ana Ruiz: "We will fix the ferry by June."',),
     {"Ana Ruiz": ["We will fix the ferry by June."]}),
    (('Ana Ruiz had a simple message: "We will fix the ferry by June."',),
     {"Ana Ruiz": ["We will fix the ferry by June."]}),
    (("The mayor spoke last.", 'Ana Ruiz had a warning for the crews: “Nobody sails alone.”'),
     {"Ana Ruiz": ["Nobody sails alone."]}),
    # near misses: a title, a list in lower case, a body that is no name
    (('Ana Ruiz had one aim: "Fix The Ferry."',), {}),
    (('Ana Ruiz had a list: "the ferry, the pier and the bridge."',),
     {UNATTRIBUTED: ["the ferry, the pier and the bridge."]}),
    (('The council had one worry: "The ferry is too slow for the island."',),
     {UNATTRIBUTED: ["The ferry is too slow for the island."]}),
]


# -- the same colon before a quotation of several sentences, ending a later sentence of the
# paragraph (an interview's 'Ruiz: "…"' turns) --
COLON_BEFORE_SENTENCES = [
    (("Mayor Ana Ruiz spoke on Monday.", 'Ruiz: "Safety first. People need to feel safe."'),
     {"Ana Ruiz": ["Safety first. People need to feel safe."]}),
    (('Tom Bell: "We will fix the ferry. Then the pier. Then the bridge."',),
     {"Tom Bell": ["We will fix the ferry. Then the pier. Then the bridge."]}),
    (("CBC: What comes first?", 'Tom Bell: "The ferry. It has waited long enough."'),
     {"Tom Bell": ["The ferry. It has waited long enough."]}),
    (('Tom Bell: "We will fix the ferry. Then the pier." The council disagreed.',),
     {"Tom Bell": ["We will fix the ferry. Then the pier."]}),
    # near misses: the writer's words after the quotation in its sentence, a body that is no
    # name
    (('Tom Bell: "We will fix the ferry. Then the pier" was his plan for the island.',),
     {UNATTRIBUTED: ["We will fix the ferry. Then the pier"]}),
    (('The council had one worry: "The ferry is slow. The pier is old."',),
     {UNATTRIBUTED: ["The ferry is slow. The pier is old."]}),
]


# -- two speakers in one sentence: each quotation under the one whose words it is --
TWO_SPEAKERS = [
    (('"The ferry sails when the sea lets it," Shore said, while Ruiz insisted: "It sails on '
      'time."',),
     {"Shore": ["The ferry sails when the sea lets it"], "Ruiz": ["It sails on time."]}),
    (('Omar Shore wrote: "The ferry sails when the sea lets it," while Ana Ruiz added: "Only '
      'on time."',),
     {"Omar Shore": ["The ferry sails when the sea lets it"], "Ana Ruiz": ["Only on time."]}),
    # near miss: one speaker's quotation in two pieces around the attribution
    (('"The ferry sails when the sea lets it," Shore said, "and not a minute before."',),
     {"Shore": ["The ferry sails when the sea lets it", "and not a minute before."]}),
]


# -- an embedded post: the quoted paragraph, then a dash, the name and the handle --
POST_SIGNATURE = [
    (('"The ferry will sail on time this summer."', "— Ana Ruiz (@anaruiz) June 1, 2024"),
     {"Ana Ruiz": ["The ferry will sail on time this summer."]}),
    (('"The ferry will sail on time. We owe the island that much."',
      "— Ana Ruiz (@anaruiz) June 1, 2024"),
     {"Ana Ruiz": ["The ferry will sail on time. We owe the island that much."]}),
    (('"The ferry will sail on time this summer." — Ana Ruiz (@anaruiz) June 1, 2024',),
     {"Ana Ruiz": ["The ferry will sail on time this summer."]}),
    (('"The ferry will sail on time this summer."', "Story continues below advertisement",
      "— Ana Ruiz (@anaruiz) June 1, 2024"),
     {"Ana Ruiz": ["The ferry will sail on time this summer."]}),  # furniture passed over
    (('"The ferry will sail on time this summer."',
      "— Rep. Ana Ruiz (D-Halifax), in a speech at the pier, June 1, 2024"),
     {"Ana Ruiz": ["The ferry will sail on time this summer."]}),  # a title's stop, then a name
    (('"The ferry will sail on time this summer."', "— Mayor Ana Ruiz, June 1, 2024"),
     {"Ana Ruiz": ["The ferry will sail on time this summer."]}),
    # a person's post without quotation marks, on its own line or joined to its signature's
    (("The mayor posted on Monday:", "The ferry will sail on time this summer. #Ferries",
      "— Ana Ruiz (@anaruiz) June 1, 2024"),
     {"Ana Ruiz": ["The ferry will sail on time this summer. #Ferries"]}),
    (("The mayor posted on Monday:",
      "The ferry will sail on time. We owe the island that much. — Rep. Ana Ruiz (@anaruiz) "
      "June 1, 2024"), {"Ana Ruiz": ["The ferry will sail on time. We owe the island that much."]}),
    # near misses: no colon introducing it, a brand's post, longer than a post, no handle
    (("The mayor spoke on Monday.", "The ferry will sail on time this summer. #Ferries",
      "— Ana Ruiz (@anaruiz) June 1, 2024"), {}),
    (("The line posted on Monday:", "The ferry will sail on time this summer. #Ferries — "
      "Harbour Ferries (@harbourferries) June 1, 2024"), {}),
    (("The mayor wrote on Monday:", "The ferry will sail on time this summer. We owe the island "
      "that much. " * 5, "— Ana Ruiz (@anaruiz) June 1, 2024"), {}),
    (("The mayor wrote on Monday:", "The ferry will sail on time this summer. #Ferries",
      "— Ana Ruiz, June 1, 2024"), {}),
    # the paragraph before holds no quotation; a title alone signs nothing
    (('"The ferry will sail on time this summer."', "— Rep. (retired), June 1, 2024"),
     {"Unattributed quotes": ["The ferry will sail on time this summer."]}),
    (("The ferry will sail on time this summer, the mayor says.",
      "— Ana Ruiz (@anaruiz) June 1, 2024"),
     {"the mayor": ["The ferry will sail on time this summer"]}),
]


# -- a quotation split by its attribution goes on after it, however short the rest --
SPLIT_QUOTATION = [
    (('"The ferry," said Ruiz, "stays."',), {"Ruiz": ["The ferry", "stays."]}),
    (('"The ferry," Ruiz said, "stays."',), {"Ruiz": ["The ferry", "stays."]}),
    (('"The ferry," Ruiz said on Monday, "stays."',), {"Ruiz": ["The ferry", "stays."]}),
    # near miss: a word quoted after other words of the writer is no piece of the quotation
    (('"The ferry is ours," Ruiz said of the "deal."',),
     {"Ruiz": ["The ferry is ours"], UNATTRIBUTED: ["deal."]}),
]


# -- a quotation running on into the next paragraph, whose opening mark was lost --
LOST_REOPENING = [
    (('Ana Ruiz said: "The ferry must stay.', 'It is the island\'s lifeline."',
      "The council disagreed."),
     {"Ana Ruiz": ["The ferry must stay.", "It is the island's lifeline."]}),
    (('Ana Ruiz said: "The ferry must stay.',
      'It is the island’s lifeline.” Later, Omar Shore said: "It must go."'),
     {"Ana Ruiz": ["The ferry must stay.", "It is the island’s lifeline."],
      "Omar Shore": ["It must go."]}),
    # near misses: the next paragraph reopens the quotation, or holds a quotation of its own
    (('Ana Ruiz said: "The ferry must stay.', '"It is the island\'s lifeline."'),
     {"Ana Ruiz": ["The ferry must stay.", "It is the island's lifeline."]}),
    (('Ana Ruiz said: "The ferry must stay.', 'The council called it "a waste."'),
     {"Ana Ruiz": ["The ferry must stay."], "the council": ["a waste."]}),
    # a mark before a word (a misprinted opening one) closes nothing: 'Omar Shore said' is
    # not the end of her quotation
    (('Ana Ruiz said: "The ferry must stay.', 'Omar Shore said ”It must go now.'),
     {"Ana Ruiz": ["The ferry must stay."]}),
]


# -- the writer names whose reply the quotation was: '"…," came the reply from X' --
REPLY_FROM = [
    (('"Absolutely not," was the reply from Ana Ruiz when asked about the money.',),
     {"Ana Ruiz": ["Absolutely not"]}),
    (('"Absolutely not," came the reply from Ana Ruiz.',), {"Ana Ruiz": ["Absolutely not"]}),
    (('"We are not going anywhere," was the response of Mayor Ana Ruiz.',),
     {"Ana Ruiz": ["We are not going anywhere"]}),
    (('"We are not going anywhere."', "That was the message from Ana Ruiz on Monday."),
     {"Ana Ruiz": ["We are not going anywhere."]}),
    (('"We are not going anywhere."', "ADVERTISEMENT",
      "That was the message from Ana Ruiz on Monday."),
     {"Ana Ruiz": ["We are not going anywhere."]}),  # furniture passed over
    # near misses: no quotation before, a noun that is no reply, a reply from no name
    (("The ferry stays. That was the message from Ana Ruiz on Monday.",), {}),
    (('"The ferry is ours." That was the pride of Ana Ruiz.',),
     {UNATTRIBUTED: ["The ferry is ours."]}),
    (('"The ferry is ours," came the reply from the crowd.',),
     {UNATTRIBUTED: ["The ferry is ours"]}),
]


# -- 'according to X' inside brackets: X is the name before the bracket closes, and speaks
# the words inside the brackets only --
ACCORDING_IN_BRACKETS = [
    (('The plan ("a total disaster for the island," according to Ruiz) passed.',),
     {"Ruiz": ["a total disaster for the island"]}),
    (("The plan (a total disaster for the island, according to Ana Ruiz) passed.",),
     {"Ana Ruiz": ["a total disaster for the island"]}),
    # near misses: brackets closed before the attribution, or after the name
    (("The plan (Bill 12) is a total disaster for the island, according to Ana Ruiz.",),
     {"Ana Ruiz": ["The plan (Bill 12) is a total disaster for the island"]}),
    (("The plan passed, according to Ana Ruiz (the mayor).",),
     {"Ana Ruiz": ["The plan passed"]}),
]

# -- a quotation that the comma or colon after the cue opens is what was said: the words after
# its closing mark are the writer's --
OPENED_BY_CUE = [
    (('Ruiz said, "We will fix every road," as she left the council chamber on Monday night.',),
     {"Ruiz": ["We will fix every road"]}),
    (('Ruiz said on Monday: "We will fix every road in the city," before leaving for Ottawa.',),
     {"Ruiz": ["We will fix every road in the city"]}),
    (("Ruiz begged him to stay and said, \"Don't you do it,\" until the lights went out.",),
     {"Ruiz": ["Don't you do it"]}),
    # near misses: reported speech going on after the quotation, a quotation the cue opens
    # with no comma or colon, one inside the reported clause
    (('Ruiz said, "We will fix every road," and that the money was there.',),
     {"Ruiz": ['"We will fix every road," and that the money was there.']}),
    (('Ruiz said "we will fix every road" before the end of the year.',),
     {"Ruiz": ['"we will fix every road" before the end of the year.']}),
    (('Ruiz said the city "will fix every road" before winter.',),
     {"Ruiz": ['the city "will fix every road" before winter.']}),
    # nor is a quotation in the writer's words after it the speaker's: the crowd chants it
    (('Ruiz said, "We will fix every road," as the crowd chanted "Fix it now!" outside.',),
     {"Ruiz": ["We will fix every road"], "the crowd": ["Fix it now!"]}),
    (('Ruiz said, "We will fix every road," as the crowd waved "Fix it now!" signs.',),
     {"Ruiz": ["We will fix every road"], UNATTRIBUTED: ["Fix it now!"]}),
]

TABLES = {
    "opened_by_cue": OPENED_BY_CUE,
    "shown_once": SHOWN_ONCE,
    "relative_clause": RELATIVE_CLAUSE,
    "accused": ACCUSED,
    "adverb_before_content": ADVERB_BEFORE_CONTENT,
    "whole_sentence": WHOLE_SENTENCE,
    "hyphen_signature": HYPHEN_SIGNATURE,
    "colon_before": COLON_BEFORE,
    "colon_before_sentences": COLON_BEFORE_SENTENCES,
    "two_speakers": TWO_SPEAKERS,
    "post_signature": POST_SIGNATURE,
    "split_quotation": SPLIT_QUOTATION,
    "lost_reopening": LOST_REOPENING,
    "reply_from": REPLY_FROM,
    "according_in_brackets": ACCORDING_IN_BRACKETS,
}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_each_quotation_once_within_its_bounds(paragraphs, expected):
    assert said(*paragraphs) == expected
