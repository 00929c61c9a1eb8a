"""Quotations with no speech verb at all, said by the person the sentence before is about
('Erik Lind was blunt.' + '"We stopped skating."'): the news convention of a quotation right
after the sentence that introduces or describes its speaker."""

from __future__ import annotations

import re
from bisect import bisect_left

from desktop.engine.article import Article, Sentence
from desktop.engine.furniture import sentence_before, story_paragraph
from desktop.engine.speakers.aliases import person_like
from desktop.engine.speakers.antecedents import placed
from desktop.engine.speakers.documents import document_lead
from desktop.engine.speakers.found import Found, found_at, overlaps
from desktop.engine.speakers.lexicon import (
    given_name,
    person_nouns,
    pronouns,
    word_set,
)
from desktop.engine.speakers.noun_phrases import Token, is_name_word, subject_before, tokens
from desktop.engine.speakers.quotes import Quotations, title_case
from desktop.engine.speakers.standing import colon_quotation, group_of, opening_quotation
from desktop.engine.speakers.subjects import ROLE_REACH, role_then_name_before, sentence_subject

_PERSONS = ("male", "female")  # 'he', 'she': 'it' and 'they' lead to no one in particular
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\.?[ \t]+")  # 'Erik ', 'Mr. ' before a surname
_NAME_CHAR = re.compile(r"[\w’'-]")
_BOUNDARY = re.compile(r"\b")
_POINTS_BACK = re.compile(r"\b(?:[Hh]is|[Hh]er|[Hh]im)\b")  # a person the sentence is not about
_RELATIVE_PRONOUNS = frozenset(("who", "whose"))
_CLAUSE_LINKS = frozenset(("and", "but", "or", "who", "whose", "which", "where", "when"))


def lead_subjects(article: Article, spans: Quotations, case: dict[str, str],
                  found: list[Found]) -> list[Found]:
    """Attributions of the quotations opening a sentence that nothing else attributes, to the
    subject of the sentence right before when that sentence quotes nobody, else of the sentence
    right after it in the same paragraph."""
    covered = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    for sentence in article.sentences:
        quote, before = colon_quotation(article, sentence, spans)
        if quote is None:
            quote = opening_quotation(article, sentence, spans)
            before = sentence_before(article, sentence)  # furniture passed over
        if quote is None or any(
                overlaps(covered, s.start, s.end) for s in group_of(spans, quote[0])):
            continue  # a piece of a quotation attributed elsewhere ('"A? B," she said.')
        quiet = before is not None and _quotes_nobody(
            article, before, story_paragraph(article, sentence.paragraph, -1), spans)
        lead = _lead_before(article, before, quiet, spans, case, quote)
        after = _next_in_paragraph(article, quote[1])
        if lead is None and after is not None and _quotes_nobody(article, after,
                                                                 sentence.paragraph, spans):
            lead = lead_of(article, after, case, quote)  # '"We lost." Lind shook his head.'
        if lead is None and before is not None and before.end < sentence.end \
                and before.start == sentence.start:
            lead = _manner_subject(before, case, quote)  # 'An aide was blunter: "…"'
        if lead is None and before is not None and before.start == sentence.start:
            lead = document_lead(before, case, quote)  # 'The memo … lists three rules: "…"'
        if lead is None and quiet and not spans.overlapping(before.start, before.end):
            lead = _sole_person(article, before, case, quote)  # 'For Omar Field, the …'
        if lead is not None:
            out.append(lead)
            covered.insert(bisect_left(covered, (lead.start, lead.end)), (lead.start, lead.end))
    return out


def _lead_before(article: Article, before: Sentence | None, quiet: bool, spans: Quotations,
                 case: dict[str, str], quote: tuple[int, int]) -> Found | None:
    """The subject of `before`, the sentence before the quotation's (`quiet`: it quotes
    nobody), if a person; when that sentence is about a thing but points back to a person
    ('The mall across the highway took half his customers.'), the subject of the sentence
    before it in its paragraph ('Pierre Lavoie has owned the store since 1999.'): the
    paragraph is still about that person."""
    if before is None or not quiet:
        return None
    lead = lead_of(article, before, case, quote)
    if lead is not None or not _POINTS_BACK.search(before.text):
        return lead
    prior = sentence_before(article, before)
    if prior is None or prior.paragraph != before.paragraph or not _quotes_nobody(
            article, prior, prior.paragraph, spans):
        return None
    return lead_of(article, prior, case, quote)


