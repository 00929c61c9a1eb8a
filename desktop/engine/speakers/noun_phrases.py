"""Who a speech cue points at: a sentence's tokens, its name words, and the noun phrase before
the cue (with its role words and affiliation); `mentions` splits it into role and name."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from desktop.engine.speakers.affiliations import modified_body, past_affiliation, speaker_places
from desktop.engine.speakers.body_names import body_head_end
from desktop.engine.speakers.dates import dated
from desktop.engine.speakers.lexicon import (
    ambiguous_name,
    flagged,
    inner_words,
    non_name_words,
    number_word,
    openers,
    organisation_words,
    people_noun,
    possessive_determiners,
    pronouns,
    speaker_noun,
    time_word,
    titles,
    word_set,
)
from desktop.engine.speakers.linking import quoted_as, quoted_object_as, took_to, went_on_to
from desktop.engine.speakers.role_words import AGE, adjective, portfolio, role_like
from desktop.engine.speakers.surnames import name_particles
from desktop.engine.speakers.tokenise import Mention as Mention  # re-exported for the readers
from desktop.engine.speakers.tokenise import Token as Token
from desktop.engine.speakers.tokenise import iter_tokens as iter_tokens
from desktop.engine.speakers.tokenise import tokens as tokens

_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
POSSESSIVE = re.compile(r"['’]s?$")
SUFFIXES = {"Jr", "Sr"}  # name suffixes written with a stop
_NAME_REACH = 11  # a name and its body: 'Jo Marsh of the University of the Fraser Valley'
PLACE_REACH = 4  # longest name before 'from' or 'in' ('Ana Maria Ruiz from Surrey')
# What may stand before the role words of a speaker: a sentence start, a comma, a bracket, a
# dash, or a quotation mark ('"…," press secretary Ana Ruiz said')
ROLE_BOUNDARY = frozenset(',(—–"“”«»’')


@lru_cache(maxsize=8192)
def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a name ("Xi", "Kassym-Jomart", "O’Brien")."""
    if number_word().match(word):
        return False  # "Twenty-seven states ..."
    return capital(word) and word.lower() not in non_name_words() or capital_article(word)


def capital(word: str) -> bool:
    """A capitalised word, or a surname behind an elided particle ('d'Entremont', 'dell'Orto')."""
    if word[:1].isupper():
        return True
    cut = max(word.find("'"), word.find("’")) + 1
    return 0 < cut <= 5 and word[cut : cut + 1].isupper() and word[: cut - 1] in word_set(
        "elided_particles.txt")


def name_at(toks: list[Token], k: int) -> bool:
    """Whether the token at `k` is a name word, by itself or by its neighbours ('Theresa May')."""
    return is_name_word(toks[k].text) or ambiguous(toks, k)


def ambiguous(toks: list[Token], k: int) -> bool:
    """'Theresa May', 'Will Smith': 'May' and 'Will' as names, by their neighbours."""
    before, after = toks[k - 1].text if k else "", toks[k + 1].text if k + 1 < len(toks) else ""
    return ambiguous_name(before, toks[k].text, after)


def capital_article(word: str) -> bool:
    """'The', 'A', 'An': they open a name ('The Hague') or a sentence."""
    return word == word.capitalize() and word.lower() in word_set("articles.txt")


def phrase_word(token: Token) -> bool:
    word = POSSESSIVE.sub("", token.text) if token.text[-1:] in "s’'" else token.text
    if time_word().match(word):
        return False
    return is_name_word(word) or speaker_noun(word) or word.rstrip(".") in titles()


@lru_cache(maxsize=8192)
def head_ok(word: str) -> bool:
    if POSSESSIVE.search(word) and word[-2:-1] in "'’":  # "Trump’s campaign": not the head
        return False
    return (capital(word) and (word.lower() not in non_name_words() or word in flagged(
        "company_words.txt", "end"))) or bool(  # 'Empire Co', 'Loblaw Companies Ltd'
        AGE.fullmatch(word)) or (
        speaker_noun(word) and word.lower() not in word_set("articles.txt")
    ) or word.lower() in pronouns()


