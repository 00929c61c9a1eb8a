"""The word opening a run of capitalised words: a role before a person's name ('Canadian Tom
Bell', 'Actor Bruce Willis'), but part of a body's name before words no person's name is made of
('Canadian Tire', 'Canadian Pacific Kansas City', 'Shoppers Drug Mart')."""

from __future__ import annotations

from desktop.engine.speakers.aliases import person_like
from desktop.engine.speakers.counted_kin import counted_kin
from desktop.engine.speakers.lexicon import (
    given_name,
    inner_words,
    organisation_words,
    speaker_nouns,
    word_set,
)
from desktop.engine.speakers.parties import party_before
from desktop.engine.speakers.surnames import name_particles
from desktop.engine.word_frequency import zipf_english

# Zipf frequency (wordfreq's English list, case folded) from which a word is a common one: the
# words of a brand ('drug', 'mart' 3.7, 'tire' 4.0, 'pacific') are, most surnames are not
# ('Volkov' 2.3, 'Tremblay' 2.4, 'Okafor' 2.6). A lone word after the opener must be commoner:
# surnames such as 'Garcia' (3.9) and 'Chen' (4.0) are near the line.
COMMON = 3.5
LONE_COMMON = 4.02


def organisation_headed(name: list[str]) -> bool:
    """Whether the name words are headed by an organisation's noun, last before any 'of'
    ('Audit Office', 'Union of Journalists'; not 'Ana Ruiz of Bell College'): the words before
    it name the body ('National', 'Interior'), not a person's role."""
    head = next((k for k, w in enumerate(name) if w in inner_words()), len(name)) - 1
    return head >= 0 and name[head] in organisation_words()


def no_persons_name(rest: list[str], lone: float = LONE_COMMON) -> bool:
    """Whether the capitalised words after an opening demonym or speaker noun are no person's
    name: no given name opens them and every one is a common English word ('Tire', 'Red Cross',
    'National Railway', 'Drug Mart'; not 'Tom Bell', 'Volkov', 'Bell and Ruiz')."""
    if not rest or given_name(rest[0]) or rest[0] in word_set("family_first_names.txt"):
        return False
    return common_words(rest, lone if len(rest) == 1 else COMMON)


def common_words(words: list[str], floor: float = COMMON) -> bool:
    """Whether every word is capitalised and, in lower case, a common English word."""
    return all(w.isalpha() and w[:1].isupper() and zipf_english(w.lower()) >= floor
               for w in words)


def opens_body(name: list[str]) -> bool:
    """Whether a demonym or a speaker noun opens `name` as the first word of a body's name:
    'Canadian Tire', 'Shoppers Drug Mart' (not 'Canadian Tom Bell', 'Ecuadorian Volkov'), or
    `name` is a company's known name ('Dollarama', 'Tim Hortons': brand_names.txt)."""
    return " ".join(name) in word_set("brand_names.txt") or len(name) > 1 and (
        name[0] in word_set("nationality_words.txt") or name[0].lower() in speaker_nouns()) and (
        no_persons_name(name[1:]))


def drop_leading_roles(name: list[str]) -> None:
    """Take off the front of `name` the words that are a role, not the name."""
    while name and (name[0] in inner_words() - name_particles() or counted_kin(name[0]) or (
            len(name) > 1 and name[1] not in inner_words() and name[0].lower() in speaker_nouns(
            ) and not (organisation_headed(name) or opens_body(name)))):
        name.pop(0)  # "Actor Bruce Willis": a role noun capitalised at the start of a sentence
        # (not "Department of Fisheries", not "National Audit Office", not "Shoppers Drug Mart")
    while len(name) > 1 and (name[0] in word_set("nationality_words.txt") or party_before(
            name)) and person_like(" ".join(name[1:])) and not opens_body(name):
        name.pop(0)  # "Ecuadorian Volkov", "Democrat Ana Ruiz": where the person is from, or
        # their party, is a role, not a name
