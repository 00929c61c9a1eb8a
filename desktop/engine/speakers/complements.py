"""Speech reported by what was demanded ('called for new tariffs on steel', 'called on the
minister to resign') or what something was called ('called the vote a farce', 'described the
plan as a mistake'), and how many words a reported content needs."""

from __future__ import annotations

from functools import lru_cache

from desktop.engine.speakers.lexicon import (
    demand_verbs,
    flagged,
    people_noun,
    possessive_determiners,
    time_word,
    word_set,
    word_sets,
)
from desktop.engine.speakers.noun_phrases import Token

MIN_WORDS = 3
LABEL_REACH = 20  # tokens from 'called' to the 'a' of its label ('called the … a ploy')
AS_REACH = 12  # tokens from 'described' to its 'as' ('described the … as a mistake')
DEMAND_REACH = 8  # tokens from 'called on' to the 'to' of its infinitive ('on the … to resign')
_ASKED_CLAUSE = {"that", "whether", "if", "what", "why", "how", "when", "where", "who", "which"}
ASKED_REACH = 4  # tokens of who was asked before 'for' ('asked the regional health authority')
WHAT_REACH = 5  # words from 'what' to 'called' ('what the conference's host called')
_OPEN = {'"', "“", "„", "«"}  # a quotation opening right after the verb


def complement_start(toks: list[Token], i: int) -> int | None:
    """Where what was said opens when the 'call' form at `i` demands or labels, else None."""
    for rule in (demanded, labelled, described):
        start = rule(toks, i)
        if start is not None:
            return start
    return None


def labelled(toks: list[Token], i: int) -> int | None:
    """'called Oz a quack', 'called the vote a farce': a 'call' form at `i`, its object and a
    noun phrase opened by 'a'/'an' naming it say what the speaker called it (not 'called a
    meeting', 'called the police a few minutes later', 'called it a day')."""
    if toks[i].text.lower() not in demand_verbs() or i + 2 >= len(toks):
        return None
    if not _object_opens(toks[i + 1].text):
        return None
    for k in range(i + 2, min(len(toks) - 1, i + LABEL_REACH)):
        if toks[k].text in ("a", "an"):
            after = toks[k + 1].text.lower()
            no_label = after in word_sets("period_nouns.txt", "not_labels.txt")
            return None if no_label else i + 1
        if not toks[k].text[:1].isalnum() or toks[k].text in ("to", "on", "off", "that"):
            return None
    return None


def described(toks: list[Token], i: int) -> int | None:
    """'described the plan as a mistake', 'has described it as reckless': a 'describe' form at
    `i`, its object and 'as' opening what the speaker called it say what was said (not 'as
    described above', 'described in detail', 'described the scene as she left', 'as well as');
    a 'quoted' form ('dismissed', 'branded') only with a quotation right after its 'as'."""
    if toks[i].text.lower() not in flagged("speech_verbs.txt", "as") or i + 3 >= len(toks):
        return None
    if not _object_opens(toks[i + 1].text):
        return None
    quoted = toks[i].text.lower() in flagged("speech_verbs.txt", "quoted")
    for k in range(i + 2, min(len(toks) - 1, i + AS_REACH)):
        if toks[k].text == "as":
            after = toks[k + 1].text
            if quoted:  # 'dismissed the report as "a fairy tale"', not 'as moot'
                return i + 1 if after in _OPEN else None
            conjunction = after.lower() in word_sets("subject_pronouns.txt",
                                                     "as_conjunctions.txt")
            return None if conjunction or not after[:1].isalnum() else i + 1
        if not toks[k].text[:1].isalnum() or toks[k].text == "that" or (
                toks[k].text == "to" and not _to_hearer(toks, k)):
            return None
    return None


def _to_hearer(toks: list[Token], k: int) -> bool:
    """'described the plan to reporters as …', 'to CBC News as …', 'to councillors as …', 'to
    the board as …': the 'to' at `k` names who listened (a hearer word, a name, a determiner or
    a noun for people), not an infinitive ('described the plan to cut …', 'to address …')."""
    after = toks[k + 1].text
    word = after.lower()
    return word in word_set("hearer_words.txt") | word_set("determiners.txt") | (
        possessive_determiners()) or after[:1].isupper() or people_noun(word)


