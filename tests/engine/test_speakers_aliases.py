"""canonical_names: each name a speaker is quoted under -> the fullest name it is part of."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import written
from desktop.engine.speakers.aliases import canonical_names
from desktop.engine.speakers.surnames import _particle_after, _particle_pattern
from tests.engine.helpers import article

# (paragraphs, names the speakers were quoted under, genders from 'Mr'/'Mrs', expected)
CASES = {
    "surname": (
        ("Ana Ruiz runs the harbour.", "Ruiz said the ferry was ready."),
        ["Ana Ruiz", "Ruiz", "Ruiz"], {},
        {"Ana Ruiz": "Ana Ruiz", "Ruiz": "Ana Ruiz"}),
    "surname-never-named-in-full-by-a-speaker": (
        ("Ana Ruiz runs the harbour.", "Ruiz said the ferry was ready."),
        ["Ruiz"], {}, {"Ruiz": "Ana Ruiz"}),
    "given-name-repeated-in-full": (
        ("Tomas Okafor met the council.", "Later Tomas Okafor spoke to the crowd.",
         "Tomas said the pier was safe."),
        ["Tomas"], {}, {"Tomas": "Tomas Okafor"}),
    "given-name-named-once": (
        ("Tomas Okafor met the council.", "Tomas said the pier was safe."),
        ["Tomas"], {}, {"Tomas": "Tomas Okafor"}),
    "no-given-name-named-once": (
        ("Harbour Okafor met the council.", "Harbour said the pier was safe."),
        ["Harbour"], {}, {"Harbour": "Harbour"}),
    "mr-and-mrs": (
        ("Tom Lee and Nora Lee run the bakery.", "Mrs. Lee said the oven was new."),
        ["Lee"], {"Lee": "female"}, {"Lee": "Nora Lee"}),
    "mr-and-mrs-other-way": (
        ("Nora Lee and Tom Lee run the bakery.", "Mr. Lee said the oven was new."),
        ["Lee"], {"Lee": "male"}, {"Lee": "Tom Lee"}),
    "junior": (
        ("Bob Smith Jr runs the mill.", "Smith said the mill would stay open."),
        ["Smith", "Bob Smith Jr"], {}, {"Smith": "Bob Smith Jr", "Bob Smith Jr": "Bob Smith Jr"}),
    "two-families-more-mentions-win": (
        ("Ana Ruiz and Luis Ruiz own the boat.", "Luis Ruiz fished at dawn.",
         "Ruiz said the catch was good."),
        ["Ruiz"], {}, {"Ruiz": "Luis Ruiz"}),
    "two-families-first-mention-breaks-a-tie": (
        ("Luis Ruiz and Ana Ruiz own the boat.", "Ruiz said the catch was good."),
        ["Ruiz"], {}, {"Ruiz": "Luis Ruiz"}),
    "two-names-part-of-a-longer-one": (
        ("The fair opened.",),
        ["Ann Lee", "Mary Ann Lee", "Ann Lee", "Lee Ann"], {},
        {"Ann Lee": "Mary Ann Lee", "Mary Ann Lee": "Mary Ann Lee", "Lee Ann": "Mary Ann Lee"}),
    "equal-length-names-alphabetical": (
        ("The fair opened.",),
        ["Ann Lee", "Sara Ann Lee", "Mary Ann Lee"], {},
        {"Ann Lee": "Mary Ann Lee", "Sara Ann Lee": "Sara Ann Lee",
         "Mary Ann Lee": "Mary Ann Lee"}),
    "most-words-then-longest": (
        ("The fair opened.",),
        ["Ann Lee", "Annabel Lee", "Ann Bo Lee", "Ann Zachary Lee"], {},
        {"Ann Lee": "Ann Zachary Lee", "Annabel Lee": "Annabel Lee",
         "Ann Bo Lee": "Ann Bo Lee", "Ann Zachary Lee": "Ann Zachary Lee"}),
    "a-shared-word-is-not-enough": (
        ("The fair opened.",),
        ["Ann Lee", "Lee Zachary Bo", "Mary Ann", "Ann Cole"], {},
        {"Ann Lee": "Ann Lee", "Lee Zachary Bo": "Lee Zachary Bo", "Mary Ann": "Mary Ann",
         "Ann Cole": "Ann Cole"}),
    "organisation-run-ignored": (
        ("Harbour Council Smith voted.", "Smith said the vote was close."),
        ["Smith"], {}, {"Smith": "Smith"}),
    "same-letters": (
        ("The fair opened.",),
        ["HarbourLink", "Harbour Link"], {},
        {"HarbourLink": "Harbour Link", "Harbour Link": "Harbour Link"}),
}


@pytest.mark.parametrize("paragraphs, names, genders, expected", CASES.values(), ids=CASES)
def test_canonical_names(paragraphs, names, genders, expected):
    assert canonical_names(names, article(*paragraphs), genders) == expected


# A given name before a particle and a capital, looked for only where the name is written: as
# a search of the whole text finds it ('xBill de Niro' is no Bill; a lower-case word after the
# particle, or no particle, is no full name).
PARTICLES = ("Bill went home. xBill de Niro and Bill de\tblasio. Ann van Dam.\n"
             "Tom\tdu Pont, Tom la. Jo-Ann dos Santos; Sam Dosantos")
PARTICLE_CASES = [("Bill", False), ("Ann", True), ("Tom", True), ("Sam", False), ("Jo", False),
                  ("Jo-Ann", True), ("Rae", False)]


@pytest.mark.parametrize("searched", [100, 0], ids=["searched", "indexed"])
@pytest.mark.parametrize(("name", "after"), PARTICLE_CASES)
def test_particle_after_a_given_name(monkeypatch, searched, name, after):
    monkeypatch.setattr(written, "SEARCHED", searched)
    written._places.cache_clear()
    assert _particle_after(PARTICLES, name) is after
    assert bool(_particle_pattern(name).search(PARTICLES)) is after
