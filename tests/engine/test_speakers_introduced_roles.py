"""A speaker's role from where the article first named them in full, when their quotes give
none: an apposition after the name ('Lisa Park, a fisher,') or role words before it ('Head coach
Kris Lund'); never a relative clause, an aside, a place alone or another person's name."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers, written
from tests.engine.helpers import article

# -- an apposition between commas right after the full name --
APPOSITION = [
    (('Lisa Park, a fisher, was blunt. "We\'ll lose the season," she said.',),
     "Lisa Park", "a fisher"),
    (("Tom Bell, head of the dockers' union, met the board on Monday.",
      '"We want a deal by May," Bell said.'), "Tom Bell", "head of the dockers' union"),
    (("Ana Ruiz, of Halifax, sells fish at the market.", '"Prices went up again," Ruiz said.'),
     "Ana Ruiz", "of Halifax"),
    (("Mara Holt, the family's lawyer, filed the appeal.", '"He did nothing wrong," Holt said.'),
     "Mara Holt", "the family's lawyer"),
    (("Ana Ruiz, 54, runs the ferry office.", '"It is late again," Ruiz said.'),
     "Ana Ruiz", "54"),  # an age, as written: nothing more is made of it
]

# -- lower-case role words right before the name, after a sentence start or a comma --
BEFORE = [
    (("Head coach Kris Lund never lost faith.", '"He will score," Lund said.'),
     "Kris Lund", "Head coach"),
    (("On Monday, former mayor Ana Ruiz opened the bridge.", '"It took ten years," Ruiz said.'),
     "Ana Ruiz", "former mayor"),
    (("Retired teacher Tom Bell walks the pier every day.", '"The tide is early," Bell said.'),
     "Tom Bell", "Retired teacher"),
    (("Harbour Council chairman Tom Bell opened the bridge.", '"It took ten years," Bell said.'),
     "Tom Bell", "Harbour Council chairman"),  # a body's name among the role words
    (("Author Tom Bell signed books all day.", '"My hand hurts," Bell said.'),
     "Tom Bell", "Author"),
]

# -- role words that open the sentence, set off from the name by commas --
ROLE_FIRST = [
    (("Her husband, Tom Bell, met the board on Monday.", '"We want a deal by May," Bell said.'),
     "Tom Bell", "her husband"),
    (("The family's lawyer, Mara Holt, filed the appeal.", '"He did nothing wrong," Holt said.'),
     "Mara Holt", "the family's lawyer"),
    (("The hospital's chief nursing officer, Tom Bell, was blunt.",
      '"It is a cycle we have to break," Bell said.'),
     "Tom Bell", "the hospital's chief nursing officer"),  # lower-case modifiers of the noun
    (("The port's senior policy adviser, Ana Ruiz, met the board.",
      '"We want a deal by May," Ruiz said.'), "Ana Ruiz", "the port's senior policy adviser"),
    (("The Speaker, Tom Bell, called for order.", '"Order," Bell said.'), "Tom Bell",
     "the Speaker"),  # a title written in capitals
    (("Tom Bell's widow, Susan, sat in the front row.", '"Nothing brings him back," Susan said.'),
     "Susan", "Tom Bell's widow"),  # a given name alone introduces a person too
]

# -- what the article says elsewhere comes first: the attribution's role, then a title --
OUTRANKED = [
    (("Lisa Park, a fisher, was blunt at the meeting.",
      '"We will lose the season," said Park, the union\'s treasurer.'),
     "Lisa Park", "the union's treasurer"),
    (("Mayor Ana Ruiz, a lawyer by training, opened the bridge.",
      '"It took ten years," Ruiz said.'), "Ana Ruiz", "Mayor"),
]

# -- an age alone where quoted joins the role the article gave where it introduced them --
AGED = [
    (("Prairie rancher Tom Bell sold half his herd.", '"There is no hay," Bell, 58, said.'),
     "Tom Bell", "Prairie rancher, 58"),
    (("Ana Ruiz, a retired nurse, sold the farm.", '"It was time," said Ruiz, 71.'),
     "Ana Ruiz", "a retired nurse, 71"),
    # near miss: nothing given where introduced, so the age stays alone
    (("Tom Bell sold half his herd.", '"There is no hay," Bell, 58, said.'), "Tom Bell", "58"),
]

# -- near-misses: no role, rather than a wrong one --
NO_ROLE = [
    (("Lisa Park, who fishes off the point, was blunt.",
      '"We will lose the season," Park said.'), "Lisa Park"),  # a relative clause
    (("Lisa Park, however, was blunt at the meeting.",
      '"We will lose the season," Park said.'), "Lisa Park"),  # an aside
    (("Tom Bell, Halifax, sells bread at the market.", '"Flour went up again," Bell said.'),
     "Tom Bell"),  # a place alone
    (("Lisa Park, Tom Bell, and Ana Ruiz met the board.", '"We want a deal," Park said.'),
     "Lisa Park"),  # another person's name: a list
    (("Lisa Park, Tom Bell and Ana Ruiz, all fishers, met the board.",
      '"We want a deal," Park said.'), "Lisa Park"),  # another person's name
    (("Fans love coach Kris Lund.", '"He will score," Lund said.'),
     "Kris Lund"),  # a subject and its verb, not role words
    (("Meanwhile coach Kris Lund kept quiet.", '"He will score," Lund said.'),
     "Kris Lund"),  # a sentence adverb
    (("The wife of coach Kris Lund sat in the stands.", '"He will score," Lund said.'),
     "Kris Lund"),  # another person's role
    (("In a letter, Tom Bell, who bakes bread, wrote to the board.",
      '"Flour went up again," Bell said.'), "Tom Bell"),  # no role words before the comma
    (("Critics blame coach Kris Lund for the loss.", '"He will score," Lund said.'),
     "Kris Lund"),
    (("The boats cost too much, estimates Tom Bell.", '"Flour went up again," Bell said.'),
     "Tom Bell"),  # a verb before the name
    (("The union's lawyer, Okafor, filed the appeal.", '"It is unfair," Okafor said.'),
     "Okafor"),  # a surname alone, no given name: no introduction
    (("Lisa Park was blunt at the meeting.", "Later Lisa Park, a fisher, left early.",
      '"We will lose the season," Park said.'), "Lisa Park"),  # not where first named
    (("Park, a fisher, was blunt at the meeting.", '"We will lose the season," Park said.'),
     "Park"),  # a surname alone introduces nobody
    (("Among the many angry people, Tom Bell, was blunt.", '"Flour went up," Bell said.'),
     "Tom Bell"),  # no speaker noun ends the words before the comma
    (("Including the harbour chief, Tom Bell, met the board.", '"Flour went up," Bell said.'),
     "Tom Bell"),  # a participle used as a preposition opens the words
]


def _roles(paragraphs: tuple[str, ...]) -> dict[str, str | None]:
    return {s.name: s.role for s in find_speakers(article(*paragraphs))}


@pytest.mark.parametrize(("paragraphs", "name", "role"), [
    pytest.param(*case, id=f"{kind}-{n}") for kind, table in (
        ("apposition", APPOSITION), ("before", BEFORE), ("role-first", ROLE_FIRST),
        ("outranked", OUTRANKED), ("aged", AGED))
    for n, case in enumerate(table)])
def test_role_where_introduced(paragraphs, name, role):
    assert _roles(paragraphs).get(name, "not a speaker") == role


@pytest.mark.parametrize(("paragraphs", "name"), [
    pytest.param(*case, id=f"no-role-{n}") for n, case in enumerate(NO_ROLE)])
def test_no_role_where_introduced(paragraphs, name):
    roles = _roles(paragraphs)
    assert name in roles and roles[name] is None, roles


@pytest.mark.parametrize(("paragraphs", "name", "role"), [
    pytest.param(*case, id=f"{kind}-{n}") for kind, table in (
        ("apposition", APPOSITION), ("before", BEFORE), ("role-first", ROLE_FIRST),
        ("no-role", [(*case, None) for case in NO_ROLE]))
    for n, case in enumerate(table)])
def test_same_role_once_names_are_indexed(monkeypatch, paragraphs, name, role):
    """Past the names searched for one by one, among the places a capital starts."""
    monkeypatch.setattr(written, "SEARCHED", 0)
    assert _roles(paragraphs).get(name, "not a speaker") == role


def test_roles_of_more_people_than_are_searched_for():
    """An article quoting more people than `SEARCHED`: the last looked up still take the role
    of their first mention as a whole name, not of a longer name holding it ('Lisa Parker')."""
    people = [f"{given} {surname}" for given in ("Ines", "Oskar", "Petra", "Rufus", "Sela")
              for surname in ("Brand", "Calder", "Dunmore", "Farrow", "Garth", "Holt", "Kessel",
                              "Lund", "Morrow", "Norcross", "Pell", "Quill", "Raven", "Sole",
                              "Tamsin", "Vale", "Wick", "Yarrow", "Zell", "Ash", "Birch", "Cole",
                              "Drake", "Elm", "Fenn")]
    paragraphs = ["Lisa Parker, a nurse, spoke first.", "Lisa Park, a fisher, was blunt."]
    paragraphs += [f"{person}, a baker, opened early." for person in people[:-1]]
    paragraphs += [f'"The ovens are hot," said {person}.' for person in people]
    paragraphs += ['"We will lose the season," said Lisa Park.']
    assert len(people) > written.SEARCHED
    roles = _roles(tuple(paragraphs))
    assert [roles[p] for p in (people[0], people[-2], people[-1], "Lisa Park")] == [
        "a baker", "a baker", None, "a fisher"]
