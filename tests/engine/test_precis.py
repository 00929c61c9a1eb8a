"""Précis's ranker: centrality, opening and headline weights, and its explanations."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.engine.readers import from_plain_text
from desktop.engine.summary import summarize
from desktop.engine.summary.algorithms import ALGORITHMS
from desktop.engine.summary.scorers import precis

ARTICLE = """Council approves new bridge over the river

Tuesday, March 14, 2023

The city council approved a new bridge over the river on Tuesday after a long debate.
Traffic on the old bridge has doubled in ten years, officials said.
The new bridge over the river will cost the city about 40 million.
Construction of the bridge is expected to start next spring.
Residents near the river said the bridge would bring noise.
"""


def test_centrality_prefers_sentences_whose_words_recur():
    sentences = ["The bridge over the river opens.", "The river bridge is new.",
                 "Cats sleep all day.", "The bridge and the river."]
    values, lengths = precis.centrality(
        [precis.content_words(s, frozenset({"the", "is", "and", "over", "all"}))
         for s in sentences])
    assert max(values) == 1.0
    assert values.index(min(values)) == 2
    assert lengths == [3, 3, 3, 2]


def test_one_sentence_summary_takes_the_opening_not_the_date_line():
    article = from_plain_text(ARTICLE)
    (only,) = summarize(article, count=1).sentences
    assert only.text.startswith("The city council approved")
    assert "position" in only.reason and "headline words" in only.reason


def test_long_summaries_are_about_centrality():
    parts = precis.scores(["bridge river", "river town", "town hall", "hall roof", "roof tiles"],
                          "english", size=2)
    assert parts.weight == 0.0
    np.testing.assert_allclose(parts.scores, parts.centrality, atol=1e-6)


def test_short_digests_weigh_the_opening_and_headline_in_full():
    sentences = [f"Bridge and river, part {i}." for i in range(20)]
    parts = precis.scores(sentences, "english", headline="Bridges", size=1)
    assert parts.weight == 1.0
    assert parts.position[0] == precis.OPENING_WEIGHT / precis.FULL_PRIOR_SIZE
    assert parts.headline[0] == precis.HEADLINE_WEIGHT / precis.FULL_PRIOR_SIZE
    assert precis.scores(sentences, "english", size=3).position[0] == precis.OPENING_WEIGHT


def test_the_opening_is_counted_from_the_first_prose_sentence():
    sentences = ["Photo: the bridge", "The bridge opened today."] + ["Crowds came."] * 8
    parts = precis.scores(sentences, "english", prose=[False] + [True] * 9, size=1)
    assert parts.position[0] == 0 and parts.position[1] > parts.position[2] > 0


def test_captions_are_not_prose():
    article = from_plain_text("Bridge opens\n\nThe new bridge opened today after ten years.\n\n"
                              "The bridge seen from the north bank\n\nCrowds crossed it at dawn.\n")
    assert [precis.is_caption(article, i) for i in range(3)] == [False, True, False]


def test_explanations_are_sentences_a_person_can_read():
    article = from_plain_text(ARTICLE)
    for key in summarize(article, count=3, order="importance").sentences:
        assert key.reason.startswith("centrality ")
        assert "content words" in key.reason


def test_algorithm_list_for_the_window():
    assert list(ALGORITHMS) == ["precis", "lexrank", "lsa", "textrank", "luhn", "edmundson",
                                "kl", "sumbasic", "reduction"]
    assert ALGORITHMS["kl"].label == "KL-Sum" and ALGORITHMS["precis"].label == "Précis"
    assert all(a.description for a in ALGORITHMS.values())


def test_summary_words_and_reading_time():
    summary = summarize(from_plain_text(ARTICLE), count=2)
    assert summary.words == sum(len(s.text.split()) for s in summary.sentences)
    assert summary.reading_time == "under a minute"


def _sparse_centrality(terms_per_sentence):
    """The formula as a sparse count matrix computes it (the reference for the sums one by one),
    with the powers of the lengths taken as Python takes them (numpy's may differ in the last
    bit where it has vector code for them)."""
    from desktop.engine.summary.scorers.terms import build_terms

    counts = build_terms(tuple(tuple(t) for t in terms_per_sentence)).counts
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    safe = np.maximum(lengths, 1.0)
    other = np.array([s**-precis.OTHER_EXPONENT for s in safe.tolist()])
    own = np.asarray(counts.multiply(counts).sum(axis=1)).ravel() * other
    values = (counts @ (counts.T @ other) - own) / [s**precis.OWN_EXPONENT for s in safe.tolist()]
    return values / values.max() if len(values) and values.max() > 0 else values, lengths


def _same_centrality(sentences):
    terms = [precis.content_words(s, frozenset({"the", "a", "of"})) for s in sentences]
    ours, expected = precis.centrality(terms), _sparse_centrality(terms)
    assert np.array_equal(ours[0], expected[0]) and np.array_equal(ours[1], expected[1])


def test_centrality_is_the_sparse_products_to_the_bit():
    _same_centrality(["The cat sat on the mat of the cat.", "A dog sat.", "", "Mat, mat, dog!",
                      "Nothing shared here", "cat dog mat sat cat"] * 7)
    _same_centrality(["One."])
    assert precis.centrality([]) == ([], [])


def test_centrality_is_the_sparse_products_to_the_bit_on_real_articles(corpus):
    from desktop.engine.readers import read_path
    from tests.engine.corpus import bbc_dev_articles

    for path in bbc_dev_articles(step=41, limit=30):
        _same_centrality([s.text for s in read_path(path).sentences])


# (prose, captions, size) -> each sentence's opening prior, 30 sentences (the rest prose):
# captions have their own prior, CAPTION_WEIGHT for the first, decaying as the opening does.
_P, _C, _X = "prose", "caption", "neither"  # _X: a date line, heading or boilerplate
_O, _W, _D = precis.OPENING_WEIGHT, precis.CAPTION_WEIGHT, precis.POSITION_DECAY


@pytest.mark.parametrize(("kinds", "size", "expected"), [
    ([_P, _C, _P], 3, [_O, _W, _O * _D]),
    ([_X, _P, _C, _P, _C], 3, [0, _O, _W, _O * _D, _W * _D]),
    ([_C, _X, _C, _P], 3, [_W, 0, _W * _D, _O]),
    ([_P, _C, _P], 1, [_O / 3, _W / 3, _O * _D / 3]),
    ([_P, _C, _P], 12, [0, 0, 0]),  # 40% of the prose: a summary about coverage, no priors
])
def test_captions_have_an_opening_prior_of_their_own(kinds, size, expected):
    kinds = kinds + [_P] * (30 - len(kinds))
    parts = precis.scores([f"Sentence {i} of the story." for i in range(30)], "english",
                          prose=[k == _P for k in kinds], size=size,
                          captions=[k == _C for k in kinds])
    np.testing.assert_allclose(parts.position[: len(expected)], expected, atol=1e-9)


def test_without_captions_given_no_sentence_has_a_caption_prior():
    parts = precis.scores(["Crowds came.", "The bridge seen from the bank"] + ["More."] * 18,
                          "english", prose=[True, False] + [True] * 18, size=3)
    assert parts.position[1] == 0


CREDITED = """Record crowds at the town festival

