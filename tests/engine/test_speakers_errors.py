"""The kinds of error found on articles nobody tuned on, one table each, in invented sentences."""

from __future__ import annotations

import pytest

from desktop.engine.readers import from_plain_text
from desktop.engine.speakers import ENGLISH_ONLY, UNATTRIBUTED, find_speakers, unsupported
from tests.engine.helpers import article, check, table_cases

# -- the verb or a descriptor after the quotation --
AFTER_THE_QUOTATION = [
    (('"We will fix the ferry timetable first," then-candidate Dana Reyes responded.',),
     {"We will fix the": "Dana Reyes"}),
    (('Tom Alder lost his boat in the storm.',
      '"Nobody from the council called us back," the father repeated.'),
     {"Nobody from the council": "the father"}),
    (('"It was a fair call from the referee," quipped Green.',),
     {"It was a fair": "Green"}),
    (('"The museum needs a new roof before winter," says the bow-tied maverick.',),
     {"The museum needs a": "the bow-tied maverick"}),
    (('Paula Reyes runs the harbour office.',
      '"Every ferry will leave on time this summer," Reyes states.'),
     {"Every ferry will leave": "Paula Reyes"}),
    (('The club signed rookie defenceman Erik Lind on Monday.',
      '"I just want to play every night," said the rookie defenceman.'),
     {"I just want to": "Erik Lind"}),
    (('"The ice was soft in the third period," said 19-year-old goalie Sam Okafor.',),
     {"The ice was soft": "Sam Okafor"}),
]


# -- a modifier is not the name --
MODIFIERS = [
    (('"The drawings took me ten years," says Cambridge cartoonist Ana Ruiz.',),
     {"The drawings took me": "Ana Ruiz"}),
    (('"Our ferries carry more people than ever," said Harbour Authority chief Omar Haddad.',),
     {"Our ferries carry more": "Omar Haddad"}),
]


@pytest.mark.parametrize(("paragraphs", "name", "role"), [
    (("Rival Sony said its rival had lost the lead.", "The rival plan was dropped."),
     "Sony", "rival"),
    (("Paris-based Euronext said the bid was far too low.",), "Euronext", "Paris-based"),
    (("Foster, however, said the club would not sell its best players.",), "Foster", None),
    (("Bill Clinton said the bill was too long to read.",), "Bill Clinton", None),
])
def test_an_opening_modifier_is_a_role_not_part_of_the_name(paragraphs, name, role):
    (speaker,) = find_speakers(article(*paragraphs))
    assert (speaker.name, speaker.role) == (name, role)


def test_a_month_is_not_part_of_a_name():
    names = [s.name for s in find_speakers(article(
        "In early November the company announced that the plant would close by spring."))]
    assert names and not any("November" in n for n in names)


# -- pronouns agree and never land on places or organisations --
PRONOUNS = [
    (('Maria Costa has sold fish at the market for thirty years.',
      'Her neighbour, Mark Bell, sells bread beside her.',
      '"The rent has doubled since spring," she said.'),
     {"The rent has doubled": "Maria Costa"}),
    (('Mark Bell sells bread at the market. Maria Costa sells fish.',
      '"I bake every loaf myself before dawn," he said.'),
     {"I bake every loaf": "Mark Bell"}),
    (('The storm flooded South Surrey on Monday night.',
      '"We lost power for a whole day," he said.'),
     {"We lost power for": UNATTRIBUTED}),
    (('Lakeside Logistics moved its depot to Port Hardy last year.',
      '"We had no choice about the move," she said.'),
     {"We had no choice": UNATTRIBUTED}),
]


