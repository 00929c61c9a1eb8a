"""The word sets of the speaker finder, one place, each read once from a list in `resources/`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from desktop.engine.language import stop_words
from desktop.paths import word_list


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of `resources/<name>` as a set."""
    return frozenset(word_list(name))


@cache
def flags(name: str) -> frozenset[str]:
    """Every flag a line of `resources/<name>` holds: `flagged(name, flag)` is empty for any
    other (one look-up, where `flagged` per word would read the list again for each word)."""
    return frozenset(flag for line in word_list(name) for flag in line.split()[1:])


@cache
def word_sets(*names: str) -> frozenset[str]:
    """The entries of several `resources/` lists as one set, made once: a union written where
    a word is tested is made again at every test (tens of thousands on a long article)."""
    return frozenset().union(*map(word_set, names))


@cache
def flagged(name: str, flag: str = "") -> frozenset[str]:
    """First fields of the lines of `resources/<name>` whose other fields hold `flag` (all lines
    when `flag` is empty): 'told hearer' in speech_verbs.txt is a hearer verb."""
    rows = [line.split() for line in word_list(name)]
    return frozenset(row[0] for row in rows if not flag or flag in row[1:])


@lru_cache(maxsize=1)
def non_name_words() -> frozenset[str]:
    """Lower-case words that are not part of a name even when capitalised: sumy's English stop
    words less those that begin names ('New York', 'First Lady')."""
    stop = {w.lower() for w in stop_words("english")}  # sumy's list, read without pycountry
    return frozenset(stop) - word_set("name_starts.txt")


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, bool]:
    """Speech verb forms -> whether they count only before a quotation ('called *')."""
    return {line.split()[0]: "*" in line.split() for line in word_list("speech_verbs.txt")}


_LETTERS = re.compile(r"[^\W\d_]+")


def may_hold_speech_verb(text: str) -> bool:
    """Whether a token of `text` may be a speech verb form: one of its runs of letters is one.
    Every form is a word of lower-case letters, and a token that equals one is a whole run of
    letters, so False means none is there: a sentence need not be tokenised to tell."""
    return not speech_verbs().keys().isdisjoint(_LETTERS.findall(text))


@lru_cache(maxsize=1)
def base_forms() -> frozenset[str]:
    """Speech verb forms that are the bare verb ('say', 'testify'): those whose third person
    singular ('says', 'testifies') is listed too."""
    forms = speech_verbs()
    return frozenset(f for f in forms if not f.endswith("s") and (
        f + "s" in forms or f + "es" in forms or f[:-1] + "ies" in forms))


def hearer_verbs() -> frozenset[str]:
    """Speech verb forms followed by who listens ('told reporters that ...')."""
    return flagged("speech_verbs.txt", "hearer")


def that_verbs() -> frozenset[str]:
    """Speech verb forms that report speech only before 'that', a colon or a quotation
    ('revealed that …'; 'revealed the plan' reports nothing)."""
    return flagged("speech_verbs.txt", "that")


@lru_cache(maxsize=1)
def particles() -> dict[str, frozenset[str]]:
    """Speech verb forms -> the particles one of which must follow them ('shot' -> 'back':
    'shot back that …', 'posted' -> 'on', 'to': 'posted to Instagram that …')."""
    rows = [line.split() for line in word_list("speech_verbs.txt")]
    return {row[0]: frozenset(f[1:] for f in row[1:] if f.startswith("+")) for row in rows
            if any(f.startswith("+") for f in row[1:])}


def speech_verb_at(toks: Sequence, k: int) -> bool:
    """Whether token `k` of `toks` is a speech verb form, with the particle it needs right after
    it ('shot back', 'pointed out'; 'shot' or 'pointed' alone no)."""
    word = toks[k].text
    particle = particles().get(word)
    return word in speech_verbs() and (particle is None or k + 1 < len(toks) and (
        toks[k + 1].text in particle))


