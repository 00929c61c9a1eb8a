"""'She said' and 'he said' after a person whose given name is South Asian, Arabic, Chinese,
Japanese, Filipino, French or Indigenous-Canadian ('Priya Natarajan … "…," she said'): the
given name tells the sex, so the pronoun is theirs, not an earlier person's of that sex; every
sentence is invented."""

from __future__ import annotations

import pytest

from desktop.engine.speakers.lexicon import given_name, given_name_gender
from tests.engine.helpers import who_said

QUOTE = '"Everybody saw this coming," {} said.'
EARLIER = {"female": "Mayor Ingrid Solberg said that was not enough.",
           "male": "Mayor Tom Becker said that was not enough."}

# (sex, the person the pronoun stands for): the earlier person is of the same sex
ORIGINS = {
    "south-asian": ("female", "Priya Natarajan"),
    "south-asian-man": ("male", "Ravi Shankar"),
    "arabic": ("female", "Zainab Haddad"),
    "arabic-man": ("male", "Khalid Mansour"),
    "chinese": ("female", "Mei Chen"),
    "japanese": ("male", "Hiroshi Tanaka"),
    "filipino": ("male", "Jomar Santos"),
    "french": ("female", "Sylvie Tremblay"),
    "french-accents": ("male", "François Gagnon"),
    "french-compound": ("male", "Jean-Marie Gagnon"),
    "indigenous": ("female", "Kateri Bearskin"),
}


@pytest.mark.parametrize(("sex", "person"), ORIGINS.values(), ids=ORIGINS.keys())
def test_a_pronoun_goes_to_the_person_its_given_name_agrees_with(sex, person):
    pronoun = "she" if sex == "female" else "he"
    quotes = who_said("The cafe on Main", EARLIER[sex], f"{person} runs a cafe.",
                      QUOTE.format(pronoun))
    assert quotes["Everybody saw this coming"] == person


@pytest.mark.parametrize("name", ["Hélène", "François", "Geneviève", "Jérôme"])
def test_a_french_spelling_with_accents_tells_the_sex_of_the_name_without(name):
    plain = name.translate(str.maketrans("éèêôç", "eeeoc"))
    assert given_name_gender(name) == given_name_gender(plain) is not None


# near misses: a name of both sexes ('Jordan') told a man by the article, a name given to
# both sexes in Punjabi ('Harpreet': no sex), two women named after the first
NEAR_MISSES = {
    "shared-name-told-a-man": ("Jordan Park runs a cafe with his brother.", "Ingrid Solberg"),
    "punjabi-name-of-both-sexes": ("Harpreet Gill runs a cafe with his brother.",
                                   "Ingrid Solberg"),
    "two-women": ("Priya Natarajan sold the cafe to Anjali Mehta last spring.",
                  "Priya Natarajan"),
    "compound-of-a-man": ("Jean-Marie Gagnon runs a cafe.", "Ingrid Solberg"),
}


@pytest.mark.parametrize(("middle", "person"), NEAR_MISSES.values(), ids=NEAR_MISSES.keys())
def test_she_skips_a_man_and_takes_the_woman_who_opens_the_sentence(middle, person):
    quotes = who_said("The cafe on Main", EARLIER["female"], middle, QUOTE.format("she"))
    assert quotes["Everybody saw this coming"] == person


@pytest.mark.parametrize("name", ["Harpreet", "Gurpreet", "Jordan", "Said", "Florida"])
def test_a_name_of_both_sexes_or_a_word_tells_no_sex(name):
    assert given_name_gender(name) is None


# a compound given name takes its first part's sex ('Jean' of a compound is a man's name in
# French, resources/compound_name_starts.txt); a first part of both sexes tells nothing
@pytest.mark.parametrize(("name", "sex"), [
    ("Jean-Marie", "male"), ("Jean-Pierre", "male"), ("Pierre-Marie", "male"),
    ("Marie-Claude", "female"), ("Anne-Marie", "female"), ("Jo-Renee", "female"),
    ("Lee-Anne", None), ("Jean", None)])
def test_a_compound_given_name_takes_its_first_parts_sex(name, sex):
    assert given_name_gender(name) == sex


def test_a_compound_opening_with_a_name_of_both_sexes_is_a_given_name_of_no_sex():
    assert given_name("Lee-Anne") and given_name_gender("Lee-Anne") is None
    assert not given_name("Harbour-Anne")  # near miss: no given name opens it
