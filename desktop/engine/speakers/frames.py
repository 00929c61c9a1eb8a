"""Frames in which a writer gives a quotation to whoever sent the reply or answer it names:
'The answer from the ministry: "…"', 'A statement from the board read: "…"', and a question
asked of the reader, answered by the quotation after it ('Bell's reply? "Come back later."'),
or a statement presented ahead of it ('Here is the union's full statement:' and the quotation
in the next paragraph)."""

from __future__ import annotations

from functools import cache

from desktop.engine.article import Article, Sentence
from desktop.engine.furniture import story_paragraph
from desktop.engine.speakers.after_verb import subject_after
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import (
    organisation_words,
    person_nouns,
    speech_nouns,
    word_set,
)
from desktop.engine.speakers.noun_cues import possessor
from desktop.engine.speakers.noun_phrases import Mention, Token, is_name_word, tokens
from desktop.engine.speakers.quotes import Quotations

_SENT_TAIL = 3  # words between a reply's sender and its colon ('was short', 'read in part')


def reply_question(article: Article, sentence: Sentence, spans: Quotations,
                   case: dict[str, str]) -> Found | None:
    """'Bell's reply?', 'Her verdict?', '(Here is) the union's full statement:': a sentence of
    a possessor and a reply or speech noun only, asking the reader or presenting what follows;
    the quotation opening the next sentence (in its paragraph or opening the next) is the
    owner's answer."""
    text = sentence.text
    if len(text) > _QUESTION_CHARS or text[-1:] not in "?:" or text[
            text.rfind(" ") + 1 : -1] not in _answer_nouns():
        return None  # most sentences, and most questions: no need to tokenise them
    toks = tokens(text, sentence.start, case)
    n = len(toks) - 2
    if n < 1 or toks[n].text not in _answer_nouns():
        return None
    owner, lead = possessor(toks, n), _presenting(toks) if text.endswith(":") else 0
    if owner is None or owner[0] > lead + 1 or owner[0] == lead + 1 and toks[lead].text.lower(
            ) != "the":
        return None
    at = sentence.index + 1
    if at >= len(article.sentences):
        return None
    after = article.sentences[at]
    opened = spans.starting_in(after.start, after.start + 2)
    if after.paragraph not in (sentence.paragraph, story_paragraph(article, sentence.paragraph, 1)
                               ) or not opened or opened[-1].end < after.end - _CLOSING_CHARS:
        return None  # not '"Nobody knows," Ruiz said.': that quotation has a speaker of its own
    a, words, (first, last) = owner
    mention = Mention(article.text[first:last], first, last)
    return Found(after.start, after.end, False, toks[n].text, mention, words, None,
                 sentence.index, False)


@cache
def _answer_nouns() -> frozenset[str]:
    return word_set("reply_nouns.txt") | speech_nouns()


_QUESTION_CHARS = 70  # 'Here is the harbour board chairman's full statement:' at most
_CLOSING_CHARS = 2  # a closing mark and a stop after the quotation that is the answer


def _presenting(toks: list[Token]) -> int:
    """Tokens of 'Here is', 'Here are' or 'Here's' opening a sentence that presents a
    statement; 0 when none does."""
    if toks and toks[0].text in ("Here's", "Here’s"):
        return 1
    return 2 if len(toks) > 2 and toks[0].text == "Here" and toks[1].text in word_set(
        "be_forms.txt") else 0


def sent_from(toks: list[Token], colon: int) -> tuple[int, int] | None:
    """'The answer from the ministry: "…"', 'A statement from the board read: "…"', 'The reply
    from Bell was short: "No."': who sent the reply the sentence opens with said the quotation
    after its colon (a few words between them, no punctuation: 'was short', 'read')."""
    k = 1 if toks and toks[0].text.lower() in word_set("articles.txt") else 0
    if colon < k + 3 or toks[k].text.lower() not in word_set("reply_nouns.txt") or (
            toks[k + 1].text != "from"):
        return None
    a = k + 2  # after 'from': 'the harbour board' is no name, its noun read on below
    a, b = subject_after(toks, k + 1) or (a, a + (toks[a].text.lower() in word_set("articles.txt")))
    reach = b + _SENT_TAIL
    while b < min(colon, reach) and toks[b].text.isalpha() and not sender_word(toks[b - 1].text):
        b += 1
    if not b <= colon <= b + _SENT_TAIL or not all(t.text.isalpha() for t in toks[b:colon]):
        return None
    return (a, b) if sender_word(toks[b - 1].text) else None


def sender_word(word: str) -> bool:
    """A name, or a noun for one person or a body ('the mayor', 'the ministry'; not 'the
    crowd', whose reply is no one's in particular)."""
    return is_name_word(word) or word.lower() in person_nouns() or (
        word.capitalize() in organisation_words())