def demand_verbs() -> frozenset[str]:
    """Speech verb forms that report a demand: 'called for new tariffs', 'called on X to'."""
    return flagged("speech_verbs.txt", "for")


def speech_nouns() -> frozenset[str]:
    """Nouns that report speech with a possessor and a clause ('Ruiz's claim that …')."""
    return flagged("speech_nouns.txt")


def to_nouns() -> frozenset[str]:
    """Speech nouns that take a to-infinitive of what was said ('his promise to …')."""
    return flagged("speech_nouns.txt", "to")


def possessive_determiners() -> frozenset[str]:
    """'my', 'his', 'their': they open a noun phrase as an article does."""
    return flagged("possessive_determiners.txt")


@lru_cache(maxsize=1)
def possessive_pronouns() -> dict[str, str]:
    """Possessive determiner of the third person -> the subject pronoun it stands for ('his'
    -> 'he')."""
    rows = (line.split() for line in word_list("possessive_determiners.txt"))
    return {row[0]: row[1] for row in rows if len(row) == 2}


def relative_pronouns(flag: str = "") -> frozenset[str]:
    """'who', 'which', 'whose', 'that'; with `flag` "plain", those that are nothing else."""
    return flagged("relative_pronouns.txt", flag)


@cache
def clause_openers() -> frozenset[str]:
    """Words that open a clause of their own: conjunctions, subordinators, relative pronouns."""
    return word_set("clause_openers.txt") | flagged("subordinators.txt") | relative_pronouns()


def noun_verbs() -> frozenset[str]:
    """Speech verb forms that are also common nouns ('state', 'notes')."""
    return flagged("speech_verbs.txt", "noun")


@lru_cache(maxsize=1)
def pronouns() -> dict[str, str]:
    """Pronoun -> what it can stand for: 'male', 'female' or 'group'."""
    return dict(line.split() for line in word_list("pronouns.txt"))


@lru_cache(maxsize=1)
def person_nouns() -> dict[str, str | None]:
    """Singular noun for one person -> the sex it tells ('spokeswoman' -> 'female') or None."""
    rows = [line.split() for line in word_list("person_nouns.txt")]
    return {row[0]: next((w for w in row[1:] if w in ("male", "female")), None) for row in rows}