def skip_between(toks: list[Token], i: int) -> int:
    """Index of the last token before `i` that is not an adverb, auxiliary or 'on Friday'."""
    j = i - 1
    progressive = toks[i].text.endswith("ing") if i < len(toks) else False
    while j >= 0:
        word = toks[j].text
        if word in word_set("between_words.txt") and not ambiguous(toks, j) or (
                progressive and word in word_set("be_forms.txt")):  # "is saying", "was telling"
            j -= 1
        elif word == "to" and went_on_to(toks, j):  # "Ruiz went on to say that …"
            j -= 3
        elif word == "to" and (took := took_to(toks, j)) is not None:  # "took to X to say"
            j = took - 1
        elif word == "as" and (quoted := quoted_as(toks, j)) is not None:  # "was quoted as"
            j = quoted - 1
        elif word == "as" and quoted_object_as(toks, j):  # "quoted a top aide as saying"
            return j - 1
        elif word == ")" and any(t.text == "(" for t in toks[max(0, j - 8) : j]):
            while toks[j].text != "(":  # "Sen. Claire McCaskill (D-Mo.) said"
                j -= 1
            j -= 1
        elif time_word().match(word):  # "on Friday", "Friday"
            j -= 2 if j > 0 and toks[j - 1].text in ("on", "On") else 1
        else:
            return j
    return j


def subject_before(toks: list[Token], i: int) -> tuple[int, int] | None:
    """Token range [a, b) of the noun phrase ending right before the verb at `i`."""
    end = b = skip_between(toks, i) + 1
    if b > 1 and toks[b - 1].text == "." and (toks[b - 2].text in SUFFIXES or toks[
            b - 2].text in flagged("company_words.txt", "end")):  # 'Empire Co. said' too
        end = b = b - 1  # "Joseph Biden Jr. said": the suffix ends the name
    if b > 0 and not head_ok(toks[b - 1].text) or modified_body(toks, b):
        b = past_affiliation(toks, b)  # "a spokeswoman for the (health) board said": all of it
    b = body_head_end(toks, _named_of(toks, b))  # 'The Office québécois de la langue …'
    if b <= 0 or not (head_ok(toks[b - 1].text) or ambiguous(toks, b - 1)):
        return None
    if toks[b - 1].text.lower() in pronouns():
        return b - 1, b
    a = b - 1
    while a > 0 and b - a < _NAME_REACH:
        word = toks[a - 1].text
        if dated(toks[a - 2].text if a > 1 else "", word):
            break  # "In March Ana Ruiz said": a date, then the name
        if word == "." and a > 1 and toks[a - 2].text.rstrip(".") in titles():
            a -= 1
        elif phrase_word(toks[a - 1]) or ambiguous(toks, a - 1) or (
                word in inner_words() and a > 1 and (is_name_word(toks[a - 2].text) or (
                    _french_inner(toks, a - 2)))) or (
                _inside_name(toks, a - 1)) or _particle_opening(toks, a - 1):
            a -= 1
        else:
            break
    a = _role_words_before(toks, a)
    while a < b and _leading_inner(toks, a):
        a += 1
    a = _served_start(toks, _affiliated_start(toks, a, b))
    if 1 < a < b and toks[a - 1].text == "per" and toks[a].text == "cent":
        a += 1 if a < b - 1 else -1  # "63 per cent said" (CP style); not "95 per cent experts"
    if 0 < a < b and toks[a - 1].text[:1].isdigit() and toks[a].text.islower() and not (
            _YEAR.fullmatch(toks[a - 1].text)):
        a -= 1  # "63 percent said", "12 officials said": the number counts them ("In 2015" no)
        a -= 2 if a > 1 and toks[a - 1].text == "/" and toks[a - 2].text.isdigit() else 0
    if 0 < a < b and toks[a - 1].text.lower() in openers() and (
            a == 1 or toks[a - 2].text in ROLE_BOUNDARY) and not is_name_word(toks[a].text):
        a -= 1  # '"…," a spokesperson for the city said': the article opens the phrase
    return (a, end) if a < b else None


