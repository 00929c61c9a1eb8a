"""Party labels before a person's name ('said Democrat Ana Ruiz'): a role, not part of the name."""

from __future__ import annotations

from desktop.engine.speakers.lexicon import speaker_nouns, word_set


def party_before(words: list[str]) -> bool:
    """Whether the first of `words` is a party label before a name ('Democrat Ana Ruiz'), not the
    first word of a party's name ('Liberal Democrats'; 'Republican Party' is left to the body
    words of its callers) nor of a group ('Liberal MPs', 'Republican Senators')."""
    parties = word_set("party_words.txt")
    return len(words) > 1 and words[0] in parties and words[1].removesuffix(
        "s") not in parties and words[1].lower() not in speaker_nouns()