@lru_cache(maxsize=1)
def title_genders() -> dict[str, str]:
    """Title -> the gender it tells ('Mrs' -> 'female')."""
    return {line.split()[0]: line.split()[1] for line in word_list("gendered_titles.txt")}


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given name -> the sex it is almost always given to ('Maria' -> 'female')."""
    return dict(line.split() for line in word_list("given_names.txt"))


@lru_cache(maxsize=1)
def sexed_pronouns() -> dict[str, str]:
    """Possessive, object or reflexive pronoun -> the sex it tells ('her' -> 'female')."""
    return dict(line.split() for line in word_list("sexed_pronouns.txt"))


@lru_cache(maxsize=1)
def compound_name_starts() -> dict[str, str]:
    """First part of a compound given name -> the compound's sex, for parts that tell none
    alone ('Jean' -> 'male': 'Jean-Marie')."""
    return dict(line.split() for line in word_list("compound_name_starts.txt"))


def given_name_gender(name: str) -> str | None:
    """The sex a given name tells; a hyphenated one takes its first part's ('Jo-Renee' ->
    'female', 'Jean-Marie' -> 'male', 'Pierre-Marie' -> 'male'); None when it tells nothing
    (a first part of both sexes or unknown: 'Lee-Anne', 'Kyung-Hee')."""
    genders = given_name_genders()
    if name in genders or "-" not in name:
        return genders.get(name)
    first = name.split("-", 1)[0]
    return genders.get(first) or compound_name_starts().get(first)


def given_name(word: str) -> bool:
    """Whether `word` is a given name, of one sex ('Maria') or of both ('Lee', 'Jordan', and a
    compound opening with one: 'Lee-Anne')."""
    first = word.split("-", 1)[0]
    return given_name_gender(word) is not None or first in word_set("shared_given_names.txt")


def ambiguous_name(before: str, word: str, after: str) -> bool:
    """'May', 'Will': a given name that is also a common word is a name only in a name's
    place: after a given name ('Theresa May'), before a capitalised word ('Will Smith'), or
    between a punctuation mark and a speech verb ('"…," May said') or the other way round
    ('said May, the party's leader'). A capitalised common or number word that is no function
    word is inside a name between a given name and a capitalised word ('Roberta Many Guns',
    'Mary Two-Axe Earley'; not 'Ana And Tom' of a heading)."""
    if word[1:2].islower() and after[1:2].islower() and after[:1].isupper() and given_name_gender(
            before) and word.lower() not in word_set("function_words.txt"):
        return word[:1].isupper() and after.lower() not in non_name_words()
    if not (word[:1].isupper() and given_name_gender(word) and word.lower() in non_name_words()):
        return False
    return bool(given_name_gender(before)) or (after[:1].isupper() and after.isalpha()) or (
        before[:1] in ',"”’' and bool(before) and after in speech_verbs()) or (
        before in speech_verbs() and after in (",", "."))


def courtesy_titles() -> frozenset[str]:
    """Titles that are a courtesy, not a role ('Mr', 'Ms')."""
    return flagged("gendered_titles.txt", "courtesy")


def inner_words() -> frozenset[str]:
    """Words that can stand inside a name ('Bank of England', 'Ursula von der Leyen')."""
    return flagged("name_inner_words.txt")


def inner_after() -> frozenset[str]:
    """Inner name words that may follow a name's first word after a speech verb."""
    return flagged("name_inner_words.txt", "after")


def whole_word(words: Iterable[str], suffix: str = "") -> re.Pattern:
    """Matches any one of `words` as written (a stop or a plus is no pattern), longest first,
    and then `suffix`, a pattern, as the whole string."""
    either = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:{either}){suffix}$")


@lru_cache(maxsize=1)
def time_word() -> re.Pattern:
    """Matches a day word that may stand beside a speech verb ('Monday', 'today')."""
    return whole_word(word_set("time_words.txt"))


@lru_cache(maxsize=1)
def number_word() -> re.Pattern:
    """Matches a capitalised number word, hyphenated compounds too ('Twenty-seven')."""
    return whole_word(word_set("number_words.txt"), r"(?:-\w+)?")


def titles() -> frozenset[str]:
    return word_set("titles.txt")


@lru_cache(maxsize=1)
def title_nouns() -> dict[str, str]:
    """Title -> the noun a later mention uses for its holder ('Justice' -> 'judge')."""
    return dict(line.split() for line in word_list("title_nouns.txt"))


def speaker_nouns() -> frozenset[str]:
    return word_set("speaker_nouns.txt")


def speaker_noun(word: str) -> bool:
    """A speaker noun in any case, or one that is also a surname in lower case ('the reeve')."""
    return word.lower() in speaker_nouns() or word in word_set("surname_role_nouns.txt")


def organisation_words() -> frozenset[str]:
    return word_set("organisation_words.txt")


def place_abbreviation() -> str:
    """A pattern for an abbreviation, with its stop, that begins a place name ('St. Louis',
    'Sault Ste. Marie', 'Martin St. Louis'): before a capitalised word, a name word."""
    either = "|".join(re.escape(w) for w in sorted(word_set("place_abbreviations.txt")))
    return rf"(?:{either})\."


def people_noun(word: str) -> bool:
    """A noun for who speaks before a place ('officials in', 'cheese makers in'): a speaker
    noun, or a lower-case plural ('makers', not 'process')."""
    return word.lower() in speaker_nouns() or word.isalpha() and word.islower() and (
        word.endswith("s") and not word.endswith(("ss", "us")))


@cache
def openers() -> frozenset[str]:
    """Words that open a noun phrase before its nouns: 'the', 'a', 'his', 'their'."""
    return word_set("articles.txt") | possessive_determiners()
