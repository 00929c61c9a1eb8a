"""'the committee' as the body whose name ends in that noun and was named last before it ('the
Senate Intelligence Committee', not the House committee an earlier paragraph named)."""

from __future__ import annotations

import re
from bisect import bisect_left

from desktop.engine.speakers.lexicon import non_name_words, organisation_words, word_set

NAME_WORDS = 4  # capitalised words before the head noun ('House Oversight and Reform': 4)
_NAME_WORD = r"[A-Z][\w’'&.-]*"
BODY_REACH = 1000  # characters back in which the body was named (a paragraph or two: 'the
# network' pages after 'Dish Network' is most often another network)


class NamedBodies:
    """Where an article names bodies by each head noun, read once per noun asked about."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._named: dict[str, tuple[list[int], list[str]]] = {}

    def before(self, words: tuple[str, ...], at: int) -> str | None:
        """The body 'the NOUN' (`words`, at `at`) stands for: the latest name before `at` of
        capitalised words ending in that noun capitalised ('Judiciary Committee'), when NOUN
        is an organisation's head noun and the name is near enough; None otherwise."""
        if len(words) != 2 or words[0].lower() != "the" or not words[1].islower():
            return None
        head = words[1].capitalize()
        if head not in organisation_words():
            return None
        if head not in self._named:
            self._named[head] = self._names(head)
        starts, names = self._named[head]
        k = bisect_left(starts, at) - 1
        return names[k] if k >= 0 and at - starts[k] <= BODY_REACH else None

    def _names(self, head: str) -> tuple[list[int], list[str]]:
        starts, names = [], []
        # not a body named in a role before a person's name ('Supreme Court Justice Ann Lee')
        pattern = rf"\b((?:{_NAME_WORD}[ \t]+){{1,{NAME_WORDS}}}){head}\b(?![ \t]+[A-Z])"
        for match in re.finditer(pattern, self.text):
            words = match.group(1).split()
            while words and words[0].lower() in word_set("determiners.txt") | non_name_words():
                words = words[1:]  # 'The House …', 'In June …'
            if words:
                starts.append(match.start())
                names.append(" ".join([*words, head]))
        return starts, names