# -- the person of this article, not a namesake: the one named more often, else named first --
NAMESAKES = [
    (("Erik Karlsson scored twice on Saturday.",
      "Karlsson has now scored in five straight games, and Erik Karlsson leads the team.",
      "His teammate Melker Karlsson was rested.",
      '"The puck just found me tonight," said Karlsson.'),
     {"The puck just found": "Erik Karlsson"}),
    (("Nora Vance won the county chess title on Sunday.",  # each named once: the first is hers
      "Her cousin Oliver Vance finished fourth.",
      '"I played the opening I know best," said Vance.'),
     {"I played the opening": "Nora Vance"}),
    (("Oliver Vance finished fourth.",  # the order turned round: so is the answer
      "His cousin Nora Vance won the county chess title on Sunday.",
      '"I played the opening I know best," said Vance.'),
     {"I played the opening": "Oliver Vance"}),
    (("Oliver Vance finished fourth.",  # named more often wins over named first
      "Nora Vance won the county title, and Nora Vance now goes to the nationals.",
      '"I played the opening I know best," said Vance.'),
     {"I played the opening": "Nora Vance"}),
]


def test_a_courtesy_title_keeps_the_surname_from_a_namesake_of_the_other_sex():
    check(("Maria Costa opened the market. Maria Costa thanked the council.",
           "Her husband, Mark Costa, arrived later.",
           '"The rent has doubled since spring," Mr. Costa said.'),
          {"The rent has doubled": "Mark Costa"})


# -- coordinated speakers are two people --
def test_coordinated_speakers_are_split():
    speakers = {s.name: s for s in find_speakers(article(
        "Both Green and Schneider confirmed that the deal would close in June.",
        '"The numbers finally work," Green said.'))}
    assert {"Green", "Schneider"} <= set(speakers)
    assert len(speakers["Green"].quotes) == 2 and len(speakers["Schneider"].quotes) == 1
    assert not any(" and " in name for name in speakers)


# -- names never run across a sentence or paragraph break --
BREAKS = [
    (("The council met to discuss the emergency. Linda Lamb",
      "Sinclair recommended that the council close the bridge for a week.",
      '"It cannot wait another winter," Sinclair said.'),
     {"It cannot wait another": "Sinclair"}),
    (("Councillor Josh Matlow spoke first.",
      "Matlow",
      '"We need the money for buses," Matlow said.'),
     {"We need the money": "Josh Matlow"}),
]


# -- titles and courtesy abbreviations stay with the name --
def test_title_stays_with_the_name():
    (speaker,) = find_speakers(article(
        "According to Dr. Li Wei, the new clinic will open in the autumn."))
    assert (speaker.name, speaker.role) == ("Li Wei", "Dr.")


# -- speech verbs, and "state" the noun --
VERB_FORMS = ["responded", "responds", "repeated", "repeats", "quipped", "quips", "stated",
              "states", "recalled", "recalls", "insisted", "insists", "warned", "warns",
              "admitted", "admits", "explained", "explains", "noted", "notes", "stressed",
              "replied", "conceded", "yells"]


@pytest.mark.parametrize("form", VERB_FORMS)
def test_speech_verb_forms(form):
    check((f'"The ferry will run all winter," Ana Ruiz {form}.',),
          {"The ferry will run": "Ana Ruiz"})


def test_state_the_noun_is_no_speech_verb():
    speakers = find_speakers(article(
        "Farmers in the state say the drought is the worst in decades.",
        "Voters in swing states remain split on the new tax."))
    assert not any(q.cue in ("state", "states") for s in speakers for q in s.quotes)


# -- the same person once --
def test_the_president_is_president_obama_when_clear():
    speakers = {s.name: s for s in find_speakers(article(
        'President Obama said, "We will not walk away from this agreement."',
        '"It took years to build," the president said.'))}
    assert set(speakers) == {"Obama"} and len(speakers["Obama"].quotes) == 2


# -- roles read as written --
def test_role_is_clean():
    (speaker,) = find_speakers(article(
        "Ana Ruiz, 59, of Ashton, Md., said the bridge would open in the spring."))
    assert speaker.name == "Ana Ruiz" and speaker.role == "59, of Ashton, Md."


