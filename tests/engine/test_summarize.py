"""Every algorithm and length mode, order, explanations, boilerplate and near-duplicates."""

from __future__ import annotations

import warnings

import pytest

from desktop.engine.readers import from_plain_text, read_path
from desktop.engine.summary import (
    ALGORITHMS,
    DEFAULT_ALGORITHM,
    UnknownAlgorithm,
    summarize,
)
from desktop.engine.summary.length import (
    PERCENT,
    SENTENCES,
    SLIDER_RANGES,
    Length,
    length_from_slider,
    reading_time,
    slider_position,
)
from desktop.paths import seed_article


@pytest.fixture(scope="module")
def seed():
    return read_path(seed_article())


@pytest.mark.parametrize("algorithm", list(ALGORITHMS))
def test_every_algorithm_gives_the_asked_number_in_article_order(seed, algorithm):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sumy's own summarizers may warn on odd input
        summary = summarize(seed, count=4, algorithm=algorithm)
    indices = [s.index for s in summary.sentences]
    assert len(indices) == 4 and indices == sorted(indices)
    assert sorted(s.rank for s in summary.sentences) == [1, 2, 3, 4]
    assert all(s.text == seed.text[s.start : s.end] for s in summary.sentences)
    assert all(s.reason for s in summary.sentences)
    assert summary.algorithm == algorithm


def test_default_is_precis_and_unknown_names_fail(seed):
    assert DEFAULT_ALGORITHM == "precis"
    assert summarize(seed).algorithm == "precis"
    with pytest.raises(UnknownAlgorithm):
        summarize(seed, algorithm="nope")


def test_importance_order_sorts_by_rank_and_scores_fall(seed):
    summary = summarize(seed, count=5, order="importance")
    assert [s.rank for s in summary.sentences] == [1, 2, 3, 4, 5]
    scores = [s.score for s in summary.sentences]
    assert scores == sorted(scores, reverse=True)
    assert "centrality" in summary.sentences[0].reason


def test_percent_length(seed):
    n = len(seed.sentences)
    summary = summarize(seed, length=Length(PERCENT, 20))
    assert len(summary.sentences) == round(n * 0.2)
    assert len(summarize(seed, ratio=0.2).sentences) == round(n * 0.2)


@pytest.mark.parametrize("budget", [40, 100, 250])
def test_word_budget_lands_near_the_budget(seed, budget):
    summary = summarize(seed, words=budget)
    longest = max(len(s.text.split()) for s in seed.sentences)
    assert summary.sentences
    assert abs(summary.words - budget) <= longest
    read = [s.text for s in summary.sentences] + [s.context.text for s in summary.sentences
                                                  if s.context]
    assert summary.words == sum(len(text.split()) for text in read)  # lead-ins are read too


def test_zero_length_is_empty(seed):
    assert summarize(seed, count=0).sentences == ()


def test_slider_mapping_round_trips_and_clamps():
    for mode, (low, high, step) in SLIDER_RANGES.items():
        for position in range(low, high + 1, step):
            assert slider_position(length_from_slider(mode, position)) == position
        assert length_from_slider(mode, high + 1000).value == high
        assert length_from_slider(mode, -5).value == low
    assert length_from_slider(SENTENCES, 3) == Length(SENTENCES, 3)
    with pytest.raises(ValueError):
        Length("paragraphs", 3)


def test_reading_time():
    assert reading_time(100) == "under a minute"
    assert reading_time(460) == "2 min"


BOILERPLATE = """Storm closes ports along the coast

By Jane Smith

A powerful storm closed ports along the coast on Monday, port officials said.
Ports along the coast stayed closed on Monday as the storm hit, port officials said.
Ships waited outside the ports while the storm passed the coast.
Officials said the ports would reopen when the storm had passed the coast.
Fishermen said the storm was the worst on the coast in years.

Follow him on Twitter at @janesmith for more on the storm and the ports.
Storm closes ports along the coast
"""


@pytest.mark.parametrize("algorithm", list(ALGORITHMS))
def test_never_headline_byline_or_social_tail(algorithm):
    article = from_plain_text(BOILERPLATE)
    assert article.byline == "Jane Smith"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        chosen = [s.text for s in summarize(article, count=5, algorithm=algorithm).sentences]
    assert chosen
    assert not any("Twitter" in s or s.startswith("Storm closes") or "Jane" in s for s in chosen)


def test_near_duplicates_are_skipped():
    sentence = "The central bank raised interest rates by half a point to fight inflation."
    text = (f"Rates rise\n\n{sentence} Shares fell sharply in early trading. "
            f"{sentence[:-1]} on Tuesday. Analysts expect another rise in March.")
    article = from_plain_text(text)
    chosen = [s.index for s in summarize(article, count=3).sentences]
    assert not {0, 2} <= set(chosen)
    assert len(chosen) == 3