def _object_opens(word: str) -> bool:
    """Whether `word` may open the object of 'called'/'described': a name, a determiner, a
    possessive or an object pronoun ('called Oz …', 'described the plan …', 'called it …')."""
    return word[:1].isupper() or word.lower() in word_set("determiners.txt") | (
        possessive_determiners()) | word_set("object_pronouns.txt")


def demanded(toks: list[Token], i: int) -> int | None:
    """Where the demand made with the verb at `i` opens: after 'called for' ('called for steep
    new tariffs on steel'; 'called Friday for': a time between), or at who was asked in 'called
    on X to …' ('called on the minister to resign'); None when the verb makes no demand
    ('called for help', 'called on Monday')."""
    if toks[i].text.lower() not in demand_verbs() or i + 3 >= len(toks):
        return None
    when = i + 2 if toks[i + 1].text == "on" else i + 1  # 'called (on) Monday for …': when
    if when + 1 < len(toks) and time_word().match(toks[when].text) and toks[
            when + 1].text == "for":  # the demand was made, not what was demanded
        i = when
    c = i + 2
    if toks[i + 1].text == "for":
        noun = c + 1 if toks[c].text.lower() in word_set("articles.txt") else c
        summoned = noun < len(toks) and toks[noun].text.lower() in word_set("summoned_nouns.txt")
        return c if toks[c].text[:1].isalnum() and enough_words(toks, c) and not summoned else None
    if toks[i + 1].text != "on" or time_word().match(toks[c].text):  # 'called on Monday to …'
        return None
    for k in range(c + 1, min(len(toks) - 1, c + DEMAND_REACH)):
        if toks[k].text == "to" and toks[k + 1].text.isalpha() and toks[k + 1].text.islower():
            return c if toks[k + 1].text not in word_set("determiners.txt") else None
        if not toks[k].text[:1].isalnum() and toks[k].text not in ("'s", "’s", "."):
            return None
    return None


def asked_for(toks: list[Token], i: int) -> bool:
    """'asked the province for buses', 'asked reporters for patience': a 'request' form at `i`,
    who was asked (a few words, no clause) and 'for' name a thing requested, no content."""
    if toks[i].text.lower() not in flagged("speech_verbs.txt", "request"):
        return False
    for k in range(i + 2, min(len(toks), i + 2 + ASKED_REACH)):
        if toks[k].text == "for":
            return True
        word = toks[k - 1].text.lower()
        if not word[:1].isalnum() or word in _ASKED_CLAUSE or word in finite_verbs():
            return False  # 'asked what the plan was for', 'asked whether …'
    return False


def enough_words(toks: list[Token], c: int, least: int = MIN_WORDS) -> bool:
    """Whether there are `least` words or more from token `c` to the end of the sentence
    (counted only that far)."""
    for k in range(c, len(toks)):
        if toks[k].text[:1].isalnum():
            least -= 1
            if least <= 0:
                return True
    return least <= 0


@lru_cache(maxsize=1)
def finite_verbs() -> frozenset[str]:
    """Auxiliaries, modals, finite forms of 'be' and linking verbs: words that open a predicate
    ('that being …' is a gerund's clause, 'that' its complementiser)."""
    return flagged("clause_verbs.txt") | word_set("linking_verbs.txt") | (
        word_set("be_forms.txt") - {"be", "been", "being"})


def noun_object(toks: list[Token], i: int, c: int) -> bool:
    """'added 600 beds', 'added a third ferry': a verb of resources/clause_only_verbs.txt
    reports speech only with a clause after it ('added the plan would …', 'added that …'), so
    content from token `c` on with no finite verb before its clause ends or before 'and' and
    a verb, and no quotation after it, is a plain object."""
    if toks[i].text.lower() not in word_set("clause_only_verbs.txt"):
        return False  # most verbs: no need to lower-case the rest of a long sentence
    rest = [tok.text.lower() for tok in toks[c:]]
    quoted = any(word in QUOTE_MARKS for word in rest)  # 'added the words, “…”'
    for k, word in enumerate(rest):
        if word in ("and", "but") and k + 1 < len(rest) and rest[k + 1] in finite_verbs():
            return True  # 'added 300 nurses and was "working …"': the subject's next verb
        if word in CLAUSE_ENDS:
            return not quoted
        if word in finite_verbs() or word in word_set("irregular_pasts.txt") or (
                word.endswith("ed") and len(word) > 4):
            return False
    return True


