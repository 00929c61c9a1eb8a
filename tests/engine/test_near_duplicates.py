"""The indexed near-duplicate check gives exactly the answers of comparing every pair."""

from __future__ import annotations

import random

from desktop.engine.summary.near_duplicates import NearDuplicates, overlap

WORDS = [f"w{i}" for i in range(40)]


def brute_force(sets: list[frozenset[str]], threshold: float) -> list[int]:
    chosen: list[frozenset[str]] = []
    kept = []
    for index, words in enumerate(sets):
        if any(overlap(words, other) >= threshold for other in chosen):
            continue
        chosen.append(words)
        kept.append(index)
    return kept


def indexed(sets: list[frozenset[str]], threshold: float, rarest_first: bool = True) -> list[int]:
    seen = NearDuplicates(sets if rarest_first else None, threshold)
    kept = []
    for index, words in enumerate(sets):
        if seen.is_near_duplicate(words):
            continue
        seen.add(words)
        kept.append(index)
    return kept


def test_same_choices_as_every_pair_on_many_random_sentences():
    rng = random.Random(3)
    # Skewed word use (a few very common words) and sizes from 0 to 25, like sentences.
    sets = [frozenset(rng.choices(WORDS, weights=[1 / (i + 1) for i in range(40)],
                                  k=rng.randint(0, 25))) for _ in range(1500)]
    for threshold in (0.5, 0.7, 0.9, 1.0):
        expected = brute_force(sets, threshold)
        assert indexed(sets, threshold) == expected
        assert indexed(sets, threshold, rarest_first=False) == expected  # words alphabetically
        assert 0 < len(expected) < len(sets)


def test_a_short_sentence_inside_a_longer_one_is_a_near_duplicate():
    short = frozenset({"the", "minister", "resigned"})
    longer = frozenset({"on", "monday", "the", "minister", "resigned", "after", "a", "vote"})
    seen = NearDuplicates([short, longer], 0.7)
    seen.add(longer)
    assert seen.is_near_duplicate(short)
    assert not seen.is_near_duplicate(frozenset({"rain", "fell", "in", "the", "north"}))
