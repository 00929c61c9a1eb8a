"""Titles that go with the name after them, not with the role before it: 'Sir', 'Mr' ending a
role ('NAO head Sir John Bourn'), capitalised role words ('Prime', 'Zealand's'), and a word
capitalised only because it opens the sentence ('Rival Sony said')."""

from __future__ import annotations

from desktop.engine.speakers.aliases import opening_word
from desktop.engine.speakers.dates import date_phrase
from desktop.engine.speakers.found import Found, without_aside
from desktop.engine.speakers.lexicon import (
    courtesy_titles,
    non_name_words,
    speaker_nouns,
    time_word,
    title_genders,
    titles,
    word_set,
)
from desktop.engine.speakers.name_parts import body_of_a_place
from desktop.engine.speakers.named import Named
from desktop.engine.speakers.noun_phrases import POSSESSIVE, is_name_word
from desktop.engine.speakers.sexes import Sexes


def honorific(role: str) -> str | None:
    """The courtesy or honorific title ('Sir', 'Mr') ending a role of several words, which
    belongs with the name after it ('NAO head Sir John Bourn'), else None."""
    if " " not in role:
        return None
    last = role.rsplit(maxsplit=1)[-1].rstrip(".")
    return last if last in title_genders() else None


def capital_role(word: str) -> bool:
    """A word that goes on a role written in capitals: a title ('Prime', 'Secretary') or a
    possessive ('Zealand's')."""
    return word.rstrip(".") in titles() or bool(POSSESSIVE.search(word)) and word[-2:-1] in "'’"


def opening_modifier(found: Found, named: Named) -> tuple[str, tuple[str, ...]]:
    """'Rival Sony said', 'Paris-based Euronext said': a word capitalised only because it
    opens the sentence, or a '-based' modifier, is a role, not part of the name; a title
    keeps its capital ('Premier Ana Ruiz said' where the text also writes 'the premier')."""
    words = found.words
    first = words[0] if words else ""
    opening = (found.mention.start in named.sentence_starts and opening_word(
        " ".join(words), named.lower) and first.lower() not in (
            non_name_words() | speaker_nouns()) and not capital_role(first)) and not (
        body_of_a_place(list(words)))  # 'Statistics Canada said': the agency's own name
    if len(words) > 1 and is_name_word(words[1]) and time_word().match(first.lower()):
        return "", words[1:]  # "Yesterday Sony said": a time, not a role
    if len(words) > 1 and (opening or first.endswith("-based")) and is_name_word(words[1]):
        # "Montreal's" stays, and so does a word of a role in capitals ('Deputy Prime
        # Minister', 'New Zealand's Prime Minister', 'Home Secretary')
        lowered = opening and {first.lower(), first.lower() + "s"} & named.lower and not any(
            capital_role(w) for w in words[1:])  # 'Long-Term Care Minister Ana Ruiz'
        return (first.lower() if lowered else first), words[1:]
    return "", words


def role_as_written(role: str, name: str, found_role: str | None, sexes: Sexes) -> str | None:
    """The role of `name` as its mention writes it and as the attribution gives it after the
    name, `found_role` (no aside: ', speaking at the rally,'); a courtesy title tells `sexes`
    a sex and is no role, nor is a date ('Yesterday afternoon Ruiz said') nor 'elder' ('the
    elder Bell')."""
    if date_phrase(role.split()) or role in word_set("namesake_words.txt"):
        role = ""
    elif role.rstrip(".") in courtesy_titles():
        sexes.tell(name, title_genders()[role.rstrip(".")])
        role = ""  # "Mr", "Mrs": a courtesy, not a role
    elif honorific(role):  # 'NAO head Sir John Bourn': Sir goes with the name
        sexes.tell(name, title_genders()[honorific(role)])
        role = role.rsplit(maxsplit=1)[0]
    written = without_aside(found_role) if found_role else ""
    if written:
        role = f"{role} {written}" if role and written.startswith("of ") else (
            written if not role else f"{role}, {written}")
    return role or None
