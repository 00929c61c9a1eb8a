"""A sentence pointing back at the quotation right before it and naming who said it: '"We
were lucky." That's how Ana Ruiz describes the night …', 'Those are the words Ana Ruiz uses
for …', 'So says Ana Ruiz, who …': the feature writer's opening on a quotation, its speaker
named only after it."""

from __future__ import annotations

import re
from bisect import bisect_left

from desktop.engine.article import Article
from desktop.engine.speakers.found import Found, found_at
from desktop.engine.speakers.noun_phrases import is_name_word, subject_before, tokens

# The demonstrative that points back ('That's how', 'Those are the words'), then the speaker.
_RECAP = re.compile(
    r"(?:(?:That|This)(?:[’']s| is| was) (?:how|what|the way)|(?:Those|These) (?:are|were) "
    r"(?:the )?(?:words|feelings|thoughts)(?: that)?|So says) ")


def recapped(article: Article, quote: tuple[int, int], end: int,
             case: dict[str, str]) -> Found | None:
    """The speaker named by the sentence right after the quotation `quote` opens and `end`
    closes (in its paragraph or opening the next) when that sentence opens by pointing back
    at it: the name before its verb ('That's how Ana Ruiz describes'), or after 'So says'; a
    name of two words at least, or a role and a name ('Fire Chief Ana Ruiz'), not 'That's
    how it ended'."""
    at = bisect_left(article.sentence_starts, end)
    if at >= len(article.sentences):
        return None
    after = article.sentences[at]
    opener = _RECAP.match(after.text)
    if opener is None or article.text[end : after.start].count("\n") > 2:
        return None
    toks = tokens(after.text, after.start, case)
    first = next((k for k, t in enumerate(toks) if t.start - after.start >= opener.end()),
                 len(toks))
    end = first
    while end < len(toks) and is_name_word(toks[end].text):
        end += 1
    says = opener.group().startswith("So")
    if end - first < 2 or end >= len(toks):
        return None
    if says and toks[end].text not in (",", ".") or not says and not toks[end].text.islower():
        return None  # the name's verb follows it ('describes', 'uses'), or 'So says' names it
    phrase = None if says else subject_before(toks, end)
    return found_at(after, toks, "", phrase or (first, end), quote, True)
