"""Speech told by a noun: 'Ruiz's claim that …', 'her warning that …', 'his promise to …'."""

from __future__ import annotations

import re
from functools import cache

from desktop.engine.article import Sentence
from desktop.engine.speakers.complements import enough_words
from desktop.engine.speakers.ends import clipped_end
from desktop.engine.speakers.found import QUOTE_MARKS, Found
from desktop.engine.speakers.lexicon import (
    clause_openers,
    flagged,
    inner_words,
    openers,
    possessive_pronouns,
    speaker_nouns,
    speech_nouns,
    time_word,
    titles,
    to_nouns,
    word_set,
)
from desktop.engine.speakers.noun_phrases import (
    POSSESSIVE,
    Mention,
    Token,
    is_name_word,
    tokens,
)
from desktop.engine.speakers.quotes import Quotations

MODIFIER_REACH = 1  # a word between a possessor and its noun ("Ruiz's earlier claim"; two make
# a compound: "his financial disclosure statements")
PHRASE_REACH = 6  # words of a possessor's phrase ("the harbour board chairman's")
FRONTED = 2  # most words before a noun phrase that opens its sentence ("Contrary to his claim")
_WORD = re.compile(r"[^\W\d_]+")
_TOPIC_WORDS = ("to", "on", "about", "for")  # 'his response to critics: "…"'
TOPIC_REACH = 4  # words of that phrase ('her advice for first-time home buyers')
_OF = "of"
_COPULAS = frozenset({"is", "was", "remains", "remained"})


def may_hold_speech_noun(text: str) -> bool:
    """Whether `text` may hold a speech noun: one plain search of it for each noun that holds
    no other ('claim' finds 'claims' too); an article with none need not have each sentence's
    words looked at."""
    return any(noun in text for noun in _stems())


@cache
def _stems() -> tuple[str, ...]:
    nouns = speech_nouns()
    return tuple(n for n in nouns if not any(m != n and m in n for m in nouns))


def noun_attributions(sentence: Sentence, spans: Quotations, case: dict[str, str],
                      verbs: list[Found]) -> list[Found]:
    """The attributions that speech nouns of `sentence` make, but for those whose content
    overlaps what a speech verb of the sentence reports (`verbs`): 'said in her statement
    that …' is the verb's."""
    if speech_nouns().isdisjoint(_WORD.findall(sentence.text)):
        return []  # most sentences hold no speech noun: skip tokenising them
    toks = tokens(sentence.text, sentence.start, case)
    out: list[Found] = []
    for n, tok in enumerate(toks):
        if tok.text not in speech_nouns() or spans.containing(tok.start) is not None:
            continue
        found = _noun_found(sentence, toks, n)
        if found is not None and not any(f.start < found.end and found.start < f.end
                                         for f in [*verbs, *out]):
            out.append(found)
    return out


def _noun_found(sentence: Sentence, toks: list[Token], n: int) -> Found | None:
    """The attribution of the speech noun at `n`: who by its possessor ('Ruiz's claim') or
    its 'of' phrase ('the warning of the minister'), what by the clause after it."""
    of = _of_speaker(toks, n)
    speaker = possessor(toks, n) if of is None else of[0]
    if speaker is None:
        return None
    c = n + 1 if of is None else of[1]
    copula = _copula(toks, c)  # 'Ruiz's position is that …': the clause is the predicate
    start = _complement(toks, n, c + copula)
    if start is None:
        return None
    a, words, (first, last) = speaker
    mention = Mention(sentence.text[first - sentence.start : last - sentence.start], first, last)
    end = clipped_end(toks, start, sentence.end)
    if a <= FRONTED and not copula and not any(t.text == "," for t in toks[:a]):
        end = _before_comma(toks, start, end)  # 'Contrary to his claim that A, B': A only
        end = _before_main_verb(toks, start, end)  # 'His claim that A was false': A only
    return Found(toks[start].start, end, False, toks[n].text, mention, words, None,
                 sentence.index, False)


