"""The learned ranker measured by `tests/benchmarks/train_precis.py`: its features and its fit,
on invented sentences (the benchmark itself needs the shared corpus)."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.engine.readers import from_plain_text
from desktop.engine.summary.scorers import precis
from tests.benchmarks import learned_ranker as model

ARTICLE = """Harbour ferry returns after storm

Monday, June 5, 2023

The harbour ferry returned to service on Monday after a storm closed the port for a week.
He said the crossing was calm.

The ferry seen from the pier

"We are glad to be back," the captain said, adding that 300 passengers had booked.
Repairs to the ferry and the harbour wall cost the town council about two million pounds \
over the whole of the last long winter season.
"""


def column(matrix: np.ndarray, name: str) -> np.ndarray:
    return matrix[:, model.NAMES.index(name)]


def test_prose_leaves_out_the_date_line_and_the_caption():
    article = from_plain_text(ARTICLE)
    texts = [s.text for s in article.sentences]
    prose = precis.prose_sentences(article)
    assert [t for t, ok in zip(texts, prose, strict=True) if not ok] == [
        "Monday, June 5, 2023", "The ferry seen from the pier"]


def test_the_opening_decays_from_the_first_prose_sentence():
    matrix, weight = model.article_features(from_plain_text(ARTICLE), 1)
    assert matrix.shape == (6, len(model.NAMES))
    assert weight == pytest.approx(0.6)  # one of four prose sentences: a quarter
    np.testing.assert_allclose(column(matrix, "opening"), [0, 1, 0.8, 0, 0.64, 0.512])
    np.testing.assert_allclose(column(matrix, "late"), [0, 0, 0.25, 0, 0.5, 0.75])
    assert list(column(matrix, "paragraph_start")) == [0, 1, 0, 0, 1, 0]
    assert list(column(matrix, "not_prose")) == [1, 0, 0, 1, 0, 0]


def test_the_lede_and_the_headline_are_measured_by_shared_words():
    matrix, _ = model.article_features(from_plain_text(ARTICLE), 1)
    lede, head = column(matrix, "lede"), column(matrix, "headline")
    assert lede[1] == pytest.approx(1.0) and lede[0] == lede[3] == 0
    assert lede[5] > lede[2] == 0  # the repairs sentence shares "ferry" and "harbour"
    assert head[1] == max(head) > head[2]


def test_surface_features_of_invented_sentences():
    sentences = ["He said the crossing was calm.",
                 '"We are glad," the captain said.',
                 "The port handled 300 ships for Harbour Lines and Sea Link.",
                 "Ferries sail. " * 3]
    long, short, points, quote, number, names = model.surface_columns(sentences)
    assert list(points) == [1, 0, 0, 0] and list(quote) == [0, 1, 0, 0]
    assert list(number) == [0, 0, 1, 0]
    assert names[2] == pytest.approx(4 / 11) and names[0] == 0
    assert short[0] == pytest.approx(0.4) and short[2] == 0 and not long.any()
    assert model.surface_columns(["word " * 30])[0][0] == pytest.approx(0.5)


def test_sentences_off_the_prose_rank_last():
    matrix = np.array([[1.0, 1.0], [0.5, 0.0], [5.0, 0.0]])
    names = ("a", "not_prose")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(model, "NAMES", names)
        values = model.learned_scores(matrix, 0.0, np.array([1.0, 0.0, 0.0, 0.0]))
    assert list(np.argsort(-values)) == [2, 1, 0]


def test_the_conditional_logit_learns_which_column_marks_the_chosen_sentence():
    rng = np.random.default_rng(0)
    groups = []
    for _ in range(60):
        rows = np.column_stack([rng.normal(size=8), rng.normal(size=8), np.ones(8)])
        labels = (rows[:, 0] == rows[:, 0].max()).astype(float)
        groups.append((rows, labels, 1.0))
    theta = model.fit(groups, penalty=0.1)
    assert theta[0] > 1.0 and abs(theta[1]) < 0.5 * theta[0]
    assert theta[2] == pytest.approx(0.0, abs=1e-6)  # the same in every sentence: drops out
