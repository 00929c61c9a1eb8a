"""The word opening a run of capitalised words: a role before a person's name ('Canadian Tom
Bell', 'Actor Bruce Willis'), not when an organisation's noun heads the run."""

from __future__ import annotations

from desktop.engine.speakers.aliases import person_like
from desktop.engine.speakers.lexicon import (
    inner_words,
    organisation_words,
    speaker_nouns,
    word_set,
)
from desktop.engine.speakers.surnames import name_particles


def organisation_headed(name: list[str]) -> bool:
    """Whether the name words are headed by an organisation's noun, last before any 'of'
    ('Audit Office', 'Union of Journalists'; not 'Ana Ruiz of Bell College'): the words before
    it name the body ('National', 'Interior'), not a person's role."""
    head = next((k for k, w in enumerate(name) if w in inner_words()), len(name)) - 1
    return head >= 0 and name[head] in organisation_words()


def drop_leading_roles(name: list[str]) -> None:
    """Take off the front of `name` the words that are a role, not the name."""
    while name and (name[0] in inner_words() - name_particles() or len(name) > 1 and name[
            1] not in inner_words() and name[0].lower() in speaker_nouns() and not (
            organisation_headed(name))):
        name.pop(0)  # "Actor Bruce Willis": a role noun capitalised at the start of a sentence
        # (not "Department of Fisheries", not "National Audit Office")
    while len(name) > 1 and name[0] in word_set("nationality_words.txt") and person_like(
            " ".join(name[1:])):
        name.pop(0)  # "Ecuadorian Volkov": where the person is from is a role, not a name