def _copula(toks: list[Token], c: int) -> int:
    """How many tokens of 'is', 'was' or 'remains' stand at `c` before a 'that': one ('Ruiz's
    position is that …', 'his argument was that …') or none ('his position that …'; 'her
    position is that of a minority': a pronoun)."""
    return int(c + 2 < len(toks) and toks[c].text in _COPULAS and toks[c + 1].text == "that"
               and toks[c + 2].text != _OF)


def possessor(toks: list[Token], n: int) -> tuple[int, tuple[str, ...], tuple[int, int]] | None:
    """(first token, words, span) of who owns the noun at `n`: a possessive determiner
    ('his' read as 'he') or a person's or body's name or noun with 's ('the minister's')."""
    p = n - 1
    while p > 0 and n - p <= MODIFIER_REACH and _modifier(toks[p].text):
        p -= 1  # "Ruiz's earlier claim", "his own admission"
    if p < 0:
        return None
    word = toks[p].text
    if word.lower() in possessive_pronouns():
        return p, (possessive_pronouns()[word.lower()],), (toks[p].start, toks[p].end)
    base = POSSESSIVE.sub("", word)
    if base == word or not _owner_word(base):
        return None  # "the claim that", "Monday's statement", "last year's pledge"
    a = p
    while a > 0 and p - a < PHRASE_REACH and _phrase_word(toks, a - 1):
        a -= 1
    described = a
    while described > 0 and p - described < PHRASE_REACH and _modifier(toks[described - 1].text):
        described -= 1  # "the first minister's": its words up to the article, when one opens it
    if described > 0 and toks[described - 1].text.lower() in openers():
        a = described - 1  # "the minister's", "her lawyer's"
    while a < p and toks[a].text.lower() in inner_words() - {"the"}:
        a += 1
    return a, (*(t.text for t in toks[a:p]), base), (toks[a].start, toks[p].start + len(base))


def _of_speaker(toks: list[Token], n: int) -> tuple[tuple[int, tuple[str, ...], tuple[int, int]],
                                                   int] | None:
    """'the warning of the minister that …': (speaker, index past the 'of' phrase) when a
    person's or body's name or noun follows 'of' and the clause follows it ('a statement of
    account', 'claims of abuse' name no speaker)."""
    if n == 0 or toks[n - 1].text.lower() != "the" or toks[n + 1 : n + 2] == [] or (
            toks[n + 1].text != _OF):
        return None
    a = b = n + 2
    if b < len(toks) and toks[b].text.lower() in openers():
        b += 1
    head = b
    while b < len(toks) and b - a < PHRASE_REACH and _phrase_word(toks, b):
        b += 1
    if b == head or b >= len(toks) or toks[b].text not in ("that", "to") or not _owner_word(
            toks[b - 1].text):
        return None
    return (a, tuple(t.text for t in toks[a:b]), (toks[a].start, toks[b - 1].end)), b


def _complement(toks: list[Token], n: int, c: int) -> int | None:
    """Index of the first token of what the noun at `n` reports, its clause looked for from
    token `c`: after 'that' or a colon, from 'to' of an infinitive ('his promise to rebuild'),
    after who was told ('her warning to residents that')."""
    if c < len(toks) and time_word().match(toks[c].text):
        c += 1  # "Ruiz's claim Monday that"
    if c >= len(toks):
        return None
    quoted = _quoted_after_colon(toks, c)
    if quoted is not None or toks[n].text in flagged("speech_nouns.txt", "quoted"):
        return quoted  # 'Her verdict: "…"'; 'the agency's take: 30 per cent' reports nothing
    word = toks[c].text
    if word == "to" and toks[n].text in flagged("speech_nouns.txt", "hearer"):
        heard = c + 2 if c + 1 < len(toks) and toks[c + 1].text.lower() in openers() else c + 1
        if heard + 1 < len(toks) and toks[heard + 1].text == "that":  # 'to (the) residents that'
            c, word = heard + 1, "that"
    if word == "to" and toks[n].text in to_nouns() and c + 1 < len(toks) and _verb_like(
            toks[c + 1].text):
        return c if enough_words(toks, c) else None
    if word in ("that", ":") and c + 1 < len(toks) and enough_words(toks, c + 1):
        return c + 1
    return None