def _quotes_nobody(article: Article, sentence: Sentence, paragraph: int,
                   spans: Quotations) -> bool:
    """A sentence of `paragraph` or after it without a quotation of its own: a name quoted
    there is no one's words ('a sign reading "No Trespassing"', 'plays Marilla in "Anne of
    Green Gables"': a title, a sign, a slogan in capitals), so the sentence still describes
    the speaker of the quotation after it."""
    return sentence.paragraph >= paragraph and all(
        title_case(article.text[s.start : s.end])
        for s in spans.overlapping(sentence.start, sentence.end))


def _next_in_paragraph(article: Article, end: int) -> Sentence | None:
    """The sentence starting after body position `end`, in the same paragraph."""
    at = bisect_left(article.sentence_starts, end)
    if at >= len(article.sentences) or at == 0:
        return None
    after = article.sentences[at]
    return after if after.paragraph == article.sentences[at - 1].paragraph else None


def lead_of(article: Article, before: Sentence, case: dict[str, str],
          quote: tuple[int, int]) -> Found | None:
    """The subject of `before` as the speaker of `quote`: a pronoun or a name, followed by the
    verb of its clause (not 'Lind's coach said', not a place opening a sentence)."""
    toks = tokens(before.text, before.start, case)
    if len(toks) < 3:
        return None
    phrase = sentence_subject(toks, len(toks) - 1)
    if phrase is not None and not _verb_like(toks, _past_apposition(toks, phrase[1])):
        phrase = None
    titled = _titled_subject(toks)
    if titled is not None and (phrase is None or phrase[1] < titled[1]):
        phrase = titled  # 'Harbour master Ines Dube was blunt.': the name, not 'Harbour'
    for candidate in (_apposed_subject(toks), phrase, _framed(toks)):
        words = _past_role(toks[slice(*candidate)]) if candidate else ""
        if words and (pronouns().get(words.lower()) in _PERSONS or is_name_word(
                words.split()[-1]) and person_like(words) and (" " in words and not placed(
                article.text, words) or _surname(article.text, words, before.start))):
            return found_at(before, toks, "", candidate, quote, False)
    return None


def _sole_person(article: Article, before: Sentence, case: dict[str, str],
                 quote: tuple[int, int]) -> Found | None:
    """'For Omar Field, the rules come too late.' + '"…"': the one person `before` names in
    full (a given name and a surname), wherever in it but after 'of', when it names no one
    else so."""
    if title_case(before.text):
        return None  # a headline ('31 Voters Share Their Thoughts On Ana Ruiz') leads nobody in
    toks = tokens(before.text, before.start, case)
    people: set[tuple[int, int]] = set()
    k = 0
    while k < len(toks):
        end = k
        while end < len(toks) and is_name_word(toks[end].text):
            end += 1
        first = next((j for j in range(k, end - 1) if given_name(toks[j].text)), None)
        owned = k > 0 and toks[k - 1].text == "of"  # 'the office of Premier Ana Ruiz'
        if first is not None and not owned and _plain_person(article, toks[first:end]):
            people.add((first, end))
        k = max(end, k + 1)
    if len(people) != 1:
        return None
    return found_at(before, toks, "", people.pop(), quote, False)


def _plain_person(article: Article, toks: list[Token]) -> bool:
    """'Omar Field', not 'Omar Street', 'Omar Field's' nor a name the article places ('in
    Victoria Park')."""
    name = " ".join(t.text for t in toks)
    return person_like(name) and toks[-1].text.rstrip(".") not in word_set(
        "street_words.txt") | word_set("place_words.txt") and not placed(article.text, name)


def _past_role(toks: list[Token]) -> str:
    """The words of a subject after its last role noun ('John Kirby' of 'State Department
    spokesman John Kirby': the organisation is the role's, not the name's), else all of them."""
    k = next((k for k in range(len(toks) - 2, -1, -1) if toks[k].text in person_nouns()), -1)
    return " ".join(t.text for t in toks[k + 1 :])


