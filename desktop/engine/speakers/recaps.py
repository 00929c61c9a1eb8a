"""A sentence pointing back at the quotation right before it and naming who said it: '"We
were lucky." That's how Ana Ruiz describes the night …', 'That is what tenant Omar Field told
the council', 'Those are the words Ana Ruiz uses for …', 'So says Ana Ruiz, who …', 'That
from Ana Ruiz, who …'; or in the quotation's own sentence ('"Too little, too late," was how Ana
Ruiz described it'): the feature writer's opening on a quotation, its speaker named after it."""

from __future__ import annotations

import re

from desktop.engine.article import Article, Sentence
from desktop.engine.furniture import sentence_before, story_paragraph
from desktop.engine.speakers.after_verb import subject_after
from desktop.engine.speakers.found import Found, found_at
from desktop.engine.speakers.lexicon import speech_verbs
from desktop.engine.speakers.noun_cues import possessor
from desktop.engine.speakers.noun_phrases import (
    Mention,
    Token,
    is_name_word,
    subject_before,
    tokens,
)
from desktop.engine.speakers.quotes import Quotations
from desktop.engine.speakers.standing import colon_quotation, opening_quotation

# The demonstrative that points back ('That's how', 'Those are the words'), then the speaker.
_RECAP = re.compile(
    r"(?:(?:That|This)(?:[’']s|[ \t]+(?:is|was))[ \t]+(?:how|what|the[ \t]+way)"
    r"|(?:Those|These)[ \t]+(?:are|were)[ \t]+(?:the[ \t]+)?(?:words|feelings|thoughts)"
    r"(?:[ \t]+that)?|So[ \t]+says|(?P<source>(?:That|This)(?:[’']s)?[ \t]+from))[ \t]+")
# In the quotation's own sentence: '"Too little, too late," was how Ana Ruiz described it'
_TAIL = re.compile(r"[ \t]*(?:was|is)[ \t]+(?:how|what|the[ \t]+way|all)[ \t]+")
_MODALS = ("would", "could", "will", "did")  # '"No," was all Bell would say'
_RECAP_WORDS = ("how", "what", "all")
# 'Those were Ana Ruiz's words to donors', "That was Bell's warning": the speaker owns them
_OWNED = re.compile(
    r"(?:Those|These|That|This)(?:[’']s|[ \t]+(?:are|were|is|was))[ \t]+"
    r"((?:[A-Z][\w.’'-]*[ \t]+){0,3}?[A-Z][\w’'-]*?)[’']s[ \t]+(?:own[ \t]+)?"
    r"(?:words|message|warning|answer|reply|verdict|advice|promise)\b")
_CLOSE = ("\"", "”", "’", ",", "!", "?")  # a closing mark, and the stop the quotation left out
_POSSESSIVE = ("'s", "’s")


def recapped(article: Article, sentence: Sentence, spans: Quotations,
             case: dict[str, str]) -> Found | None:
    """The attribution `sentence` makes by pointing back at the quotation that opens the
    sentence before it (in its paragraph or the one before, page furniture passed over) or
    that ends there, having opened a sentence of its own."""
    opener = _RECAP.match(sentence.text)
    if opener is None and (owned := _OWNED.match(sentence.text)):
        return _owner_of_words(article, sentence, spans, case, owned)
    quote = _quotation_before(article, sentence, spans) if opener else None
    source = bool(opener and opener.group("source"))
    at = opener.end() if quote else _recap_in(article, sentence, spans)
    if at is None:
        return None
    if quote is None:
        opening = spans.starting_in(sentence.start, sentence.start + 2)[0]
        quote, source = (opening.start, opening.end), False
    toks = tokens(sentence.text, sentence.start, case)
    first = next((k for k, t in enumerate(toks) if t.start >= sentence.start + at), len(toks))
    named = _source(toks, first) if source else _named(
        toks, first, bool(opener) and opener.group().startswith("So"))
    if named is None:
        return None
    phrase, cue = named
    return found_at(sentence, toks, cue, phrase, quote, True)


