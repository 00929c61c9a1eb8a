"""Property-based tests: any input gives an Article or a declared error, spans always slice the
text, every score is finite. Example counts stay modest so the suite stays quick."""

from __future__ import annotations

import math
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.engine.article import Article
from desktop.engine.errors import ArticleError
from desktop.engine.readers import read_bytes
from desktop.engine.speakers import find_speakers
from desktop.engine.summary import ALGORITHMS, summarize
from desktop.engine.text import sentence_spans

# PRECIS_EXAMPLES=2000 runs a deeper search by hand; CI keeps the default.
EXAMPLES = int(os.environ.get("PRECIS_EXAMPLES", "80"))
CHECKS = settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow])
# Words of many scripts, with emoji, combining marks, right-to-left text and stray controls.
WORDS = ["the", "council", "said", "Mayor", "Ann", "Lee", "awife", "bridge", "opened", "“We",
         "won,”", "she", "said.", "Paris", "café", "naïve", "e\u0301t\u0301e\u0301", "😀", "👍🏽",
         "שלום", "مرحبا", "北京", "今天。", "東京！", "Dr.", "U.S.", "3,000", "—", "(", ")", "\"",
         "'", "...", "?", "!", "\t", "\x1b[31m", "\u200b", "\ufeff", "\x00", "\r\n", "\n\n"]
SUFFIXES = [".txt", ".md", ".html", ".xhtml", ".docx", ".pdf", ".epub", ""]
sentences = st.lists(st.sampled_from(WORDS), min_size=0, max_size=60).map(" ".join)
texts = st.one_of(sentences, st.text(max_size=300),
                  st.lists(sentences, max_size=6).map("\n\n".join))


def assert_spans_slice(article: Article) -> None:
    text = article.text
    for sentence in article.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(text)
    for repair in article.repairs:
        assert text[repair.start : repair.end] == repair.replacement
    for style in article.styles:
        assert 0 <= style.start < style.end <= len(text)


def article_or_none(data: bytes, name: str) -> Article | None:
    try:
        return read_bytes(data, name=name)
    except ArticleError as error:  # declared errors only; anything else fails the test
        assert str(error).strip() and "Traceback" not in str(error)
        return None


@CHECKS
@given(data=st.one_of(st.binary(max_size=600), texts.map(lambda t: t.encode("utf-8")),
                      texts.map(lambda t: t.encode("utf-16-le"))),
       suffix=st.sampled_from(SUFFIXES))
def test_readers_give_an_article_or_a_declared_error(data, suffix):
    article = article_or_none(data, "made" + suffix)
    if article is not None:
        assert_spans_slice(article)


@CHECKS
@given(markup=st.lists(st.sampled_from(["<p>", "</p>", "<h1>", "</h1>", "<nav>", "<li>", "# ",
                                        "- ", "*", "**", "`", "\n", "\n\n", "---\n", "<b>"]) |
                       sentences, max_size=30).map("".join),
       suffix=st.sampled_from([".md", ".html"]))
def test_markup_readers_keep_spans_in_the_text(markup, suffix):
    article = article_or_none(markup.encode(), "page" + suffix)
    if article is not None:
        assert_spans_slice(article)


@CHECKS
@given(paragraph=texts)
def test_sentence_spans_are_ordered_slices(paragraph):
    paragraph = " ".join(paragraph.split())
    previous_end = 0
    for start, end in sentence_spans(paragraph):
        assert previous_end <= start < end <= len(paragraph)
        previous_end = end


@CHECKS
@given(text=texts, algorithm=st.sampled_from(list(ALGORITHMS)), count=st.integers(0, 8))
def test_every_score_is_finite_and_every_key_sentence_slices(text, algorithm, count):
    article = article_or_none(text.encode(), "made.txt")
    if article is None:
        return
    summary = summarize(article, count=count, algorithm=algorithm)
    assert len(summary.sentences) <= count
    for key in summary.sentences:
        assert math.isfinite(key.score)
        assert article.text[key.start : key.end] == key.text


@CHECKS
@given(text=texts)
def test_quotes_slice_the_text(text):
    article = article_or_none(text.encode(), "made.txt")
    if article is None:
        return
    for speaker in find_speakers(article):
        for quote in speaker.quotes:
            assert article.text[quote.start : quote.end] == quote.text
