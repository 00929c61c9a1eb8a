"""Headlines, bylines and the sentences a reader sees: none is silently excluded."""

from __future__ import annotations

import pytest

from desktop.engine.export import to_json
from desktop.engine.pipeline import digest_bytes
from desktop.engine.readers import from_plain_text, read_bytes
from desktop.engine.summary import summarize
from desktop.engine.summary.boilerplate import is_boilerplate


@pytest.mark.parametrize("headline", ["Who pays for the new bridge?", "Goal of the season!",
                                      "And then there were none...", "The long wait…"])
def test_a_short_first_line_and_a_blank_line_is_the_headline(headline):
    article = read_bytes(f"{headline}\n\nThe council met on Monday. It voted twice.\n".encode(),
                         name="a.txt")
    assert article.title == headline and not article.title_from_body
    assert article.text.startswith("The council met")


def test_a_first_line_ending_in_a_full_stop_is_still_body():
    article = read_bytes(b"The council met on Monday.\n\nIt voted twice.\n", name="a.txt")
    assert article.title_from_body and article.text.startswith("The council met")


@pytest.mark.parametrize("sentence", ["By then it was over.",
                                      "Like many on Facebook, he was angry.",
                                      "By the time the rain stopped, the match was lost.",
                                      "Scrolling down the list, she found her name.",
                                      "1 He eats rice at every meal.", "Él ganó.", "他赢了。",
                                      "Image matters to him: he dresses well.",
                                      "Pictures of the bridge were shown on Monday."])
def test_sentences_that_only_look_like_bylines_are_not_boilerplate(sentence):
    assert not is_boilerplate(sentence)


@pytest.mark.parametrize("sentence", ["By Jane Doe", "BY JOHN SMITH AND Ann Lee.",
                                      "Follow her on Twitter @jdoe", "Like us on Facebook",
                                      "Scroll down for video", "SCROLL DOWN TO WATCH THE CLIP",
                                      "1.", "12.", "- - - - -", ".", "Image: Jane Doe.",
                                      "Photo: City Council.", "Video: A. Smith & B. Jones."])
def test_bylines_and_social_tails_are_boilerplate(sentence):
    assert is_boilerplate(sentence)


def test_the_sentence_a_title_was_made_from_stays_eligible():
    text = "The dam held.\n\nWater rose all night in the valley. Farmers moved their herds.\n"
    article = from_plain_text(text)
    assert article.title_from_body and article.title == "The dam held"
    chosen = [s.text for s in summarize(article, count=3).sentences]
    assert chosen == ["The dam held.", "Water rose all night in the valley.",
                      "Farmers moved their herds."]


@pytest.mark.parametrize("algorithm", ["precis", "lexrank", "luhn"])
def test_n_sentences_of_an_n_sentence_article_gives_n(algorithm):
    text = ("The dam held. Water rose all night. Farmers moved their herds. "
            "He said it was close. The roads reopened at noon.")
    article = from_plain_text(text)
    assert len(summarize(article, count=5, algorithm=algorithm).sentences) == 5
    assert len(summarize(article, count=9, algorithm=algorithm).sentences) == 5


def test_a_one_sentence_article_gives_its_sentence_to_the_json():
    digest = digest_bytes(b"Short note about the dam.\n", name="a.txt")
    assert [s.text for s in digest.summary.sentences] == ["Short note about the dam."]
    assert '"Short note about the dam."' in to_json(digest)


def test_a_first_line_of_two_sentences_is_body_even_ending_in_a_question():
    article = read_bytes(b"It rained all day. Who pays?\n\nThe council met.\n", name="a.txt")
    assert article.title_from_body and article.text.startswith("It rained all day.")


def test_a_headline_may_trail_off_mid_line():
    article = read_bytes(b"Stars wear rings... but would you?\n\nEvery year a trend comes.\n",
                         name="a.txt")
    assert article.title == "Stars wear rings... but would you?"