Saturday, June 3, 2023

The town festival drew record crowds on Saturday as the weather held.

Stalls on the square at noon

Image: Jane Doe.

Stalls sold food from twelve countries, organisers said.
The parade crossed the square in the afternoon.
Jane Doe, who took photographs for the festival, said it was the busiest in years.
"""


def test_a_photo_credit_is_neither_prose_nor_caption_and_never_a_key_sentence():
    article = from_plain_text(CREDITED + "\n\nImage: Jane Doe.\n" * 4)
    prose, captions = precis.sentence_kinds(article)
    kinds = {s.text: (p, c) for s, p, c in zip(article.sentences, prose, captions, strict=True)}
    assert kinds["Image: Jane Doe."] == (False, False)
    assert kinds["Stalls on the square at noon"] == (False, True)
    assert kinds["The parade crossed the square in the afternoon."] == (True, False)
    for count in (1, 2, 3):
        assert "Image: Jane Doe." not in [s.text for s in summarize(article, count=count).sentences]

# Three sentences share only words that sumy's long stop list drops ("said", "new", "would",
# "two", "more", "years"); the council sentences share "council" and "budget".
COVERAGE_ARTICLE = [
    "The council met on Monday to settle the budget for the coming year.",
    "Teachers said the new schools would need two more years.",
    "Nurses said the new hospital would need two more years.",
    "Drivers said the new roads would need two more years.",
    "Budget talks with the council ran late into the night.",
    "The council budget sets aside money for council housing.",
    "Council housing takes the largest share of the budget.",
    "Parks and libraries keep the same money as last year.",
    "The mayor will present the budget to the public next week.",
    "Bus fares rise in April.",
]


@pytest.mark.parametrize(("size", "language", "said_outranks_council"), [
    (1, "english", False),  # a digest: sumy's stop list, "said" and "would" do not count
    (2, "english", False),  # the coverage centrality weighs 0.2 only
    (5, "english", True),   # half the article: coverage, only function words are ignored
    (5, "german", False),   # no function-word list but English's: sumy's list throughout
])
def test_coverage_summaries_count_all_but_function_words(size, language, said_outranks_council):
    parts = precis.scores(COVERAGE_ARTICLE, language, size=size)
    said, council = parts.centrality[1], parts.centrality[6]
    assert (said > council) is said_outranks_council
    assert parts.centrality[2] == pytest.approx(parts.centrality[1])


def test_function_words_are_a_short_list_of_grammar_words():
    words = precis._function_words()
    assert {"the", "was", "would", "said", "new", "two"} & words == {"the", "was"}
    assert len(words) < len(precis.stop_words("english")) / 2


def test_a_coverage_summary_weighs_centrality_over_all_but_function_words_alone():
    parts = precis.scores(COVERAGE_ARTICLE, "english", size=len(COVERAGE_ARTICLE))
    function_words, stop = precis._function_words(), precis.stop_words("english")
    coverage, _ = precis.centrality([precis.content_words(s, function_words)
                                     for s in COVERAGE_ARTICLE])
    assert parts.weight == 0 and parts.centrality == coverage
    # the explanation's count of content words stays that of sumy's list
    assert parts.content_words == [len(precis.content_words(s, stop)) for s in COVERAGE_ARTICLE]


def test_a_coverage_summary_reads_contractions_alike_with_either_apostrophe():
    straight = ["It's late, and it's the budget again.", "The council budget is late.",
                "Parks don't need more money.", "It's cold and it's dark."]
    typographic = [s.replace("'", "’") for s in straight]
    assert typographic != straight
    assert (precis.scores(typographic, "english", size=4).centrality
            == precis.scores(straight, "english", size=4).centrality)
