"""Scores from sumy's own summarizers, read through their sentence-count callback."""

from __future__ import annotations

from functools import lru_cache

from sumy.models.dom import ObjectDocumentModel
from sumy.models.dom import Paragraph as SumyParagraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from desktop.engine.article import Article
from desktop.engine.summarizers.terms import stop_words
from desktop.engine.text import SumyTokenizer, words

SUMY_CLASSES: dict[str, type] = {
    "lexrank": LexRankSummarizer,
    "lsa": LsaSummarizer,
    "textrank": TextRankSummarizer,
    "luhn": LuhnSummarizer,
    "edmundson": EdmundsonSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}


def sumy_document(article: Article) -> ObjectDocumentModel:
    """The article's sentences, grouped by paragraph, as a sumy document."""
    tokenizer = SumyTokenizer(article.language)
    paragraphs: list[list[SumySentence]] = [[] for _ in article.paragraphs]
    for s in article.sentences:
        paragraphs[s.paragraph].append(SumySentence(s.text, tokenizer))
    return ObjectDocumentModel(tuple(SumyParagraph(p) for p in paragraphs))


def sumy_scores(article: Article, algorithm: str) -> list[float]:
    """One score per body sentence from sumy's summarizer `algorithm` (sumy's own code)."""
    document = sumy_document(article)
    scores = [0.0] * len(article.sentences)

    def record(infos):
        infos = list(infos)
        for info in infos:
            scores[info.order] = float(info.rating)
        return infos

    summarizer = SUMY_CLASSES[algorithm](_stemmer(article.language))
    if hasattr(summarizer, "stop_words"):
        summarizer.stop_words = stop_words(article.language)
    if algorithm == "edmundson":
        summarizer.bonus_words = bonus_words(article)
        summarizer.stigma_words = ("however",)
        summarizer.null_words = tuple(stop_words(article.language))
    summarizer(document, record)
    return scores


def bonus_words(article: Article) -> tuple[str, ...]:
    """Edmundson's bonus words: the headline's and first paragraph's content words."""
    stop = stop_words(article.language)
    first = article.paragraph_text(article.paragraphs[0]) if article.paragraphs else ""
    found = [w for w in words(article.title + " " + first) if w.lower() not in stop]
    return tuple(found) or ("the",)


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Stemmer:
    try:
        return Stemmer(language)
    except LookupError:
        return Stemmer("english")
