"""NLTK's word tokenizer, as the project filters it, for many sentences at once and much faster.

`words_of_sentences(s)` equals `[text.words(x) for x in s]`: the NLTKWordTokenizer rules that
can change a word token are replayed over all sentences joined by newlines (anchors become
per-line), with every rule that only isolates punctuation folded into one pass. Tokens that
are not words are dropped at the end either way, so rules for them need not be replayed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.engine.nltk_import import nltk_module

NLTKWordTokenizer = nltk_module("nltk.tokenize.destructive").NLTKWordTokenizer

# Rules in NLTKWordTokenizer's order; each comment names the NLTK rule group it replays.
# STARTING_QUOTES: opening double quotes become a mark that is not a closing quote.
_OPENING_QUOTE = re.compile(r"(?m)(?:^|(?<=[ (\[{<]))(?:\"|'')")
# STARTING_QUOTES: an opening apostrophe that does not begin a contraction is split off.
_OPENING_APOSTROPHE = re.compile(r"(?i)(?<!\w)(')(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)")
# PUNCTUATION: the sentence-final period (and closing brackets or quotes after it).
_FINAL_PERIOD = re.compile(r"(?m)(?<=[^.\n])\.(?=[\]\)}>\"'»”’ ]*[ \t]*$)")
# STARTING_QUOTES and PUNCTUATION: characters spaced before the trailing-apostrophe rule
# (':' and ',' only when no digit follows, so "3,000" stays whole).
_SEPARATORS_1 = re.compile("[«“‘„`;@#$%&\u2012-\u2015?!]|\\.{2,}|[:,](?!\\d)")
_TRAILING_APOSTROPHE = re.compile(r"([^'\n])'(?=\s)")
# PUNCTUATION, PARENS_BRACKETS, DOUBLE_DASHES, ENDING_QUOTES: spaced after it.
_SEPARATORS_2 = re.compile("[*\\[\\](){}<>»”’\"]|--|''")
# ENDING_QUOTES: clitics split from the word before them.
_CLITIC_1 = re.compile(r"([^'\s])('[sS]|'[mM]|'[dD]|')(?=\s|$)", re.MULTILINE)
_CLITIC_2 = re.compile(r"([^'\s])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T)(?=\s|$)", re.MULTILINE)
# CONTRACTIONS2 and 3 ("cannot" -> "can not"), each run only when its word occurs at all;
# CONTRACTIONS3's leading space becomes "after whitespace or at a line start".
_CONTRACTION_PATTERNS = [
    *NLTKWordTokenizer._contractions.CONTRACTIONS2,
    *(c.replace(" (", r"(?:(?<=\s)|^)(", 1) for c in NLTKWordTokenizer._contractions.CONTRACTIONS3),
]
_CONTRACTION_WORDS = ("cannot", "d'ye", "gimme", "gonna", "gotta", "lemme", "more'n", "wanna",
                      "'tis", "'twas")
_CONTRACTIONS = [(word, re.compile(p, re.MULTILINE))
                 for word, p in zip(_CONTRACTION_WORDS, _CONTRACTION_PATTERNS, strict=True)]


# A whole whitespace-delimited token that is a word (as `text.words` keeps them).
_WORD_TOKEN = re.compile(r"(?<!\S)[^\W\d_](?:[^\W\d_]|['’-])*(?!\S)")


def words_of_sentences(sentences: Sequence[str]) -> list[tuple[str, ...]]:
    """Word tokens of each sentence, exactly as `desktop.engine.text.words` gives them."""
    if not sentences:
        return []
    text = "\n".join(s.replace("\n", " ") for s in sentences)
    text = _OPENING_QUOTE.sub(" “ ", text)
    text = _OPENING_APOSTROPHE.sub(r"\1 ", text)
    text = _FINAL_PERIOD.sub(" ", text)
    text = _SEPARATORS_1.sub(" ", text)
    text = _TRAILING_APOSTROPHE.sub(r"\1 ' ", text)
    text = _SEPARATORS_2.sub(" ", text)
    text = _CLITIC_1.sub(r"\1 \2", text)
    text = _CLITIC_2.sub(r"\1 \2", text)
    lowered = text.lower()
    for word, regexp in _CONTRACTIONS:
        if word in lowered:
            text = regexp.sub(r" \1 \2 ", text)
    return [tuple(_WORD_TOKEN.findall(line)) for line in text.split("\n")]