def _owner_of_words(article: Article, sentence: Sentence, spans: Quotations,
                    case: dict[str, str], owned: re.Match[str]) -> Found | None:
    """'"…" Those were Ana Ruiz's words to donors on Monday.': the quotation before is said by
    the name the words belong to (a name, not 'the union's')."""
    quote = _quotation_before(article, sentence, spans)
    if quote is None:
        return None
    toks = tokens(sentence.text, sentence.start, case)
    noun = next((k for k, t in enumerate(toks) if t.start >= sentence.start + owned.end(1)
                 and t.text[:1].isalpha()), None)  # 'words', past the 's and any 'own'
    owner = possessor(toks, noun) if noun is not None else None
    if owner is None or not all(is_name_word(w) for w in owner[1]):
        return None
    a, words, (first, last) = owner
    mention = Mention(article.text[first:last], first, last)
    return Found(quote[0], quote[1], False, "", mention, words, None, sentence.index, True)


def _recap_in(article: Article, sentence: Sentence, spans: Quotations) -> int | None:
    """Where the speaker starts (from the sentence's start) in a recap after the quotation
    opening `sentence` and its closing mark ('"Too little, too late," was how Ana Ruiz
    described the offer'); None when there is none."""
    opening = spans.starting_in(sentence.start, sentence.start + 2)
    if not opening or not any(word in sentence.text for word in _RECAP_WORDS):
        return None
    end = opening[0].end
    while end < sentence.end and article.text[end] in _CLOSE:
        end += 1
    tail = _TAIL.match(article.text, end, sentence.end) if end > opening[0].end else None
    return None if tail is None else tail.end() - sentence.start


def _source(toks: list[Token], first: int) -> tuple[tuple[int, int], str] | None:
    """'That from Ana Ruiz, who …', 'That's from the minister.': the named source, ending at
    a comma or the stop."""
    phrase = subject_after(toks, first - 1)
    if phrase is None or not is_name_word(toks[phrase[1] - 1].text) or phrase[1] < len(
            toks) and toks[phrase[1]].text not in (",", ".", "!"):
        return None
    return phrase, "from"


def _quotation_before(article: Article, sentence: Sentence,
                      spans: Quotations) -> tuple[int, int] | None:
    """The sentence before `sentence` when a quotation opens it; else the quotation, standing
    as a sentence of its own (or after a colon), that ends in the sentence before."""
    before = sentence_before(article, sentence)
    if before is None or before.paragraph < story_paragraph(article, sentence.paragraph, -1):
        return None
    if spans.starting_in(before.start, before.start + 3):
        return before.start, before.end
    inner = spans.overlapping(before.start, before.end)
    if not inner:
        return None
    opening = article.sentence_at(spans.groups[inner[-1].group][0].start)
    return opening_quotation(article, opening, spans) or colon_quotation(
        article, opening, spans)[0]


def _named(toks: list[Token], first: int, says: bool) -> tuple[tuple[int, int], str] | None:
    """The speaker's tokens from `first` on and the speech verb after them ('That's how
    tenant Omar Field told …'), or a name of two words at least ('Fire Chief Ana Ruiz') before
    a verb of any kind ('remembers') or, after 'So says', before a comma or a stop; not
    'That's how it ended', not 'That's how Lytton remembers it', not a possessive."""
    phrase = subject_after(toks, first - 1)
    verb = phrase and phrase[1] + (toks[phrase[1] : phrase[1] + 1] != [] and toks[
        phrase[1]].text in _MODALS)
    if phrase is not None and is_name_word(toks[phrase[1] - 1].text) and verb < len(
            toks) and toks[verb].text.lower() in speech_verbs():
        return phrase, toks[verb].text
    end = first
    while end < len(toks) and is_name_word(toks[end].text):
        end += 1
    if end - first < 2 or end >= len(toks) or toks[end - 1].text.endswith(_POSSESSIVE):
        return None  # 'That's how Omar Field's landlord describes it': not Omar Field
    if says and toks[end].text not in (",", ".") or not says and not toks[end].text.islower():
        return None  # the name's verb follows it ('describes', 'uses'), or 'So says' names it
    return (None if says else subject_before(toks, end)) or (first, end), ""
