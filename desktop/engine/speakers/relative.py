"""Reported speech inside a relative clause: 'Ruiz, who said …, left early'."""

from __future__ import annotations

from desktop.engine.speakers.found import QUOTE_MARKS, bracket_depth
from desktop.engine.speakers.lexicon import flagged, non_name_words, speech_verbs, word_set
from desktop.engine.speakers.noun_phrases import Token, skip_between


def relative_clause_end(toks: list[Token], i: int, content: tuple[int, int]) -> tuple[int, int]:
    """'Ruiz, who said the bridge "must be fixed by spring," left early': reported speech in a
    relative clause set off by commas ends with the clause, at the comma before the main
    clause's verb (a lower-case word that is not a function word, an adverb or a participle)."""
    j = skip_between(toks, i)
    if j < 1 or toks[j].text.lower() != "who" or toks[j - 1].text != ",":
        return content
    bracketed = 0
    for k, tok in enumerate(toks[i + 1 : -1], i + 1):
        bracketed = bracket_depth(tok.text, bracketed)
        if tok.start < content[0] or tok.text != "," or bracketed:
            continue
        nxt = k + 2 if toks[k + 1].text in QUOTE_MARKS and k + 2 < len(toks) else k + 1
        if _main_verb(toks[nxt].text):
            return content[0], tok.start
    return content


def _main_verb(word: str) -> bool:
    """A word that can open the predicate of the writer's clause: 'left', 'has', 'would'."""
    if not word.isalpha() or not word.islower():
        return False
    if word in flagged("clause_verbs.txt") or word in speech_verbs():
        return True
    return word not in non_name_words() and not word.endswith(("ly", "ing")) and (
        word not in word_set("aside_words.txt") and word not in word_set("clause_conjunctions.txt"))
