"""Relative clauses beside a speech verb: 'Ruiz, who said …, left early', 'The nurse who filed
the complaint said …'."""

from __future__ import annotations

from functools import cache

from desktop.engine.speakers.found import QUOTE_MARKS, bracket_depth
from desktop.engine.speakers.lexicon import (
    flagged,
    non_name_words,
    possessive_determiners,
    relative_pronouns,
    speaker_nouns,
    speech_verbs,
    word_set,
)
from desktop.engine.speakers.noun_phrases import (
    Token,
    is_name_word,
    skip_between,
    subject_before,
)

_BREAKS = frozenset(',;:—–("“')  # what may stand before a subject opening a clause
_CLAUSE_REACH = 8  # longest 'who VERB THE OBJECT' before the speech verb, in tokens
_ROLE_REACH = 8  # longest role between a name and ', who', in tokens (as subjects.ROLE_REACH)
_WHO_REACH = 12  # 'fans who gathered outside Scotiabank Arena on Monday night say'
_REDUCED_REACH = 10  # 'Two nurses interviewed by the Ashton Post on Monday said'


def relative_clause_end(toks: list[Token], i: int, content: tuple[int, int]) -> tuple[int, int]:
    """'Ruiz, who said the bridge "must be fixed by spring," left early': reported speech in a
    relative clause set off by commas ends with the clause, at the comma before the main
    clause's verb (a lower-case word that is not a function word, an adverb or a participle)."""
    j = skip_between(toks, i)
    if j < 1 or toks[j].text.lower() != "who" or toks[j - 1].text != ",":
        return content
    bracketed = 0
    for k, tok in enumerate(toks[i + 1 : -1], i + 1):
        bracketed = bracket_depth(tok.text, bracketed)
        if tok.start < content[0] or tok.text != "," or bracketed:
            continue
        nxt = k + 2 if toks[k + 1].text in QUOTE_MARKS and k + 2 < len(toks) else k + 1
        if _main_verb(toks[nxt].text):
            return content[0], tok.start
    return content


def _main_verb(word: str) -> bool:
    """A word that can open the predicate of the writer's clause: 'left', 'has', 'would'."""
    if not word.isalpha() or not word.islower():
        return False
    if word in flagged("clause_verbs.txt") or word in speech_verbs():
        return True
    return word not in non_name_words() and not word.endswith(("ly", "ing")) and (
        word not in word_set("aside_words.txt") and word not in word_set("clause_conjunctions.txt"))


def relative_head(toks: list[Token], phrase: tuple[int, int] | None) -> tuple[int, int] | None:
    """'The nurse who filed the complaint said': the phrase before a speech verb that ends a
    relative clause (lower-case words after 'who' or 'which', no comma) is its object; the
    speaker is the noun phrase the clause describes ('the nurse', 'Ruiz, who heads the union
    said'), or nobody."""
    if phrase is None:
        return None
    for k in range(phrase[0] - 1, max(0, phrase[0] - _CLAUSE_REACH) - 1, -1):
        word = toks[k].text
        if word.lower() in relative_pronouns("plain") or _that_of(toks, k):
            clause_verb = toks[k + 1].text
            if k == 0 or k + 1 >= phrase[0] or not clause_verb.isalpha() or not (
                    clause_verb.islower()) or clause_verb in speech_verbs():
                return phrase
            return subject_before(toks, k - 1 if toks[k - 1].text == "," else k)
        if not (word.isalpha() and word.islower()):
            return phrase
    return phrase


