"""Coherent extracts: a key sentence that points back is shown with the one before it."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.engine.readers import from_plain_text, read_path
from desktop.engine.summary import summarize
from desktop.engine.summary.algorithms import ALGORITHMS
from desktop.engine.summary.coherence import dangling, lead_ins, points_back
from desktop.engine.summary.length import SENTENCES, Length
from desktop.engine.summary.rank import choose
from desktop.paths import seed_article
from tests.engine.helpers import LEAD_IN, LEAD_IN_TEXT, POINTING


@pytest.mark.parametrize("sentence", [
    "He said the plan would fail.", "‘But it was too late,’ she said.", "However, the vote failed.",
    "They left at dawn.", "This was the third attempt.", "Also on the list was a museum.",
    "In addition, the city will pay.", "\"It is broken,\" he said.",
])
def test_openings_that_point_back(sentence):
    assert points_back(sentence)


@pytest.mark.parametrize("sentence", [
    "The mayor said the plan would fail.", "This year the fair opens in May.",
    "It is thought that nine people died.", "Hello there.", "Thesis defences start today.",
    "Italy won the match.", "Butter prices rose.", "",
])
def test_openings_that_stand_alone(sentence):
    assert not points_back(sentence)


def test_dangling_lists_shown_sentences_whose_previous_one_is_not_shown():
    openers = [False, True, False, True, True]
    assert dangling([0, 1, 3], openers) == [3]
    assert dangling([3, 4], openers) == [3]
    assert dangling([0, 1, 2], openers) == []


ARTICLE = """Harbour tunnel opens

The harbour tunnel under the bay opened to traffic on Monday after six years of work.
Engineers from four countries built the harbour tunnel under the bay.
She called the harbour tunnel under the bay the proudest work of her life.
The tunnel carries trucks and buses under the bay to the harbour.
Tolls for the harbour tunnel start in June.
A ferry still crosses the bay twice a day.
Fishing boats moor by the old pier.
Gulls circle the market at noon.
The museum shows old maps of the bay.
Trains to the city run every hour.
A new school opens in the autumn.
Rain is forecast for the weekend.
"""


def test_a_key_sentence_that_points_back_comes_with_the_one_before():
    article = from_plain_text(ARTICLE)
    for count in range(1, 8):
        chosen = [s.index for s in summarize(article, count=count).sentences]
        assert len(chosen) == count
        openers = [points_back(s.text) for s in article.sentences]
        assert dangling(chosen, openers) == [], count


def _choose(values, count, coherent):
    article = from_plain_text(ARTICLE)
    return choose(article, np.array(values, float), Length(SENTENCES, count), count, coherent)


def test_a_best_sentence_that_points_back_brings_the_one_before_or_waits():
    values = [0.5, 0.1, 0.9, 0.8, 0.7, 0.6, 0, 0, 0, 0, 0, 0]  # "She called…" scores best
    assert _choose(values, 3, coherent=False) == [2, 3, 4]
    assert _choose(values, 3, coherent=True) == [1, 2, 3]  # with "Engineers…", just ahead
    assert _choose(values, 1, coherent=True) == [3]  # no room for two: it waits
    assert _choose(values, 1, coherent=False) == [2]


def test_the_seed_keeps_its_opening_and_has_no_dangling_opener():
    article = read_path(seed_article())
    summary = summarize(article)
    chosen = [s.index for s in summary.sentences]
    assert chosen[0] == 0
    assert dangling(chosen, [points_back(s.text) for s in article.sentences]) == []
    assert all(article.text[s.start:s.end] == s.text for s in summary.sentences)


def test_a_pointing_key_sentence_is_shown_with_its_lead_in_as_one_item():
    article = from_plain_text(LEAD_IN_TEXT)
    summary = summarize(article, count=3)
    chosen = [k.index for k in summary.sentences]
    key = next(k for k in summary.sentences if k.text == POINTING)
    assert key.context is not None and key.context.text == LEAD_IN
    assert key.context.index == key.index - 1 and key.context.index not in chosen
    assert article.text[key.context.start : key.context.end] == LEAD_IN
    assert article.text[key.start : key.end] == POINTING  # the key sentence stays itself
    assert [k.text for k in summary.sentences if k.context] == [POINTING]
    read = [k.text for k in summary.sentences] + [LEAD_IN]
    assert summary.words == sum(len(text.split()) for text in read)  # the lead-in is read too
    openers = [points_back(s.text) for s in article.sentences]
    assert dangling(chosen, openers) == [key.index]
    assert dangling(chosen, openers, [key.index]) == []


def test_a_lead_in_is_given_only_when_the_sentence_before_is_not_chosen():
    article = from_plain_text(LEAD_IN_TEXT)
    pointing = next(s.index for s in article.sentences if s.text == POINTING)
    assert lead_ins(article, [0, pointing]) == {pointing: pointing - 1}
    assert lead_ins(article, [pointing - 1, pointing]) == {}
    assert lead_ins(article, [0, 1]) == {}  # neither points back


def test_the_shortest_summaries_bring_the_sentence_in_or_pass_the_pointing_one_over():
    article = from_plain_text(LEAD_IN_TEXT)
    for count in (1, 2):
        summary = summarize(article, count=count)
        assert all(k.context is None for k in summary.sentences)
        assert POINTING not in [k.text for k in summary.sentences]


@pytest.mark.parametrize("algorithm", [a for a in ALGORITHMS if not ALGORITHMS[a].coherent])
def test_the_other_algorithms_show_no_lead_in(algorithm):
    article = from_plain_text(LEAD_IN_TEXT)
    for count in (3, 6):
        assert all(k.context is None
                   for k in summarize(article, count=count, algorithm=algorithm).sentences)
