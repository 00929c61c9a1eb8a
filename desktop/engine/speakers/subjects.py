"""Who the subject of a speech verb is when it is not right beside it: shared with the clause
before ('X, who said'), the sentence's subject ('X defended it, saying'), in apposition."""

from __future__ import annotations

from desktop.engine.speakers.adverbials import fronted_adverbial, subordinate_opening
from desktop.engine.speakers.bodies import body_heads
from desktop.engine.speakers.body_names import numbered_body
from desktop.engine.speakers.datelines import dateline_tokens
from desktop.engine.speakers.joints import THEN
from desktop.engine.speakers.lexicon import (
    flagged,
    inner_words,
    non_name_words,
    organisation_words,
    pronouns,
    speaker_nouns,
    speech_verbs,
    time_word,
    titles,
    word_set,
)
from desktop.engine.speakers.modified import POSSESSIVE_MARKS, modified_noun, role_before_comma
from desktop.engine.speakers.noun_phrases import (
    Token,
    is_name_word,
    phrase_word,
    skip_between,
    subject_before,
)
from desktop.engine.speakers.relative import name_before_role
from desktop.engine.speakers.role_words import name_lead

# What may follow the speaker in 'QUOTE, said SPEAKER …': the end, a clause break, a role
_AFTER_SPEAKER = {".", ",", "!", "?", ";", ":", "—", "–", "("}  # and after_speaker_words.txt


def clause_ends(toks: list[Token], b: int) -> bool:
    """Whether the speaker phrase ending at `b` closes its clause ('said Ana Ruiz.', 'said Ana
    Ruiz of the port', not 'said the union expected …')."""
    return b >= len(toks) or toks[b].text in _AFTER_SPEAKER or toks[b].text in word_set(
        "after_speaker_words.txt") or toks[b].text in speech_verbs() \
        or bool(time_word().match(toks[b].text))  # "…, says X declared": one verb too many


def shared_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The subject a verb shares with the clause before: 'X, who said', 'X exhorted them
    and said', 'X backed it but said', 'X, a lawyer who said', '…, X said, and added'."""
    j = skip_between(toks, i)
    if j < 1:
        return None
    word = toks[j].text.lower()
    if word == "who" and toks[j - 1].text == ",":
        return name_before_role(toks, subject_before(toks, j - 1))
    then = word == "," and toks[j + 1].text in THEN  # '…, then told reporters': as 'and'
    if (word in ("and", "but") or then) and j > 2 and toks[j - 1].text == "," and (
            toks[j - 2].text in speech_verbs()) and (phrase := subject_before(toks, j - 2)):
        return phrase  # '…, Ruiz said, and added that …': the speaker set in the sentence
    if word in ("and", "but") and not _after_list(toks, j) or then:
        return sentence_subject(toks, j)
    return None


def document_issuer(toks: list[Token], phrase: tuple[int, int] | None) -> tuple[int, int] | None:
    """'Ana Ruiz issued a statement saying …', 'The board released a letter saying …': a
    document ('a statement', 'an email') that is the object of the sentence's verb speaks for
    the sentence's subject, who issued it; else `phrase` as it is."""
    if phrase is None:
        return None
    a, b = phrase
    if a == 0 or toks[a].text.lower() not in ("a", "an") or not toks[a - 1].text.islower() or (
            toks[b - 1].text.lower() not in flagged("document_nouns.txt")):
        return phrase
    return subject_before(toks, a - 1) or phrase  # the subject of 'issued', wherever it is


def _after_list(toks: list[Token], j: int) -> bool:
    """'Green and Schneider said': 'and' joins two names, not two clauses."""
    return is_name_word(toks[j - 1].text) and j + 1 < len(toks) and is_name_word(toks[j + 1].text)


