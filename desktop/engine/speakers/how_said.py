"""'"Every year it's another hundred." That's how Omar Field describes his rent.': a sentence
after a quotation that names who said it and how ('That's how X describes …', 'That is what
X told the council'), the news convention of a quotation first and its speaker after."""

from __future__ import annotations

import re

from desktop.engine.article import Article, Sentence
from desktop.engine.furniture import sentence_before, story_paragraph
from desktop.engine.speakers.after_verb import subject_after
from desktop.engine.speakers.found import Found, found_at
from desktop.engine.speakers.lexicon import speech_verbs
from desktop.engine.speakers.noun_phrases import is_name_word, tokens
from desktop.engine.speakers.quotes import Quotations

_HOW = re.compile(r"(?:That|This)(?:['’]s|[ \t]+(?:is|was))[ \t]+(?:how|what)[ \t]+")


def how_said(article: Article, sentence: Sentence, spans: Quotations,
             case: dict[str, str]) -> Found | None:
    """The attribution a 'That's how NAME describes it' sentence makes of the quotation that
    opens the sentence before it (in its paragraph or the one before), when a speech verb
    follows the name."""
    match = _HOW.match(sentence.text)
    before = sentence_before(article, sentence) if match else None
    if before is None or before.paragraph < story_paragraph(
            article, sentence.paragraph, -1) or not spans.starting_in(before.start,
                                                                       before.start + 3):
        return None
    toks = tokens(sentence.text, sentence.start, case)
    k = next(k for k, t in enumerate(toks) if t.start >= sentence.start + match.end()) - 1
    phrase = subject_after(toks, k)
    if phrase is None or not is_name_word(toks[phrase[1] - 1].text) or phrase[1] >= len(
            toks) or toks[phrase[1]].text.lower() not in speech_verbs():
        return None
    return found_at(sentence, toks, toks[phrase[1]].text, phrase, (before.start, before.end),
                    True)