# -- a quotation after an abbreviation starts its own sentence --
def test_quotation_after_an_abbreviation_is_not_joined_to_the_sentence_before():
    speakers = find_speakers(article(
        'The plant is now the largest of its kind in the U.S. "We are proud of every worker '
        'here," Ruiz said.'))
    (quote,) = [q for s in speakers for q in s.quotes if s.name == "Ruiz"]
    assert quote.text == "We are proud of every worker here" and quote.direct


def test_a_quotation_after_a_sentence_whose_full_stop_was_lost_is_shown_alone():
    speakers = find_speakers(article(
        "Ana Ruiz - who would not name the boat - said the island ferry ran late again "
        '"The old boat is tired and far too slow for the island route," said Ruiz.'))
    (quote,) = [q for s in speakers for q in s.quotes if s.name == "Ana Ruiz"]
    assert quote.text == "The old boat is tired and far too slow for the island route"
    assert quote.direct


def test_a_quoted_name_ending_the_writers_sentence_keeps_the_sentence_reported():
    speakers = find_speakers(article(
        'The club will rename the old ground "The Harbour Park Stadium," Ana Ruiz said.'))
    assert [q.text[:8] for s in speakers for q in s.quotes] == ["The club"]


# -- every quotation is shown --
def test_a_quotation_without_a_speaker_is_listed_as_unattributed():
    speakers = find_speakers(article(
        "The bridge closed on Monday.",
        '"Nobody told us anything about the closure before it happened."',
        'Ana Ruiz said the bridge would reopen in May. The word "closure" was on every sign.'))
    (rest,) = [s for s in speakers if s.kind == "unattributed"]
    assert rest.name == UNATTRIBUTED and not rest.named
    assert [q.text for q in rest.quotes] == [
        "Nobody told us anything about the closure before it happened."]
    assert all(q.direct for q in rest.quotes)


# -- a quotation going on from the sentence before, after an attribution the reader missed:
# its quoted words are shown as direct speech, not the sentence as "(reported)" --
GOES_ON_DIRECT = [
    (("Ferry captain Ana Ruiz said the town would understand if the ferry stopped.",
      '"It would be a shame to lose the ferry," said the European sailing champion.'),
     "It would be a shame to lose the ferry"),
    (("Ferry captain Ana Ruiz said the town would understand.",
      '"It would be a shame to lose the ferry," the veteran sailor told the Harbour News.'),
     "It would be a shame to lose the ferry"),
    # the writer's words after it, the attribution lost
    (("Ferry captain Ana Ruiz said the town would understand.",
      '"It would be a shame to lose the ferry," On Monday the harbour board met again.'),
     "It would be a shame to lose the ferry"),
]


@pytest.mark.parametrize(("paragraphs", "quotation"), GOES_ON_DIRECT)
def test_a_quotation_going_on_is_shown_as_quoted(paragraphs, quotation):
    quotes = [q for s in find_speakers(article(*paragraphs)) for q in s.quotes]
    assert [(q.text, q.direct) for q in quotes if "shame" in q.text] == [(quotation, True)]


# -- saying when it cannot --
def test_an_article_not_in_english_says_why_it_has_no_speakers():
    german = from_plain_text(
        "Die Brücke\n\n„Wir bauen die Brücke bis zum Sommer fertig“, sagte die Bürgermeisterin "
        "Anna Berg am Montag. Die Stadt hat dafür lange gespart und die Bürger sind sehr froh.")
    assert german.language == "german"
    assert find_speakers(german) == () and unsupported(german) == ENGLISH_ONLY
    english = article('"We will finish the bridge by summer," Ana Ruiz said on Monday.')
    assert unsupported(english) is None and find_speakers(english)


