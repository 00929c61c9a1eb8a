"""Speakers in apposition to a role: 'SPEAKER, ROLE, said' and 'ROLE, SPEAKER, said'."""

from __future__ import annotations

from desktop.engine.article import Article, Sentence
from desktop.engine.speakers.found import (
    CLOSING_MARKS,
    QUOTE_MARKS,
    Found,
    as_written,
    found_at,
    word_count,
    writer_aside,
)
from desktop.engine.speakers.lexicon import (
    possessive_determiners,
    relative_pronouns,
    speaker_nouns,
    word_set,
)
from desktop.engine.speakers.listed_subjects import listed
from desktop.engine.speakers.noun_phrases import Token, name_at, subject_before
from desktop.engine.speakers.reported import CLAUSE_BREAK, MIN_WORDS, content_after
from desktop.engine.speakers.role_words import name_lead
from desktop.engine.speakers.subjects import role_then_name_before

APPOSITIVE_REACH = 45  # tokens back from the verb to the comma after the name
ROLE_WORDS = 16  # longest role between dashes, in tokens
CLAUSE_REACH = 20  # longest clause between commas after a subject ('The report, released …,')
ASIDE_TOKENS = 6  # longest aside between commas before the verb ('for its part', 'in a statement')


def role_first(article: Article, sentence: Sentence, toks: list[Token], i: int) -> Found | None:
    """'The family's lawyer, Ana Ruiz, said CONTENT' and 'QUOTE, the family's lawyer, …'."""
    apposed = role_then_name_before(toks, i)
    if apposed is None:
        return None
    after = content_after(toks, i, sentence)
    if after is not None:
        return apposed_found(sentence, toks, i, apposed, after)
    r = apposed[0]
    if r > 0 and word_count(article.text, sentence.start, toks[r - 1].start) >= MIN_WORDS:
        return apposed_found(sentence, toks, i, apposed, (sentence.start, toks[r - 1].start))
    return None


def apposed_found(sentence: Sentence, toks: list[Token], i: int,
                  apposed: tuple[int, int, int], content: tuple[int, int]) -> Found:
    """The speaker of a role and a name in apposition; the content before or after the verb."""
    r, a, b = apposed
    role = as_written(sentence, toks[r : a - 1])
    if lead := name_lead(toks, a):  # 'One of the victims, 81-year-old Ana Ruiz, said'
        role, a = f"{role}, {as_written(sentence, toks[a : a + lead])}", a + lead
    first_word = role.split(maxsplit=1)[0].lower()
    if first_word in word_set("articles.txt") | possessive_determiners():  # 'Her lawyer'
        role = role[:1].lower() + role[1:]
    first = content[1] <= toks[i].start
    return found_at(sentence, toks, toks[i].text, (a, b), content, first, role=role)


def appositive(article: Article, sentence: Sentence, toks: list[Token], i: int,
               comma: int | None = None) -> Found | None:
    """'SPEAKER, ROLE, said CONTENT' and 'QUOTE, SPEAKER, ROLE, said'; `comma` closes the role
    where adverbs stand before the verb ('Ruiz, a friend of the mayor, also said')."""
    comma = i - 1 if comma is None else comma
    place = None  # 'a nurse from Surrey, B.C., said': a comma inside a place, if nothing before
    described = None  # 'Ana Ruiz, a researcher at Mila, the AI institute, said': Ruiz, if named
    for k in range(comma - 2, max(0, i - APPOSITIVE_REACH), -1):
        if toks[k].text != ",":
            continue
        phrase = listed(toks, subject_before(toks, k))  # 'Ana Ruiz, Tom Bell and Pat Dunn,'
        if phrase is None or not name_at(toks, phrase[1] - 1):
            continue
        a = phrase[0]
        if not _opens_clause(toks, a):
            continue
        role = as_written(sentence, toks[k + 1 : comma])
        if role in word_set("region_names.txt"):
            place = place or phrase  # the province ends a place name: no role, look further
            continue
        if role.split(maxsplit=1)[0].lower() in word_set("aside_words.txt") or (
                role.islower() and " " not in role and role not in speaker_nouns()):
            role = ""  # ", who served as envoy from 2012,", ", however,": not a role
        if a > 1 and toks[a - 1].text == "," and toks[a].text.islower():
            described = described or (phrase, role)  # a description apposed to a name before
            continue
        return _subject_found(article, sentence, toks, i, phrase, role)
    held = described or (place and (place, ""))
    return held and _subject_found(article, sentence, toks, i, *held)


