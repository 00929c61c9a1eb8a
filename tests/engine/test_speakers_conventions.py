"""News conventions of attribution, one row each, in invented sentences (none from a corpus)."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED, find_speakers
from tests.engine.helpers import article, check, said, table_cases, who_said

# -- the speaker with role words after the closing quotation mark --
ROLES_AFTER_THE_QUOTE = [
    (('“We will paint the lighthouse in June,” Harbour Trust press secretary Lena Moss said.',),
     {"We will paint the": "Lena Moss"}),
    (('"We will paint the lighthouse in June," press secretary Lena Moss said at a briefing.',),
     {"We will paint the": "Lena Moss"}),
    (('"The lighthouse needs a new lamp," a spokesperson for the Department of Lights said.',),
     {"The lighthouse needs a": "Department of Lights"}),
]

# -- a role and the name in apposition to it --
APPOSED = [
    (("The keeper's nephew, Ravi Shore, said the lamp had been dark since March.",),
     {"the lamp had been": "Ravi Shore"}),
    (('"The lamp went dark in March," the keeper\'s nephew, Ravi Shore, said.',),
     {"The lamp went dark": "Ravi Shore"}),
    (('"The lamp went dark in March," said the keeper\'s nephew, Ravi Shore.',),
     {"The lamp went dark": "Ravi Shore"}),
    (('"The lamp went dark in March," said Omar Shore\'s nephew, Ravi Shore.',),
     {"The lamp went dark": "Ravi Shore"}),
    (("Ravi Shore — the keeper's nephew — said the lamp had been dark since March.",),
     {"the lamp had been": "Ravi Shore"}),
    (("The keeper's nephew, a retired pilot named Ravi Shore, said the lamp had been dark.",),
     {"the lamp had been": "Ravi Shore"}),
    (('"The lamp went dark in March," her nephew, a pilot called Ravi Shore, said.',),
     {"The lamp went dark": "Ravi Shore"}),
    (('My uncle, a retired pilot named Ravi Shore, told me on the pier: "The lamp went dark '
      'in March and nobody came to fix it."',),
     {"The lamp went dark": "Ravi Shore"}),
]

# -- no speech verb beside the quotation --
NO_VERB_BESIDE = [
    (("Lena Moss gave the crowd this warning:",
      '"Nobody should walk on the pier when the tide comes in."'),
     {"Nobody should walk on": "Lena Moss"}),
    (("Lena Moss said in a statement on Friday:",
      '"Nobody should walk on the pier when the tide comes in."'),
     {"Nobody should walk on": "Lena Moss"}),
    (('"Nobody should walk on the pier when the tide comes in." — Lena Moss',),
     {"Nobody should walk on": "Lena Moss"}),
    (('"Nobody should walk on the pier when the tide comes in." -- Lena Moss',),
     {"Nobody should walk on": "Lena Moss"}),
    (("Full text of the notice below:", '"Nobody should walk on the pier when the tide comes in."'),
     {"Nobody should walk on": UNATTRIBUTED}),
]

# -- told whom, then what, without "that" --
TOLD = [
    (("Lena Moss told the Coast Courier the pier would reopen in May.",),
     {"the pier would reopen": "Lena Moss"}),
    (("Lena Moss told Harbour Radio on Monday the pier would reopen in May.",),
     {"the pier would reopen": "Lena Moss"}),
]

# -- quotation styles and short answers --
STYLES = [
    (('"Never," said Ravi Shore.',), {"Never": "Ravi Shore"}),
    (('"Not yet," Ravi Shore said when asked about the lamp.',), {"Not yet": "Ravi Shore"}),
    (("'The pier is closed until May,' Ravi Shore said.",), {"The pier is closed": "Ravi Shore"}),
    (('Asked about the lamp, Ravi Shore said: "No. It stays dark until May."',),
     {"No. It stays dark": "Ravi Shore"}),
    (("The keepers' cottage stays shut, and Ravi Shore said the 'old lamp' was sold.",),
     {"the 'old lamp' was": "Ravi Shore"}),
]

# -- a pronoun and the titled man further back, not a group named like a person --
PRONOUN_REACH = [
    (("Boats sail out with Al Marina, the harbour cooperative.",
      "Mr. Shore has kept the light for years.", "The pier was rebuilt twice.",
      "The town trades with the fishing fleet of the next bay.",
      '"I will keep the lamp lit as long as I can," he said.'),
     {"I will keep the": "Shore"}),
]

# -- a given name of the other sex in French use tells nothing ("Jean" is a man in Quebec) --
FRENCH_NAMES = [
    (("Jean Tremblay runs the ferry. Tremblay has done so for years.",
      '"The boats leave at noon," he said.'),
     {"The boats leave at": "Jean Tremblay"}),
    (("Marie-Claude Roy runs the harbour office. Omar Haddad runs the ferry.",
      '"The boats leave at noon," she said.'),
     {"The boats leave at": "Marie-Claude Roy"}),
]

TABLES = {"role-after": ROLES_AFTER_THE_QUOTE, "apposed": APPOSED, "no-verb": NO_VERB_BESIDE,
          "told": TOLD, "style": STYLES, "pronoun-reach": PRONOUN_REACH,
          "french-name": FRENCH_NAMES}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)


def test_a_quoted_subheading_continues_nobodys_words():
    speakers = find_speakers(article(
        '"The pier is closed until May," said Ravi Shore.', "'Not Safe for Anyone.'",
        "The pier was built in 1910."))
    assert [(s.name, [q.text for q in s.quotes]) for s in speakers] == [
        ("Ravi Shore", ["The pier is closed until May"])]


def test_a_dash_signature_takes_its_role():
    (speaker,) = find_speakers(article(
        '"Nobody should walk on the pier when the tide comes in." — Lena Moss, harbour master'))
    assert (speaker.name, speaker.role) == ("Lena Moss", "harbour master")


def test_an_apposed_role_is_kept_as_written():
    (speaker,) = find_speakers(article(
        "The keeper's nephew, Ravi Shore, said the lamp had been dark since March."))
    assert (speaker.name, speaker.role) == ("Ravi Shore", "the keeper's nephew")


def test_a_speech_verb_after_a_modal_reports_nothing_more():
    assert said("Ravi Shore said he would ask staff for a report on the lamp.") == {
        "Ravi Shore": ["he would ask staff for a report on the lamp."]}


def test_who_is_urged_to_act_is_not_the_speaker():
    assert set(said("Dr. Lena Moss, the harbour doctor, urged people to stay off the pier.")) \
        == {"Lena Moss"}


def test_both_speakers_of_a_coordinated_subject():
    assert set(said("Lena Moss and Ravi Shore both said the pier was safe again.")) == {
        "Lena Moss", "Ravi Shore"}


def test_a_lone_surname_is_a_mention_of_the_full_name_before_it():
    check(("Omar Haddad runs the harbour trust. Peter Lee runs the ferry.",
           "The trust met on Monday to discuss the pier.",
           "Haddad arrived late.",
           '"We will not wait another winter," he said.'),
          {"We will not wait": "Omar Haddad"})


@pytest.mark.parametrize(("said_by", "name", "role"), [
    ("said Coun. Ravi Shore", "Ravi Shore", "Coun."),  # an abbreviated title as written
    ("Supt. Ravi Shore said", "Ravi Shore", "Supt."),
    ("said Supt Ravi Shore", "Ravi Shore", "Supt"),  # written without a stop, shown so
    ("said Harbour Party MLA Ravi Shore", "Ravi Shore", "Harbour Party MLA"),
    ("said Ravi Shore, the harbour master", "Ravi Shore", "the harbour master"),
    ("said Mr. Ravi Shore, MLA for Shore Point", "Ravi Shore", "MLA for Shore Point"),
    ("said Ravi Shore for Harbour Polling", "Ravi Shore", "for Harbour Polling"),
])
def test_titles_and_roles_after_the_name_are_roles(said_by, name, role):
    (speaker,) = find_speakers(article(f'"The pier stays closed," {said_by}.'))
    assert (speaker.name, speaker.role) == (name, role)


def test_the_spokesperson_is_the_one_introduced_before():
    assert said("A spokesperson for the harbour said the pier would reopen in May.",
                '"We take every report of damage seriously," the spokesperson said.') == {
        "a spokesperson for the harbour": ["the pier would reopen in May.",
                                           "We take every report of damage seriously"]}


def test_a_public_body_speaks():
    assert set(said('"Crews are working around the clock," the town said in a statement.')) \
        == {"the town"}


def test_a_few_quoted_words_after_a_speech_verb_are_the_subjects():
    check(("Lena Moss went on the radio and began by saying the pier was \"never\" safe.",),
          {"never": "Lena Moss"})


def test_scare_quotes_in_a_sentence_without_speech_are_not_listed():
    quotes = said('The so-called "green" pier opened in May, and Lena Moss said the town was '
                  "proud.", 'The "old lamp" is in the museum now.')
    assert quotes == {"Lena Moss": ["the town was proud."]}


def test_a_quotation_after_a_speech_verb_whose_subject_was_not_read():
    check(('Lena Moss sang to the crowd before asking them, "Where do we go from here, '
           'my friends?"',),
          {"Where do we go": "Lena Moss"})


def test_said_of_names_the_topic_not_the_content():
    assert said('"It is the best plan we have seen," Ravi Shore, the harbour master, said of '
                "the pier plan.") == {"Ravi Shore": ["It is the best plan we have seen"]}


def test_a_second_quotation_after_a_verb_whose_subject_follows_the_first():
    check(('"Keep the light burning," Lena Moss sings to the keeper before asking him, "Where '
           'do the boats go tonight?"',),
          {"Keep the light burning": "Lena Moss", "Where do the boats": "Lena Moss"})


def test_a_name_in_a_topic_label_is_not_the_speaker():
    """A pool report's 'On her rival, Mayor Ana Ruiz: "…"' is what was said about Ruiz."""
    quote = '"My rival has been at city hall so long she thinks the ferry is a bridge."'
    assert who_said("Lena Moss spoke for an hour.", f"On her rival, Mayor Ana Ruiz: {quote}") \
        .get("My rival has been") != "Ana Ruiz"
    # near misses: a date, and a subject who has a message of her own after the comma
    check((f"On Tuesday, Mayor Ana Ruiz: {quote}",), {"My rival has been": "Ana Ruiz"})
    check((f"On the way out, Mayor Ana Ruiz had a message: {quote}",),
          {"My rival has been": "Ana Ruiz"})


def test_whom_a_relative_clause_names_is_not_the_speaker():
    """Near miss of 'her nephew, a pilot named Ravi Shore, said': 'named' after 'who had'."""
    assert who_said('"The lamp went dark in March," her nephew, who had named Ravi Shore, said.'
                    ).get("The lamp went dark") != "Ravi Shore"