def _inside_name(toks: list[Token], k: int) -> bool:
    """'Ontario Nurses' Association', 'Les Producteurs de lait', 'Unifor Local 444': a plural
    possessive, a French inner word or a number after a name word (not a month: 'March 2015')."""
    return _plural_possessive(toks, k) or _french_inner(toks, k) or k > 0 and toks[
        k].text.isdigit() and is_name_word(toks[k - 1].text) and not (dated("", toks[
            k - 1].text) or toks[k - 1].text in flagged("date_words.txt", "month"))


@cache
def _inner_but_the() -> frozenset[str]:
    return inner_words() - {"the"}


def _leading_inner(toks: list[Token], k: int) -> bool:
    """An inner word opening a phrase ('of', 'and') is none of it; a name's particle is."""
    return toks[k].text.lower() in _inner_but_the() and not _particle_opening(toks, k)


def _particle_opening(toks: list[Token], k: int) -> bool:
    """'"…," de Grandpré said': a name's lower-case particle opens the phrase before its name."""
    j = k
    while j > 0 and toks[j - 1].text in name_particles():
        j -= 1  # 'van der Berg', 'de la Cruz'
    return toks[k].text in name_particles() and k + 1 < len(toks) and (is_name_word(
        toks[k + 1].text) or toks[k + 1].text in name_particles()) and (
        j == 0 or toks[j - 1].text in ROLE_BOUNDARY)


def _plural_possessive(toks: list[Token], k: int) -> bool:
    """"Ontario Nurses' Association": an apostrophe right after a name word in -s, before an
    organisation's noun, is a plural possessive inside the name ('Barrientos' Facebook' no)."""
    return toks[k].text in ("'", "’") and 0 < k < len(toks) - 1 and toks[k - 1].end == toks[
        k].start and toks[k - 1].text.endswith("s") and is_name_word(toks[k - 1].text) and (
        toks[k + 1].text in organisation_words())


def french_inner(before: str, word: str, after: str, opener: str = "") -> bool:
    """'Les Producteurs de lait du Québec', 'Les Fromagers artisans du Québec': a lower-case word
    before 'du'/'de'/'des', after 'de'/'des' or a name word after `opener` 'Les'/'La'/'Le'."""
    return word.isalpha() and word.islower() and after in french_words("joiner") and (
        before in french_words("after") or opener in french_words("opener") and is_name_word(
            before))


def french_words(flag: str) -> frozenset[str]:
    """'Les', 'La', 'Le' ("opener"), 'de', 'du', 'des' ("joiner"): french_name_words.txt."""
    return flagged("french_name_words.txt", flag)


def _french_inner(toks: list[Token], k: int) -> bool:
    return 0 < k < len(toks) - 1 and french_inner(toks[k - 1].text, toks[k].text, toks[
        k + 1].text, toks[k - 2].text if k > 1 else "")