# -- shapes of attribution that dropped quotations --
SHAPES = [
    (("The prize went to Ana Ruiz, who said the bridge was the best work of her life.",),
     {"the bridge was the": "Ana Ruiz"}),
    (("The mayor announced a new budget on Friday and said the ferry would keep running.",),
     {"the ferry would keep": "the mayor"}),
    (("Ana Ruiz said after the vote she would not run for the council again.",),
     {"she would not run": "Ana Ruiz"}),
    (("Mayor Ana Ruiz told donors she would finish the bridge by the summer.",),
     {"she would finish the": "Ana Ruiz"}),
    (("Ana Ruiz spoke at the harbour on Monday. She said:",
      '"We will finish the bridge before the first snow falls."'),
     {"We will finish the": "Ana Ruiz"}),
    (('"The harbour is safe," Sen. Ana Ruiz (D-Md.) said. "The ferries will run all winter."',),
     {"The harbour is safe": "Ana Ruiz", "The ferries will run": "Ana Ruiz"}),
    (('In an interview on "Harbour Talk," Ana Ruiz said the ferries would run all winter.',),
     {"the ferries would run": "Ana Ruiz"}),
    (("Ana Ruiz is a tax consultant in the port.",
      "Said Ruiz: “I doubt the council has read the plan at all.”"),
     {"I doubt the council": "Ana Ruiz"}),
    (('"We will march every day," Ana Ruiz, 25, said as she and dozens of others crossed the '
      'square.',),
     {"We will march every": "Ana Ruiz"}),
    (('"The ferry will run all winter," said a spokesman for the harbour agency.',),
     {"The ferry will run": "a spokesman"}),
    (('"The ferry will run all winter," a spokeswoman for the city said.',),
     {"The ferry will run": "a spokeswoman for the city"}),
    (('"The ferry will run all winter," said one official, who asked not to be named.',),
     {"The ferry will run": "one official", "not to be named.": None}),
    (("Back then, Ana Ruiz said, the harbour was full of ferries.",),
     {"the harbour was full": "Ana Ruiz"}),
    (("Omar Haddad runs the port. But the ferries the town still owns, he added, are like "
      "“boats that nobody can sail.”",),
     {"But the ferries the": "Omar Haddad", "boats that nobody can": "Omar Haddad"}),
]


def test_reported_speech_stops_where_the_writer_goes_on():
    said_ = {s.name: [q.text for q in s.quotes] for s in find_speakers(article(
        "Ana Ruiz said the ferry would stop running in May, and the council is still looking "
        "for money. Omar Haddad said the port would stay open, quietly hoping for more."))}
    assert said_ == {"Ana Ruiz": ["the ferry would stop running in May"],
                     "Omar Haddad": ["the port would stay open"]}


def test_quotation_marks_inside_reported_speech_stay_paired():
    texts = sorted(q.text for s in find_speakers(article(
        "Ana Ruiz said the plan was a “disgrace” after the vote.",
        'Omar Haddad said "budget reforms" and unpaid fees would pay for the bridge.',
        "Lena Berg noted that fares have not risen ― as was true for years ― Omar Haddad "
        "added, “That makes the ferry cheap.”")) for q in s.quotes)
    assert texts == sorted(["the plan was a “disgrace” after the vote.",
                            '"budget reforms" and unpaid fees would pay for the bridge.',
                            "fares have not risen ― as was true for years",
                            "That makes the ferry cheap."])


# -- every table above: the quote's first words -> who is listed as saying it --
TABLES = {"after-the-quotation": AFTER_THE_QUOTATION, "modifier": MODIFIERS,
          "pronoun": PRONOUNS, "break": BREAKS, "shape": SHAPES,
          "namesake": NAMESAKES}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)


def test_reported_speech_opening_a_quotation_keeps_its_opening_mark():
    (quote,) = [q for s in find_speakers(article(
        'Ana Ruiz warned that "the damage to the harbour may be as bad as the storm itself" '
        "because of the old sea wall and its rusty gates.")) for q in s.quotes]
    assert quote.text.startswith('"the damage to') and not quote.direct, quote.text


def test_reported_speech_ending_in_a_quotation_keeps_its_closing_mark_after_a_comma():
    (quote,) = [q for s in find_speakers(article(
        'The new ferries on the island route are "not keeping up with the crowds," says Ana '
        "Ruiz."))
        for q in s.quotes]
    assert quote.text == 'The new ferries on the island route are "not keeping up with the crowds,"'
