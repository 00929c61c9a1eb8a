"""Scores from sumy's own summarizers, read through their sentence-count callback."""

from __future__ import annotations

from desktop.engine.article import Article
from desktop.engine.nltk_import import import_sumy
from desktop.engine.summary.scorers.terms import stop_words
from desktop.engine.summary.stemming import stemmer
from desktop.engine.text import SumyTokenizer, words

_dom = import_sumy("sumy.models.dom")
ObjectDocumentModel, SumyParagraph, SumySentence = _dom.ObjectDocumentModel, _dom.Paragraph, \
    _dom.Sentence

# Module and class of each sumy summarizer, imported on first use.
SUMY_CLASSES: dict[str, tuple[str, str]] = {
    "lexrank": ("lex_rank", "LexRankSummarizer"),
    "lsa": ("lsa", "LsaSummarizer"),
    "textrank": ("text_rank", "TextRankSummarizer"),
    "luhn": ("luhn", "LuhnSummarizer"),
    "edmundson": ("edmundson", "EdmundsonSummarizer"),
    "kl": ("kl", "KLSummarizer"),
    "sumbasic": ("sum_basic", "SumBasicSummarizer"),
    "reduction": ("reduction", "ReductionSummarizer"),
}


def sumy_class(algorithm: str) -> type:
    """sumy's summarizer class for `algorithm`."""
    module, name = SUMY_CLASSES[algorithm]
    return getattr(import_sumy(f"sumy.summarizers.{module}"), name)


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

    summarizer = sumy_class(algorithm)(stemmer(article.language))
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


def edmundson_scores(article: Article, size: int) -> list[float]:
    """Edmundson's scores, by sumy's own code (`size` does not change them)."""
    return sumy_scores(article, "edmundson")