def sentence_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The subject opening the sentence, after an opening adverbial if there is one ('During
    the debate, Trump …'), for the verb at `i`."""
    fronted = fronted_adverbial(toks, i)  # 'Chastened by the polls, Trump …': no subject
    opening = dateline_tokens(toks) or subordinate_opening(toks, i)  # 'SALT LAKE CITY — X
    phrase = None if fronted or opening >= i else _subject_at(toks, opening, i)
    for comma in (k for k in range(1, i - 1) if toks[k].text == ","):
        if phrase is not None:
            break
        phrase = _subject_at(toks, comma + 1, i)
        if not fronted:
            break  # only the first comma ends an opening adverbial
    return phrase


def _subject_at(toks: list[Token], a: int, i: int) -> tuple[int, int] | None:
    """The pronoun or name phrase starting at token `a`, before the verb at `i`."""
    if toks[a].text.lower() in pronouns():
        return a, a + 1
    if a + 1 < i and toks[a + 1].text in pronouns() and toks[a].text.endswith("ly"):
        return a + 1, a + 2  # 'Initially she lived …': an adverb, then the subject
    b = a
    while b < i and (phrase_word(toks[b]) or toks[b].text == "." and b and toks[b - 1].text
                     in titles()):
        b += 1
    if a < b < i - 1 and toks[b].text == "of" and (toks[b - 1].text in organisation_words() or (
            body_heads().get(toks[b - 1].text.lower()))):  # 'The City of Kelowna
        k = b + 1  # 'The Regional District of Central Okanagan …, but warned': all its name
        while k < i and (is_name_word(toks[k].text) or toks[k].text in inner_words() and (
                k + 1 < i and is_name_word(toks[k + 1].text))):  # '… Atheists and Agnostics'
            k += 1
        b = k if k > b + 1 else b
    head = toks[b - 1].text if b > a else ""
    if head.lower() in word_set("articles.txt") or head.endswith(POSSESSIVE_MARKS):
        b = modified_noun(toks, b, i)  # 'The ferry board', 'The city's transit agency'
        head = toks[b - 1].text if b > a else ""
    if head.lower() in word_set("articles.txt") or head.endswith(POSSESSIVE_MARKS) and (
            role_before_comma(toks, b, i)):
        return None  # "Quebec's … minister, Ana Ruiz, defended": the name after the comma
    if head.lower() in speaker_nouns() and _name_apposed(toks, b, i):
        return None  # "The union's lawyer, Ana Ruiz, disputed it, saying": Ana Ruiz
    return (a, b) if is_name_word(head) or head.lower() in speaker_nouns() else None


def _name_apposed(toks: list[Token], b: int, i: int) -> bool:
    """Whether a name set off by commas follows token `b - 1`, before the verb at `i`."""
    if b >= i or toks[b].text != ",":
        return False
    k = next((k for k in range(b + 2, min(i, b + 6)) if toks[k].text == ","), None)
    return k is not None and name_range(toks, b + 1, k)


ROLE_REACH = 8  # longest role before or after a speaker in apposition, in tokens
PLACE_WORDS = 5  # longest name closing a role ('in Jakarta', 'of the Harbour Trust')


def role_then_name_before(toks: list[Token], i: int) -> tuple[int, int, int] | None:
    """'the couple's daughter, Ana Ruiz, said': (role start, name start, name end) for the
    verb at `i` when a role phrase and the name in apposition to it end right before it."""
    if i < 4 or toks[i - 1].text != ",":
        return None
    called = _called(toks, i)
    if called is not None:
        return called
    k = next((k for k in range(i - 2, max(0, i - 9), -1) if toks[k].text == ","), None)
    lead = k is not None and name_lead(toks, k + 1)  # ', 81-year-old Ana', ', student Ana'
    title = k if k is None else _listed_title(toks, k)  # 'Minister of A, B and C, Ana Ruiz,'
    if k is None or not name_range(toks, k + 1 + lead, i - 1) or not (
            title is not None or _role_ends(toks, k)) or _region(toks[k + 1 : i - 1]):
        return None
    end = k if title is None else title + 1
    r = end - 1
    while r > 0 and end - r < ROLE_REACH and toks[r - 1].text not in _ROLE_STOPS:
        r -= 1
    if r > 0 and toks[r - 1].text not in _ROLE_STOPS:
        return None
    return r, k + 1, i - 1


def _called(toks: list[Token], i: int) -> tuple[int, int, int] | None:
    """'her neighbor, a nurse named Ana Ruiz, said': the role before 'named' ('called')."""
    n = next((n for n in range(i - 3, max(1, i - 7), -1)
              if toks[n].text in ("named", "called")), None)
    if n is None or not name_range(toks, n + 1, i - 1) or not _role_word(toks[n - 1].text):
        return None
    k = next((k for k in range(n - 2, max(-1, n - ROLE_REACH), -1)
              if toks[k].text in _ROLE_STOPS), None)
    return (k + 1, n + 1, i - 1) if k is not None and toks[k].text == "," else None


def subject_in_apposition(toks: list[Token], i: int) -> bool:
    """Whether the sentence opens with the subject of the verb at `i` in apposition ('ROLE,
    NAME,' or 'NAME, ROLE,' right before it): then a description after the verb is its object
    ('…, Tom Bell, acknowledged the problem'), not a speaker set after it."""
    apposed = role_then_name_before(toks, i)
    if apposed is not None:
        return apposed[0] == 0  # the role opens the sentence
    k = next((k for k in range(1, i - 1) if toks[k].text == ","), None)
    return k is not None and toks[i - 1].text == "," and all(
        is_name_word(t.text) or t.text == "." or t.text == "and" and 0 < n < k - 1 and (
            is_name_word(toks[n - 1].text)) for n, t in enumerate(toks[:k]))  # 'Ruiz and Bell,'


def role_then_name_after(toks: list[Token], i: int) -> tuple[int, int, int] | None:
    """'said the couple's daughter, Ana Ruiz.': (role start, name start, name end)."""
    k = next((k for k in range(i + 2, min(len(toks), i + ROLE_REACH))
              if toks[k].text in _ROLE_STOPS), None)
    if k is None or toks[k].text != "," or not _role_ends(toks, k):
        return None
    b = k + 1
    while b < len(toks) and b - k <= 5 and (phrase_word(toks[b]) or toks[b].text == "."
                                            and toks[b - 1].text in titles()):
        b += 1
    if not name_range(toks, k + 1, b) or not clause_ends(toks, b) or _region(toks[k + 1 : b]):
        return None
    return i + 1, k + 1, b


_ROLE_STOPS = {",", ".", ";", ":", "—", "–", "(", '"', "“", "”", "«", "»", "’"}


def _role_ends(toks: list[Token], k: int) -> bool:
    """Whether a role ends before the comma at `k`: a role word ('the couple's daughter,'), or
    one with a name after 'in', 'of', 'for', 'at', 'from' or 'to' ('the BBC's correspondent in
    Jakarta,', 'the director of the Harbour Trust,', 'Canada's ambassador to the UN,')."""
    if _role_word(toks[k - 1].text) or toks[k - 1].text in titles():  # 'the agency's CEO,'
        return True  # "Ontario's Health Minister," too
    j = k - 1
    while j > 0 and k - j <= PLACE_WORDS and (is_name_word(toks[j].text) or _acronym(toks[
            j].text) or j < k - 1 and toks[
            j].text in inner_words() and is_name_word(toks[j - 1].text) and (
            toks[j - 1].text not in titles())):  # 'Bank of England', not 'Minister of Health'
        j -= 1
    if j < k - 1 and toks[j].text.lower() == "the":
        j -= 1
    if j == k - 1 or j < 1 or toks[j].text not in word_set("affiliation_words.txt") | {
            "for", "in", "to"}:
        return j == k - 1 and j > 0 and _role_word(toks[j].text)
    head = toks[j - 1].text  # 'the director of', 'The Minister of', 'The Director of'
    return _role_word(head) or head in titles() or head.lower() in speaker_nouns()


def _listed_title(toks: list[Token], k: int) -> int | None:
    """The title whose 'of' takes a list ending at the comma at `k`, its index: 'Minister of
    Communities, Culture and Heritage,' (names joined by commas and a last 'and')."""
    j, commas, joined = k - 1, 0, False
    while j > 1 and k - j <= 3 * PLACE_WORDS:
        word = toks[j].text
        if word == "of":
            return j - 1 if commas and toks[j - 1].text in titles() else None
        if word == "," and not joined or word != "," and word != "and" and not is_name_word(
                word):
            return None  # a comma after the last 'and' ends the role: it is no list
        commas += word == ","
        joined = joined or word == "and"
        j -= 1
    return None


def _acronym(word: str) -> bool:
    """'UN', 'NATO', 'RCMP': a body's initials, which end a role's place like a name."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _region(toks: list[Token]) -> bool:
    """Whether the tokens are a state or province closing a place ('Surrey, B.C.,'), no name."""
    words = " ".join(t.text for t in toks)
    return words in word_set("region_names.txt") or words.replace(" .", ".") in word_set(
        "region_names.txt")


def _role_word(word: str) -> bool:
    """A lower-case noun that can end a role ('lawyer', 'daughter', 'spokesperson'), or a
    role written in capitals ('the agency's CEO')."""
    return word.isalpha() and word.islower() and (
        word in speaker_nouns() or word not in non_name_words()) or (
        word.isupper() and word in titles())


def name_range(toks: list[Token], a: int, b: int) -> bool:
    """Whether tokens [a, b) are a short name ('Ana Ruiz', 'Dr. Li Wei', 'Unifor Local 707A')."""
    b -= numbered_body([t.text for t in toks[a:b]])  # 'Unifor Local 707A': a number ends it
    return 0 < b - a <= 5 and b <= len(toks) and is_name_word(toks[b - 1].text) and all(
        phrase_word(t) or t.text == "." for t in toks[a:b])


def role_after(toks: list[Token], b: int) -> tuple[int, int] | None:
    """'…," said Ana Ruiz, the Liberal MP for Halifax.': the role closing the sentence after the
    speaker ending at token `b`; not an aside (', who …', ', adding …', ', however')."""
    if b + 1 >= len(toks) or toks[b].text != ",":
        return None
    first = toks[b + 1].text
    if first.lower() in word_set("aside_words.txt") or first.endswith("ing") or first in (
            "when", "as") or first in flagged("clause_verbs.txt"):  # ', will not run': a verb
        return None  # aside_words.txt holds the relative pronouns
    end = len(toks)
    while end > b + 1 and toks[end - 1].text in (".", "!", "?"):
        end -= 1
    words = toks[b + 1 : end]
    if not words or len(words) > ROLE_REACH + 4 or any(
            t.text in _ROLE_STOPS - {",", "’"} or t.text in speech_verbs() for t in words):
        return None
    return b + 1, end


def org_phrase(toks: list[Token], b: int) -> int:
    """End of an 'of/at/from ORGANISATION' phrase starting at token `b` (or `b` if none)."""
    if b >= len(toks) or toks[b].text not in word_set("affiliation_words.txt"):
        return b
    c = b + 1
    if c < len(toks) and toks[c].text.lower() == "the":
        c += 1
    end = c
    while end < len(toks) and (is_name_word(toks[end].text) or toks[end].text in inner_words()):
        end += 1
    while end > c and toks[end - 1].text in inner_words():
        end -= 1
    return end if end > c else b
