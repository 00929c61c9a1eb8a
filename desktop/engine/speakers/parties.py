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


def party_member(text: str, described: tuple[str, ...], known: set[str], at: int) -> str | None:
    """'the Republican nominee' (at `at`) -> the one person the article wrote before it with
    that party label and no other role ('Republican Gordon Pike'), when it introduced nobody
    with the noun itself; None for two such people, or for a party no one was given."""
    if len(described) != 3 or described[1] not in word_set("party_words.txt"):
        return None
    labels = {described[1], described[1].removesuffix("ic")}  # 'Democratic': 'Democrat Ana Ruiz'
    members = {n for n in known if " " in n and any(f"{p} {n}" in text[:at] for p in labels)}
    return members.pop() if len(members) == 1 else None