def _manner_subject(head: Sentence, case: dict[str, str],
                    quote: tuple[int, int]) -> Found | None:
    """'A Clinton adviser, granted anonymity, was blunter: "…"': a role opening the clause
    before a colon whose predicate says how plainly its subject spoke ('was more direct'), as
    that quotation's speaker; a name there is `_lead`'s."""
    toks = tokens(head.text, head.start, case)
    words = [t.text.lower() for t in toks]
    k = len(words) - 1
    if k < 2 or words[k] not in word_set("manner_adjectives.txt"):
        return None
    k -= words[k - 1] in ("more", "even")
    if words[k - 1] not in ("was", "is"):
        return None
    end = words.index(",") if "," in words[: k - 1] else k - 1
    if not 2 <= end <= ROLE_REACH or words[end - 1] not in person_nouns() or not all(
            t.text.isalpha() for t in toks[:end]):
        return None
    return found_at(head, toks, "", (0, end), quote, False)


def _apposed_subject(toks: list[Token]) -> tuple[int, int] | None:
    """'His coach, Ana Ruiz, agreed.': the name in apposition to the role opening the
    sentence, before the verb."""
    k = next((k for k in range(2, len(toks)) if toks[k - 1].text == "," and _verb_like(toks, k)),
             None)
    apposed = role_then_name_before(toks, k) if k is not None else None
    return apposed[1:] if apposed is not None and apposed[0] == 0 else None


def _framed(toks: list[Token]) -> tuple[int, int] | None:
    """'For Luc Gagnon, the rink is where he grew up.': the name a sentence opens with in a
    'For …,' frame, whose view the sentence gives (not 'For years,' nor 'For the Oilers,')."""
    if len(toks) < 4 or toks[0].text != "For":
        return None
    end = next((k for k in range(1, min(len(toks), ROLE_REACH + 1)) if toks[k].text == ","), 0)
    names = toks[1:end]
    return (1, end) if len(names) >= 2 and all(is_name_word(t.text) for t in names) else None


def _titled_subject(toks: list[Token]) -> tuple[int, int] | None:
    """'Lobster fisher Ines Dube was blunt.': a role written before a name of two words or more
    ("false title") and the verb after it, read as the speech-verb path reads 'Lobster fisher
    Ines Dube said' (`subject_before`), when that phrase opens the sentence."""
    for k in range(2, min(len(toks), ROLE_REACH + 2)):
        if not (is_name_word(toks[k - 1].text) and is_name_word(toks[k - 2].text)
                and _verb_like(toks, _past_apposition(toks, k))):
            continue
        phrase = subject_before(toks, k)
        return phrase if phrase is not None and phrase == (0, k) else None
    return None


def _surname(text: str, word: str, end: int) -> bool:
    """Whether `word` closes a name or follows a title before `end` ('Erik Lind', 'Mr. Lind'):
    a person's surname, not a town ('Halifax lost power').

    Each place `word` is written is found as a plain string and the word before it is read:
    one regex search of the text for any capitalised word before it walked the whole text."""
    at = text.find(word, 0, end)
    while at >= 0:
        if _BOUNDARY.match(text, at + len(word), end) and _after_capital(text, at):
            return True
        at = text.find(word, at + 1, end)
    return False


def _after_capital(text: str, at: int) -> bool:
    """Whether a capitalised word ('Erik', 'Mr.') and spaces end at `at`: exactly where
    `_CAPITAL_BEFORE` matches up to `at`."""
    start = at
    while start and text[start - 1] in " \t":
        start -= 1
    if start and start < at and text[start - 1] == ".":
        start -= 1
    run = start
    while run and _NAME_CHAR.match(text, run - 1):
        run -= 1
    return start < at and any(_CAPITAL_BEFORE.fullmatch(text, s, at) for s in range(run, start)
                              if "A" <= text[s] <= "Z")


def _past_apposition(toks: list[Token], b: int) -> int:
    """Past a role or an age between commas after the subject ('Ana Ruiz, 24, was'), or a
    relative clause of any length ('Ana Ruiz, who moved here from Regina with her sons, spent')."""
    if b >= len(toks) or toks[b].text != ",":
        return b
    if b + 1 < len(toks) and toks[b + 1].text.lower() in _RELATIVE_PRONOUNS:
        return next((k + 1 for k in range(b + 2, len(toks) - 1) if toks[k].text == ","
                     and _verb_like(toks, k + 1) and toks[k + 1].text not in _CLAUSE_LINKS), b)
    close = next((k for k in range(b + 1, min(len(toks), b + ROLE_REACH)) if toks[k].text
                  in (",", ".", ";")), None)
    return close + 1 if close is not None and toks[close].text == "," else b


def _verb_like(toks: list[Token], k: int) -> bool:
    """A lower-case word right after the subject: its verb ('was', 'shook', 'has')."""
    return k < len(toks) and toks[k].text.isalpha() and toks[k].text.islower()