def relative_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker before the verb at `i`: the noun phrase there, or the one a relative clause
    ending there describes; 'Tom Bell of the union that represents ferry staff said': the
    clause's object heads no speaker's phrase ('staff'), yet Tom Bell speaks."""
    phrase = subject_before(toks, i)
    if phrase is not None:
        return relative_head(toks, phrase)
    b = skip_between(toks, i) + 1
    if b < 2 or not (toks[b - 1].text.isalpha() and toks[b - 1].text.islower()):
        return None
    head = relative_head(toks, (b - 1, b))
    return None if head == (b - 1, b) else head


def _that_of(toks: list[Token], k: int) -> bool:
    """'Coun. Tom Bell of the ward that includes Riverdale said': 'that' after 'of the' and a
    lower-case noun opens a relative clause on that noun ('told the board that' is no such)."""
    return toks[k].text == "that" and k > 2 and toks[k - 1].text.islower() and (
        toks[k - 1].text.isalpha() and toks[k - 2].text == "the" and toks[k - 3].text == "of")


def who_before(toks: list[Token], i: int) -> tuple[int, int] | None:
    """'Commuters who rely on the line say', 'fans who gathered outside Scotiabank Arena on
    Monday night say': the speaker of a verb at `i` that ends a 'who' clause of words (no
    punctuation) whose last word heads no noun phrase is the noun phrase the clause describes
    ('commuters'); None when no such clause ends there."""
    for k in range(i - 1, max(0, i - _WHO_REACH) - 1, -1):
        word = toks[k].text
        if word == "who" and k > 0 and k + 1 < i and toks[k + 1].text not in speech_verbs():
            return subject_before(toks, k)
        if not word.isalpha():
            return None
    return None


def contact_before(toks: list[Token], i: int) -> tuple[int, int] | None:
    """'The experts I interviewed said', 'Voters we spoke to say': a contact relative clause
    (a subject pronoun and a past verb, with no 'who' or 'that') between a speaker's noun and
    the verb at `i` describes that noun, who speaks; None when no such clause ends there."""
    k = skip_between(toks, i)
    if k > 0 and toks[k].text in _prepositions():  # 'spoke to', 'talked with'
        k -= 1
    verb = toks[k].text if k > 2 else ""
    if not (verb.isalpha() and verb.islower() and (verb.endswith("ed") or verb in word_set(
            "irregular_pasts.txt"))) or toks[k - 1].text.lower() not in word_set(
            "subject_pronouns.txt") - {"it"} or toks[k - 2].text not in speaker_nouns():
        return None
    phrase = subject_before(toks, k - 1)
    return phrase if phrase is not None and phrase[1] == k - 1 else None


def reduced_before(toks: list[Token], i: int) -> tuple[int, int] | None:
    """'Officials contacted by Harbour News said', 'A woman injured in the crash said', 'People
    living near the plant say': the speaker of a verb at `i` after a reduced relative clause
    (a participle, then words with no punctuation or conjunction) is the lower-case noun phrase
    opening the clause before the participle, not the noun ending the clause ('Harbour News');
    None when no such clause ends there."""
    for k in range(i - 2, max(0, i - _REDUCED_REACH) - 1, -1):
        word = toks[k].text
        if not word.replace(",", "").isalnum() or word in word_set("clause_conjunctions.txt") or (
                word in relative_pronouns()):
            return None  # 'a company that had declared': the verb is the relative clause's
        if k > 0 and _reduced_participle(word, toks[k + 1].text):
            if toks[k + 1].text == "by" and word in word_set("authorship_participles.txt"):
                return None  # 'a survey conducted by Harbour Polls said': the pollster
            phrase = subject_before(toks, k)
            head = toks[k - 1].text
            if phrase is None or phrase[1] != k or not (head.islower() or k - 1 == 0) or not (
                    phrase[0] == 0 or toks[phrase[0] - 1].text in _BREAKS):
                return None
            return phrase if head.lower() in speaker_nouns() and head.lower() not in (
                word_set("determiners.txt")) else None
    return None


def _reduced_participle(word: str, nxt: str) -> bool:
    """'contacted by', 'injured in', 'living near', 'accused of': a participle opening a
    reduced relative clause, before a preposition ('announced changes' is a verb and its
    object) or, for an -ing form, a determiner or a number ('building the bridge', 'representing
    7,000 nurses'; not 'mining company')."""
    if not word.isalpha() or not word.islower():
        return False
    follows = _prepositions()
    if word.endswith("ing") and len(word) > 5:  # 'speaking on condition', 'building the bridge'
        return nxt in follows or nxt in _determiners() or (
            nxt[:1].isdigit())  # 'The union representing 7,000 nurses'
    if word in speech_verbs() and nxt not in ("of", "by") and f"{word} {nxt}" not in word_set(
            "other_senses.txt"):  # 'accused of fraud', 'asked by', 'charged with theft'
        return False
    past = word.endswith("ed") or word in word_set("irregular_participles.txt")
    return past and nxt in follows and nxt != "not"


@cache
def _prepositions() -> frozenset[str]:
    """The prepositions a participle opening a reduced relative clause takes after it."""
    return word_set("phrase_prepositions.txt") | word_set("affiliation_words.txt") | word_set(
        "place_prepositions.txt")


@cache
def _determiners() -> frozenset[str]:
    """'the', 'a', 'his': what may follow an -ing participle ('building the bridge')."""
    return word_set("articles.txt") | possessive_determiners()


def name_before_role(toks: list[Token],
                     phrase: tuple[int, int] | None) -> tuple[int, int] | None:
    """'Jordan Feinberg, press secretary for Rep. Nadia Kress, who says': the name opening the
    clause, before a comma and a role in lower case that names nobody itself (not 'spokesman
    Tom Alder'), is the one the 'who' clause is about."""
    if phrase is None or not _nameless_role(toks[slice(*phrase)]):
        return phrase
    k = phrase[0] - 1
    while k > 0 and phrase[0] - k < _ROLE_REACH and toks[k].text.isalpha() and (
            toks[k].text.islower()):
        k -= 1  # 'press' before 'secretary for …'
    name = subject_before(toks, k) if k > 0 and toks[k].text == "," else None
    if name is None or name[1] != k or not all(is_name_word(t.text) for t in toks[slice(*name)]):
        return phrase
    return name if name[0] == 0 or toks[name[0] - 1].text in (":", "—", "–") else phrase


def _nameless_role(words: list[Token]) -> bool:
    """'a press secretary', 'secretary for Rep. Nadia Kress': lower case first, and any name
    after a preposition ('for', 'of'), not right after the role ('spokesman Tom Alder')."""
    first_name = next((n for n, t in enumerate(words) if is_name_word(t.text)), len(words))
    return words[0].text.islower() and (first_name == len(words) or words[first_name - 1].text
                                        in ("for", "of", "at", "to", "with"))