def plain_object(toks: list[Token], i: int) -> bool:
    """'she added another layer of make-up', 'added 600 beds': a verb of clause_only_verbs.txt
    whose next word opens a noun phrase (a determiner or a number) with no clause after it has
    its object, so the words before its subject are no content of it either."""
    k = i + 1
    return k < len(toks) and (toks[k].text.lower() in word_set("determiners.txt") or toks[
        k].text[:1].isdigit()) and noun_object(toks, i, k)


QUOTE_MARKS = frozenset(('"', "“", "”", "'", "‘", "’", "«", "»", "''", "``"))
CLAUSE_ENDS = frozenset((".", ",", ";", ":", "?", "!", "—", "–")) | QUOTE_MARKS


def what_called(toks: list[Token], i: int) -> tuple[int, int] | None:
    """'in what the conference's host called "a turning point"': the tokens of who called it,
    between 'what' and the 'call' form at `i` that a quotation follows; None for any other
    ('what he called for', 'what was called "…"', 'what critics, …, called')."""
    if toks[i].text.lower() not in demand_verbs() or i + 1 >= len(toks) or (
            toks[i + 1].text not in _OPEN):
        return None
    for k in range(i - 2, max(-1, i - 2 - WHAT_REACH), -1):
        if toks[k].text.lower() == "what":
            words = toks[k + 1 : i]
            if words[0].text.lower() in word_set("be_forms.txt") or not all(
                    t.text[:1].isalnum() for t in words):
                return None
            return k + 1, i
    return None


_NOUN_FOLLOWERS = ("that", "who", "which", "of", "and", "or")  # 'leaders that …': a noun


def verb_after_noun(toks: list[Token], k: int, present: bool = False) -> bool:
    """'told CBC News the fire started in the kitchen': a verb in -ed or an irregular past after
    the subject's noun, an adverb between ('his daughter never met her'; not right after the
    determiner: 'the closed road' is an adjective); with `present`, in -s too ('told reporters
    the government expects …'; not 'the plans', 'a meeting of leaders that …', 'the members
    were': nouns)."""
    word, before, n = toks[k].text, toks[k - 1].text, k - 1
    if k > 1 and before in word_set("manner_adverbs.txt"):
        before, n = toks[k - 2].text, k - 2  # 'the mill never paid': the noun before the adverb
    nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else "."
    if _caused(toks, n):
        return False  # 'getting a movie made', 'had the roof fixed': a participle, no clause
    if word in word_set("irregular_pasts.txt"):
        return before.isalpha() and before.islower() and before.lower() not in word_set(
            "determiners.txt") | word_set("function_words.txt")
    return len(word) > 3 and (word.endswith("ed") or present and word.endswith("s") and not (
        word.endswith("ss")) and nxt[:1].isalnum() and nxt not in _NOUN_FOLLOWERS and (
        nxt not in flagged("clause_verbs.txt"))) and word.isalpha() and word.islower() and (
        before.isalpha()) and (
        before.lower() not in word_set("determiners.txt") | word_set("function_words.txt"))


_GET_FORMS = frozenset(("get", "gets", "got", "getting", "gotten"))  # causative as 'have' is


def _caused(toks: list[Token], n: int) -> bool:
    """Whether the noun at `n` (after its determiner, if any) is the object of a causative verb
    ('getting a movie made', 'had the roof fixed'), so a participle, not a verb, follows it."""
    d = n - 1 if n > 0 and toks[n - 1].text.lower() in word_set("determiners.txt") else n
    verb = toks[d - 1].text.lower() if d > 0 else ""
    return verb in word_set("causative_verbs.txt") or verb in _GET_FORMS
