"""A signature after a dash: '"…" — Ana Ruiz', and '— Ana Ruiz (@anaruiz)' under a post."""

from __future__ import annotations

import re
from itertools import islice

from desktop.engine.article import Article, Sentence
from desktop.engine.furniture import sentence_before
from desktop.engine.speakers.found import CLOSING_MARKS, Found, found_at
from desktop.engine.speakers.lexicon import given_name, titles
from desktop.engine.speakers.noun_phrases import Token, is_name_word, iter_tokens, phrase_word
from desktop.engine.speakers.quotes import Quotations

# A signature's dash: a typewriter "--" too ('"…" -- Ana Ruiz'; the tokeniser keeps it whole)
_DASHES = ("—", "–", "―", "--")
_SPACED_HYPHEN = " - "  # a dash typed with the hyphen key ('"…" - Ana Ruiz'), not 'well-known'
# A handle in brackets after the name: '(@anaruiz)'
_HANDLE = re.compile(r"\(@\w+\)")
POST_CHARS = 280  # the longest post on X (Twitter), in characters: an unquoted post signed
SIGNATURE_WORDS = 6  # longest name after a dash, in words ('— Ana Ruiz, mayor of Halifax')


def signature(article: Article, sentence: Sentence, spans: Quotations) -> Found | None:
    """'"…" — Ana Ruiz' (a sentence of its own or the quotation's tail), '— Ana Ruiz
    (@anaruiz) June 1, 2024' under a quoted paragraph (an embedded post): the name signs it."""
    if not any(mark in sentence.text for mark in (*_DASHES, _SPACED_HYPHEN)):
        return None  # most sentences: no need to tokenise them
    toks, dash = _to_dash(article.text, sentence)
    if dash is None:
        return None
    b = dash + 1
    while b < len(toks) and b - dash <= SIGNATURE_WORDS and (
            phrase_word(toks[b]) or _title_stop(toks, b, dash)):
        b += 1
    if b == dash + 1 or not is_name_word(toks[b - 1].text) or toks[b - 1].text in titles() or (
            b < len(toks) and toks[b].text not in (",", ".", "(")):
        return None
    handle = b < len(toks) and toks[b].text == "("  # '(@anaruiz) June 1': no role
    posted = handle and _posted(sentence, toks, dash, b)
    signed = _signed_before(article, sentence, toks[dash - 1], posted) if dash else _signed(
        article, sentence, spans, posted)
    if signed is None or not (spans.overlapping(*signed) or posted):
        return None
    role = sentence.text[toks[b].end - sentence.start :].strip(" ,.") if b < len(toks) else ""
    return found_at(sentence, toks, toks[dash].text, (dash + 1, b), signed, True,
                    None if handle else role or None)


def _title_stop(toks: list[Token], at: int, dash: int) -> bool:
    """The stop of an abbreviated title before a name ('— Rep. Vance Gorman (R-Ill.)'): the
    name goes on after it."""
    return (toks[at].text == "." and at - 1 > dash and toks[at - 1].text in titles()
            and at + 1 < len(toks) and is_name_word(toks[at + 1].text))


def _posted(sentence: Sentence, toks: list[Token], dash: int, b: int) -> bool:
    """Whether the name in tokens (dash, b) signs a person's post: a handle follows it and a
    given name opens it after any title ('— Rep. Cal Hollis (@calhollis)'); a brand's or a
    newsroom's post ('— Harbour Music (@harbourmusic)') is an advertisement, not a statement."""
    first = next(t.text for t in toks[dash + 1 : b] if t.text != "." and t.text not in titles())
    handle = _HANDLE.match(sentence.text, toks[b].start - sentence.start)
    return given_name(first) and handle is not None


def _signed_before(article: Article, sentence: Sentence, last: Token,
                   posted: bool) -> tuple[int, int] | None:
    """What a signature after `last` in its sentence signs: the quotation closing there
    ('"…" — Ana Ruiz'), or a post's words from its paragraph's start ('… #Ferry — Ana Ruiz
    (@anaruiz) June 1', a post's line joined to its signature's)."""
    if last.text in CLOSING_MARKS:
        return sentence.start, last.end
    opening = article.paragraphs[sentence.paragraph].start
    return (opening, last.end) if _post(article.text, opening, last.end, posted) else None


def _post(text: str, start: int, end: int, posted: bool) -> bool:
    """Whether `text[start:end]`, signed by a person's handle (`posted`), reads as the post: no
    longer than POST_CHARS and introduced by a colon ('Ruiz took to Twitter:'); without one it
    is the article's own paragraph ('The ferry will sail, the mayor says.')."""
    return posted and end - start <= POST_CHARS and text[max(0, start - 40) : start].rstrip(
        ).endswith(":")


def _signed(article: Article, sentence: Sentence, spans: Quotations,
            posted: bool) -> tuple[int, int] | None:
    """What a signature opening `sentence` signs: the sentence before in its paragraph, or the
    paragraph before when the signature opens its own and that one opens with a quotation, or
    is a post without quotation marks (`_post`)."""
    before = sentence_before(article, sentence)  # furniture passed over
    if before is None:
        return None
    if before.paragraph == sentence.paragraph:
        opening = article.paragraphs[sentence.paragraph].start  # the post's line joined to it
        if _post(article.text, opening, before.end, posted):
            return opening, before.end
        return before.start, before.end
    quoted = article.paragraphs[before.paragraph]
    if article.paragraphs[sentence.paragraph].start != sentence.start or not (
            spans.starting_in(quoted.start, quoted.start + 3) or _post(
                article.text, quoted.start, quoted.end, posted)):
        return None
    return quoted.start, quoted.end


def _to_dash(body: str, sentence: Sentence) -> tuple[list[Token], int | None]:
    """The tokens of `sentence` through its first dash (or hyphen with a space on each side)
    and the name that may follow it, and the dash's index (None without a dash): a line of
    dashes is not read to its end."""
    toks: list[Token] = []
    words = iter_tokens(sentence.text, sentence.start)
    for tok in words:
        toks.append(tok)
        if tok.text in _DASHES or body[tok.start - 1 : tok.end + 1] == _SPACED_HYPHEN:
            return toks + list(islice(words, SIGNATURE_WORDS + 1)), len(toks) - 1
    return toks, None
