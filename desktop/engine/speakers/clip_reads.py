"""The tokens a long sentence's attributions read for where reported speech ends, indexed once
per sentence: `clipped_end` read the rest of the sentence for each attribution (200 in one
sentence of 1 MB, ", the agency says" over and over: 16 s)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from desktop.engine.speakers.noun_phrases import Token

LONG_SENTENCE = 500  # tokens from which the index pays for itself
_last: tuple[list[Token], tuple[list[int], list[int]]] | None = None  # the last sentence's


def tokens_read(toks: list[Token], c: int, of_note: Callable[[list[Token], int], bool],
                every: bool) -> tuple[Sequence[int], int]:
    """The indexes `clipped_end` reads after the content's start `c` (to the last token but
    one), and how many dashes follow `c`: every index in a short sentence or with `every`;
    else only those `of_note` holds for (the others change nothing it reads), from an index
    made once for the sentence's token list (held, so no other list takes its id; `of_note`
    is always the same predicate)."""
    if every or len(toks) <= LONG_SENTENCE:
        return range(c + 1, len(toks) - 1), sum(t.text == "—" for t in toks[c + 1 :])
    noted, dashes = _index(toks, of_note)
    return noted[bisect_left(noted, c + 1) :], len(dashes) - bisect_left(dashes, c + 1)


def _index(toks: list[Token], of_note: Callable[[list[Token], int], bool]
           ) -> tuple[list[int], list[int]]:
    global _last
    last = _last  # read once: another thread may set it meanwhile
    if last is None or last[0] is not toks:
        noted = [k for k in range(1, len(toks) - 1) if of_note(toks, k)]
        last = _last = (toks, (noted, [k for k, t in enumerate(toks) if t.text == "—"]))
    return last[1]