def _affiliated_start(toks: list[Token], a: int, b: int) -> int:
    """Where a phrase [a, b) starts with who it is of or where they are from before it: 'a
    spokesperson for the Department of Fisheries', 'a nurse in Surrey', 'Ana Ruiz from
    Surrey' (the place is never the speaker)."""
    owned = a - (a >= 1 and toks[a - 1].text.lower() in possessive_determiners())  # 'his office'
    if owned >= 2 and toks[owned - 1].text in word_set("affiliation_words.txt") | {"for"} and (
            speaker_noun(toks[owned - 2].text)):
        return owned - 2
    if a >= 3 and toks[a - 1].text in ("with", "from", "at") and toks[a].text == "the" and (
            is_name_word(toks[a - 2].text) and is_name_word(toks[a - 3].text)):
        return a - 3  # 'Ana Ruiz with the Canadian Cancer Society', 'Tom Bell from the union'
    placed = a
    while placed > 0 and toks[placed - 1].text in word_set("compass_words.txt"):
        placed -= 1  # 'farmers in southwest Saskatchewan': the compass word goes with the place
    if placed >= 2 and toks[placed - 1].text in speaker_places() and people_noun(
            toks[placed - 2].text):
        return _modifiers_before(toks, placed - 2)
    if placed >= 2 and toks[placed - 1].text in speaker_places() and is_name_word(
            toks[placed - 2].text) and all(is_name_word(t.text) for t in toks[a:b]):
        a = placed - 1  # back over 'from' or 'in', then the name before it ('Ana Ruiz from X')
        start = a
        while a > 0 and start - a < PLACE_REACH and is_name_word(toks[a - 1].text):
            a -= 1
    return a


def _served_start(toks: list[Token], a: int) -> int:
    """'a student at Lakeshore University (in Mississauga)': a client noun (client_nouns.txt)
    and 'at' or 'of' before the body's name open the phrase; the body serves who speaks."""
    k = a
    while k > 0 and a - k < PLACE_REACH and is_name_word(toks[k - 1].text):
        k -= 1
    if k < 2 or toks[k - 1].text not in ("at", "of") or toks[k - 2].text.lower() not in word_set(
            "client_nouns.txt"):
        return a
    return _modifiers_before(toks, k - 2)


def _modifiers_before(toks: list[Token], k: int) -> int:
    """'Emergency physicians in Halton', 'Dairy farmers in the region': up to two words
    before the noun at `k` that open the sentence or follow a comma or quotation mark."""
    c = k
    while c > 0 and k - c < 2 and (phrase_word(toks[c - 1]) or role_like(toks[c - 1].text)):
        c -= 1
    return c if c == 0 or toks[c - 1].text in ROLE_BOUNDARY else k


def _named_of(toks: list[Token], b: int) -> int:
    """'Tom Bell of the health board said': the end of the two-word name before 'of the' and
    lower-case words ending at `b` (the person speaks, not the board), or `b`."""
    for k in range(b - 3, max(1, b - 6), -1):
        if toks[k].text == "of" and toks[k + 1].text == "the":
            return k if name_at(toks, k - 1) and name_at(toks, k - 2) and all(
                t.text.isalpha() and t.text.islower() for t in toks[k + 2 : b]) else b
    return b


def _role_words_before(toks: list[Token], a: int) -> int:
    """Extend a phrase left over up to three role words and names among them ('Harbour chief
    engineer Maria Lopez', 'retired Navy admiral Jo Bell') after a boundary (ROLE_BOUNDARY)."""
    if a < len(toks) and toks[a].text in word_set("articles.txt"):
        return a  # 'issued a statement': the article opens the phrase, no role goes before it
    c, roles = a, 0
    while c > 0 and roles < 3 and a - c < 6:
        word = toks[c - 1].text
        if role_like(word) or adjective(word) or portfolio(word, toks[c].text):
            roles += 1  # 'housing critic', 'transit union president': a noun naming the role
        elif not (phrase_word(toks[c - 1]) or word == "/" or word.isdigit()):  # '9/11 widow'
            break
        c -= 1
    if not roles:
        return a
    while c < a and not (c == 0 or toks[c - 1].text in ROLE_BOUNDARY):
        c += 1  # forward to a boundary, or back to the phrase itself
    if c == a and a > 2 and toks[a - 2].text == "the" and toks[a].text.islower() and (
            toks[a - 3].text.isalpha() and toks[a - 3].text.islower()):
        return a - 2  # 'In a speech the prime minister said': 'the' opens the role
    return c