def _subject_found(article: Article, sentence: Sentence, toks: list[Token], i: int,
                   phrase: tuple[int, int], role: str) -> Found | None:
    """The speaker `phrase` of verb `i`, with the content after the verb, else before the
    speaker when it is long enough to be what was said."""
    after = content_after(toks, i, sentence)
    if after is not None:
        return found_at(sentence, toks, toks[i].text, phrase, after, False, role=role)
    a = phrase[0]
    quoted = a > 1 and toks[a - 1].text in QUOTE_MARKS and toks[0].text in QUOTE_MARKS
    if a > 0 and (quoted or word_count(article.text, sentence.start, toks[a - 1].start)
                  >= MIN_WORDS):  # '"Never," Ruiz, 62, said': a quotation, however short
        before = (sentence.start, toks[a - 1].start)
        return found_at(sentence, toks, toks[i].text, phrase, before, True, role)
    return None


def dashed(article: Article, sentence: Sentence, toks: list[Token], i: int) -> Found | None:
    """'Ruiz — a lawyer for the family — said CONTENT' and 'QUOTE, Ruiz -- a lawyer -- said':
    a role between dashes."""
    dash = toks[i - 1].text
    k = next((k for k in range(i - 2, max(0, i - ROLE_WORDS), -1) if toks[k].text == dash), None)
    if k is None or k == 0:
        return None
    phrase = subject_before(toks, k)
    if phrase is None or not name_at(toks, phrase[1] - 1):
        return None
    a = phrase[0]
    if not _opens_clause(toks, a):
        return None
    role = as_written(sentence, toks[k + 1 : i - 1]) or None
    if role and role.split(maxsplit=1)[0].lower() in word_set("aside_words.txt"):
        role = None  # "Alder -- who has pushed for it for years -- said": an aside, no role
    after = content_after(toks, i, sentence)
    if after is not None:
        return found_at(sentence, toks, toks[i].text, phrase, after, False, role=role)
    if a == 0 or word_count(article.text, sentence.start, toks[a - 1].start) < MIN_WORDS:
        return None
    before = (sentence.start, toks[a - 1].start)
    return found_at(sentence, toks, toks[i].text, phrase, before, True, role=role)


def relative_between(article: Article, sentence: Sentence, toks: list[Token],
                     i: int) -> Found | None:
    """'The report, released Tuesday, said CONTENT', 'The ministry, which runs the port, said
    CONTENT': a relative clause (reduced to its participle or not) between commas parts the
    subject from its verb."""
    k = next((k for k in range(i - 3, max(0, i - CLAUSE_REACH), -1) if toks[k].text == ","),
             None)
    if k is None or k == 0 or not _relative_opener(toks[k + 1].text):
        return None
    phrase = subject_before(toks, k)
    if phrase is None or not _opens_clause(toks, phrase[0]):
        return None
    after = content_after(toks, i, sentence)
    a = phrase[0]
    if after is None and a > 0 and toks[a - 1].text in CLOSING_MARKS:
        # '"…," a GOP aide, who spoke on condition of anonymity, said': the quotation before
        return _subject_found(article, sentence, toks, i, phrase, "")
    if after is None:
        return None
    return found_at(sentence, toks, toks[i].text, phrase, after, False)


def parenthetical(article: Article, sentence: Sentence, toks: list[Token],
                  i: int) -> Found | None:
    """'The company, however, said CONTENT', 'The ministry, for its part, said', '"…," the
    union, in a statement, said': a subject parted from its verb by an adverb or an aside of the
    writer's between commas; the subject speaks, with no role."""
    k = next((k for k in range(i - 2, max(0, i - 2 - ASIDE_TOKENS), -1)
              if toks[k].text == ","), None)
    if k is None or k == 0 or not _aside_between(toks[k + 1 : i - 1]):
        return None
    phrase = subject_before(toks, k)
    if phrase is None or not _opens_clause(toks, phrase[0]):
        return None
    return _subject_found(article, sentence, toks, i, phrase, "")


def _aside_between(words: list[Token]) -> bool:
    """Whether the words between two commas are the writer's aside: one conjunctive or -ly
    adverb in lower case ('however', 'meanwhile', 'separately'), or a phrase that opens as one
    ('for its part', 'in a statement', 'by contrast')."""
    texts = [t.text for t in words]
    if len(texts) == 1:
        word = texts[0]
        return word in word_set("aside_adverbs.txt") or (
            word.isalpha() and word.islower() and word.endswith("ly"))
    return bool(texts) and texts[0].islower() and writer_aside(texts)


def _opens_clause(toks: list[Token], a: int) -> bool:
    """Whether a subject at token `a` opens its clause: first in the sentence or after only a
    conjunction ('But Ruiz, an economist, warned'), or after a break (comma, quotation mark)."""
    return a == 0 or toks[a - 1].text in CLAUSE_BREAK or (
        a == 1 and toks[0].text.lower() in word_set("opening_conjunctions.txt"))


def _relative_opener(word: str) -> bool:
    """'released', 'written', 'which', 'who': the first word of a relative clause after its
    noun ('A witness, who asked not to be named, said'; a name's own clause is an apposition)."""
    return word in relative_pronouns("plain") or word.isalpha() and word.islower() and (
        word.endswith("ed") or word in word_set("irregular_participles.txt"))
