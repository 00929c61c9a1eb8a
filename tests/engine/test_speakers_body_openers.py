"""A demonym or a speaker noun opening a run of capitalised words: part of a body's name when
the rest is no person's name ('Canadian Tire', 'Shoppers Drug Mart'), a role before a person's
name ('Canadian Tom Bell', 'Actor Ana Ruiz'). Invented sentences; the bodies' names are of the
shape Canadian news writes (companies, railways, charities)."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from tests.engine.helpers import article


def who(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.name, s.role, s.kind) for s in find_speakers(article(text))
            if s.kind != "unattributed"]


# -- a demonym before common words is the first word of a body's name --
DEMONYM = [
    ('Canadian Tire said "sales rose in the spring."',
     [("Canadian Tire", None, "organisation")]),
    ('"Sales rose in the spring," Canadian Tire said on Monday.',
     [("Canadian Tire", None, "organisation")]),
    ('Canadian Pacific Kansas City said "the line is clear."',
     [("Canadian Pacific Kansas City", None, "organisation")]),
    ('The Canadian Red Cross says "volunteers are needed."',
     [("Canadian Red Cross", None, "organisation")]),
    ('Mexican Golden Harvest said "the crop was poor."',
     [("Mexican Golden Harvest", None, "organisation")]),
    # near misses: a person's name after the demonym (a given name, a surname no word shares)
    ('Canadian Tom Bell said "the race was hard."', [("Tom Bell", "Canadian", "person")]),
    ('"The race was hard," said Ecuadorian Volkov.', [("Volkov", "Ecuadorian", "person")]),
    ('Canadian Okafor said "the race was hard."', [("Okafor", "Canadian", "person")]),
    ('Canadian Tire spokesperson Ana Ruiz said "sales rose."',
     [("Ana Ruiz", "Canadian Tire spokesperson", "person")]),
]


@pytest.mark.parametrize(("text", "speakers"), DEMONYM)
def test_a_demonym_before_common_words_opens_a_body(text, speakers):
    assert who(text) == speakers


# -- a speaker noun before common words is the first word of a body's name --
SPEAKER_NOUN = [
    ('Shoppers Drug Mart said "the pharmacy will stay open."',
     [("Shoppers Drug Mart", None, "organisation")]),
    ('"The pharmacy will stay open," Shoppers Drug Mart said.',
     [("Shoppers Drug Mart", None, "organisation")]),
    ('Farmers Grain Exchange said "the harvest was late."',
     [("Farmers Grain Exchange", None, "organisation")]),
    # near misses: a person's name after the noun, or names joined by 'and'
    ('Actor Ana Ruiz said "the pharmacy will stay open."', [("Ana Ruiz", "Actor", "person")]),
    ('Residents Okafor and Volkov said "the road is shut."',
     [("Okafor", "Residents", "person"), ("Volkov", "Residents", "person")]),
]


@pytest.mark.parametrize(("text", "speakers"), SPEAKER_NOUN)
def test_a_speaker_noun_before_common_words_opens_a_body(text, speakers):
    assert who(text) == speakers


# -- 'Grandmother-of-three': a relation and how many, one hyphenated word, is a role --
COUNTED_KIN = [
    ('Grandmother-of-three Pat said "we dance every week."',
     [("Pat", "Grandmother-of-three", "person")]),
    (("Grandmother-of-three Pat lives by the coast.", '"We dance every week," Pat said.'),
     [("Pat", None, "person")]),
    # near misses: a full name after it, a hyphenated word that counts nothing
    ('Father-of-two Tom Bell said "we dance every week."',
     [("Tom Bell", "Father-of-two", "person")]),
    ('Jack-of-all-trades Tom Bell said "we dance every week."',
     [("Jack-of-all-trades Tom Bell", None, "person")]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), COUNTED_KIN)
def test_a_relation_counted_is_a_role(paragraphs, speakers):
    paragraphs = (paragraphs,) if isinstance(paragraphs, str) else paragraphs
    assert [(s.name, s.role, s.kind) for s in find_speakers(article(*paragraphs))
            if s.kind != "unattributed"] == speakers


# -- a country's or province's name before common words, or in a hyphenated name, is a body's --
PLACE_FIRST = [
    ('Canada Goose said "the factory will reopen."', [("Canada Goose", None, "organisation")]),
    ('Manitoba Wheat Pool said "the harvest was late."',
     [("Manitoba Wheat Pool", None, "organisation")]),
    ('"Power was restored overnight," Hydro-Québec said.',
     [("Hydro-Québec", None, "organisation")]),
    # near misses: a person from the place, a place that is a given name, a rare surname
    ('Ontario Tom Bell said "the race was hard."', [("Tom Bell", "Ontario", "person")]),
    ('Georgia Okafor said "the race was hard."', [("Georgia Okafor", None, "person")]),
    ('Kenya Okafor said "the race was hard."', [("Kenya Okafor", None, "person")]),
    ('Tom Smith-Jones said "the race was hard."', [("Tom Smith-Jones", None, "person")]),
]


@pytest.mark.parametrize(("text", "speakers"), PLACE_FIRST)
def test_a_place_opening_common_words_names_a_body(text, speakers):
    assert who(text) == speakers
