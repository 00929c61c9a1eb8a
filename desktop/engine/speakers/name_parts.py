"""One name or several: 'Green and Schneider', 'Cameron Easley for Morning Consult' (a person
and what they work for), 'Fisheries and Oceans Canada' (one body's name)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from desktop.engine.speakers.aliases import person_like
from desktop.engine.speakers.lexicon import (
    given_name,
    possessive_determiners,
    pronouns,
    speaker_nouns,
    titles,
    word_set,
    word_sets,
)
from desktop.engine.speakers.name_openers import COMMON, no_persons_name
from desktop.engine.speakers.noun_phrases import is_name_word


def person_for(name: str) -> tuple[str, str]:
    """'Cameron Easley for Morning Consult' -> ('Cameron Easley', 'for Morning Consult'): a
    person's name before what they work for or where they are from ('National Center for …',
    'Bank of Canada' stay whole)."""
    person, _, body = name.partition(" for ")
    if body and len(person.split()) >= 2 and person_like(person) and person.split()[
            0].lower() not in word_set("articles.txt"):  # not 'A spokesperson for Ana Ruiz'
        return person, f"for {body}"
    person, _, body = name.partition(" of ")  # "Mike Lee of Ohio", not "Bank of Canada"
    if body and len(person.split()) >= 2 and person_like(person) and given_name(
            person.split()[0]):
        return person, f"of {body}"
    return name, ""


def coordinated(name: str) -> list[str]:
    """'Green and Schneider' -> both; 'Tom and Ryan Bell' -> 'Tom Bell', 'Ryan Bell' (given
    names alone before a full name share its surname); 'Procter and Gamble'-like names stay
    whole."""
    parts = [p.strip() for p in re.split(r" ?, | and ", name)]  # "Bell, Ruiz and Okafor"
    if len(parts) > 1 and not body_of_a_place(parts[-1].split()) and all(
            p and is_name_word(p.split()[0]) and person_like(p) for p in parts):
        last = parts[-1].split()
        if len(last) > 1 and all(given_name(p) for p in [*parts[:-1], last[0]]):
            return [f"{p} {' '.join(last[1:])}" for p in parts[:-1]] + [parts[-1]]
        return parts
    return [name]


def body_of_a_place(last: list[str]) -> bool:
    """'Oceans Canada' ending 'Fisheries and Oceans Canada', 'Recreation Ontario': a name's last
    part ending in a country or a province names a government body, whose 'and' joins two words
    of one name ('Michael Jordan', 'Ana Virginia' are people: they open with a given name)."""
    places = word_sets("country_names.txt", "region_names.txt")
    return len(last) >= 2 and not given_name(last[0]) and any(
        " ".join(last[-k:]) in places for k in range(1, min(len(last) - 1, 3) + 1))


def trade_of_a_place(name: list[str]) -> bool:
    """'Nova Scotia Power', 'NB Power', 'B.C. Ferries', 'Ontario Power Generation': a province's,
    state's or country's name or initials, then a utility's or carrier's trade (and at most one
    more name word), names the body that serves the place so, not a person called 'Power'. Not
    after a place that is a given name too ('Virginia Power' may be a woman), nor after a name
    that is no place ('Samantha Power'; 'Harbour Ferries' is no place the lists know)."""
    for k in range(1, min(len(name) - 1, 3) + 1):
        rest = name[k:]
        if " ".join(name[:k]) in _places() and len(rest) <= 2 and rest[0] in word_set(
                "trade_words.txt") and all(is_name_word(w) for w in rest):
            return not given_name(name[0])
    return False


def opened_by_a_place(name: list[str]) -> bool:
    """'Canada Goose', 'Alberta Wheat Pool', 'Hydro-Québec': a country's, province's or state's
    name opening a name, or one part of a hyphenated one, before words that open with no given
    name, names a body, not a person ('Ontario Tom Bell' is a person from there; 'Georgia
    Okafor' may be a woman: a place that is a given name too is left alone)."""
    if len(name) == 1:
        return "-" in name[0] and any(_plain(part) in _places() for part in name[0].split("-"))
    return name[0] in _places() and not given_name(name[0]) and no_persons_name(name[1:], COMMON)


def _plain(word: str) -> str:
    """'Québec' -> 'Quebec': the lists write places without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@cache
def _places() -> frozenset[str]:
    """Countries, provinces and states, and the provinces' initials written without stops too
    ('BC', 'NB', 'PEI' beside 'B.C.', 'N.B.', 'P.E.I.')."""
    regions = word_set("region_names.txt")
    bare = {r.replace(".", "") for r in regions if re.fullmatch(r"(?:[A-Z]\.)+", r)}
    return word_set("country_names.txt") | regions | bare


def place_owned(word: str) -> bool:
    """"Quebec's", "Canada’s": a capitalised name in the possessive (before a title: "Quebec's
    minister responsible for the French language")."""
    return word[:1].isupper() and word[-2:] in ("'s", "’s") and word.lower() not in pronouns()


def unnamed_as_written(name: str) -> str:
    """An unnamed speaker as the panel shows it: 'Officials' -> 'officials', 'His lawyer' -> 'his
    lawyer' (a speaker noun or possessive opening a sentence), but a title before a name keeps
    its capital ("Premier Ana Ruiz's office")."""
    first, *rest = name.split()
    if first.lower() in possessive_determiners() or first.lower() in speaker_nouns() and (
            first not in titles() or not rest or rest[0].islower()):
        return name[:1].lower() + name[1:]
    return name