def _quoted_after_colon(toks: list[Token], c: int) -> int | None:
    """Index of the opening mark of a quotation right after a colon at token `c`, or after a
    short phrase of whom or what it was about there ('Bell's response to critics: "…"', 'her
    advice for buyers: "…"'); None when no quotation follows such a colon."""
    if toks[c].text.lower() in _TOPIC_WORDS:
        c = next((k for k in range(c + 1, min(len(toks), c + 2 + TOPIC_REACH))
                  if not toks[k].text[:1].isalnum()), len(toks))
    if c + 2 >= len(toks) or toks[c].text != ":" or toks[c + 1].text not in QUOTE_MARKS:
        return None
    return c + 1 if toks[c + 2].text[:1].isalnum() else None


def _before_comma(toks: list[Token], start: int, end: int) -> int:
    """Where the first comma outside quotation marks after token `start` stands, or `end`."""
    quoted = False
    for tok in toks[start:]:
        if tok.start >= end:
            break
        if tok.text in QUOTE_MARKS:
            quoted = not quoted
        elif tok.text == "," and not quoted:
            return tok.start
    return end


def _before_main_verb(toks: list[Token], start: int, end: int) -> int:
    """'Ruiz's claim that the port was safe surprised the board': a that-clause in the
    sentence's subject ends before the sentence's verb, an auxiliary or a past form after the
    clause's own auxiliary and a word between them; `end` when a word opens another clause
    first ('… was closed because the river flooded') or no such verb follows."""
    own = after_verb = quoted = False
    for k in range(start, len(toks)):
        word = toks[k].text
        quoted = quoted != (word in QUOTE_MARKS)  # a quotation's words open no clause
        if toks[k].start >= end or own and not quoted and word.lower() in clause_openers():
            break
        verb = _auxiliary(word) or own and _past(word)
        if verb and own and not after_verb and not quoted:  # not '… was "rigged"'
            return toks[k - 1].end
        own, after_verb = own or _auxiliary(word), verb
    return end


def _auxiliary(word: str) -> bool:
    return word in flagged("clause_verbs.txt") or word in word_set("be_forms.txt")


def _past(word: str) -> bool:
    return word.isalpha() and word.islower() and (
        word.endswith("ed") or word in word_set("irregular_pasts.txt"))


def _modifier(word: str) -> bool:
    """A word between a possessor and its noun: 'earlier', 'repeated', 'oft-repeated', 'own'."""
    return word == "own" or word.replace("-", "").isalpha() and word.islower() and (
        word not in word_set("function_words.txt") and word not in speech_nouns())


def _owner_word(word: str) -> bool:
    """A word that can name who spoke: a name, or a noun for a person or body; not a day
    ('Monday's', 'today's') or a period ('last year's')."""
    if time_word().match(word) or time_word().match(word.lower()):
        return False
    lower = word.lower()
    return lower in speaker_nouns() or is_name_word(word) and lower not in word_set(
        "period_nouns.txt")


def _phrase_word(toks: list[Token], k: int) -> bool:
    """A word of a speaker's phrase: a name or title word, a noun for who speaks, a title's
    stop, or an inner word between name words ('Bank of England')."""
    word = toks[k].text
    if word == ".":
        return k > 0 and toks[k - 1].text in titles()
    if word in inner_words():
        return 0 < k < len(toks) - 1 and is_name_word(toks[k - 1].text) and is_name_word(
            toks[k + 1].text)
    return (is_name_word(word) or word.lower() in speaker_nouns() or word.rstrip(".") in titles()
            ) and not time_word().match(word)


def _verb_like(word: str) -> bool:
    """A word that can open an infinitive after 'to': lower case, and no determiner,
    pronoun or hearer ('to voters', 'to the land', 'to her')."""
    lower = word.lower()
    return word.isalpha() and word.islower() and lower not in openers() and lower not in (
        word_set("object_pronouns.txt") | word_set("hearer_words.txt"))
