"""Plain text, and the builder every format ends in: headline, byline and title rules."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace

from desktop.engine.article import Article, Paragraph, Repair, Sentence
from desktop.engine.errors import EmptyArticle
from desktop.engine.language import detect_language
from desktop.engine.preview import split_byline, split_header, split_paragraphs
from desktop.engine.readers.parsed import Parsed
from desktop.engine.repair import article_vocabulary, load_word_frequencies, repair_paragraph
from desktop.engine.text import sentence_spans
from desktop.engine.worker import Worker, worth_forking

TITLE_LIMIT = 80
_Segmented = tuple[str, list[Repair], list[tuple[int, int]]]  # paragraph, repairs, sentences


def from_plain_text(
    text: str, path: str | None = None, name: str = "article", repair: bool = True
) -> Article:
    """Plain text: optional `date YYYY-MM-DD` token, optional headline line, optional byline."""
    parsed = read_text(text, name)
    return build_article(parsed.paragraphs, title=parsed.title, date=parsed.date, path=path,
                         name=name, repair=repair)


def read_text(text: str, name: str = "article") -> Parsed:
    """The paragraphs, headline and date token of plain text (the rules `preview` shares)."""
    date, title, text = split_header(text)
    paragraphs = split_paragraphs(text)
    return Parsed(paragraphs, [[] for _ in paragraphs], title=title, date=date)


def build_article(
    paragraphs: list[str],
    title: str | None = None,
    date: str | None = None,
    path: str | None = None,
    name: str = "article",
    repair: bool = True,
) -> Article:
    """Join paragraphs into the body, segment sentences, and fill in a missing title.

    With `repair`, words run together by scraping are split first; `Article.repairs` records each.
    """
    byline, paragraphs = split_byline(paragraphs)
    if not paragraphs:
        raise EmptyArticle(f"“{name}” holds no text to read.")
    started = time.perf_counter()
    body_parts, para_spans, sentences, repairs, offset = [], [], [], [], 0
    for p_index, (paragraph, fixed, spans) in enumerate(_segmented(paragraphs, repair)):
        repairs += [replace(r, start=r.start + offset, end=r.end + offset) for r in fixed]
        para_spans.append(Paragraph(p_index, offset, offset + len(paragraph)))
        for a, b in spans:
            sentences.append(
                Sentence(len(sentences), offset + a, offset + b, paragraph[a:b], p_index)
            )
        body_parts.append(paragraph)
        offset += len(paragraph) + 2
    body = "\n\n".join(body_parts)
    split_ms = (time.perf_counter() - started) * 1000
    from_body = not title
    if from_body:
        title = make_title(sentences[0].text if sentences else paragraphs[0])
    return Article(
        title=title, text=body, paragraphs=tuple(para_spans), sentences=tuple(sentences),
        date=date, byline=byline, path=path, title_from_body=from_body, repairs=tuple(repairs),
        language=detect_language(body), split_ms=split_ms,
    )


def _segmented(paragraphs: list[str], repair: bool) -> list[_Segmented]:
    """Each paragraph repaired (with `repair`), its repairs and its sentence spans; a long
    article's second half in a `Worker`, beside the first."""
    vocabulary = article_vocabulary(paragraphs) if repair else None
    total = sum(map(len, paragraphs))
    if not worth_forking(total):
        return _segment(paragraphs, vocabulary)
    if vocabulary is not None:
        load_word_frequencies()  # before the fork: loaded once for both processes
    half, length = 0, 0
    while length < total // 2:
        length += len(paragraphs[half])
        half += 1
    with Worker(_segment, paragraphs[half:], vocabulary) as rest:
        return _segment(paragraphs[:half], vocabulary) + rest.result()


def _segment(paragraphs: list[str], vocabulary: Counter | None) -> list[_Segmented]:
    splits: dict[str, str | None] = {}  # each word is tried once
    out = []
    for paragraph in paragraphs:
        fixed: list[Repair] = []
        if vocabulary is not None:
            paragraph, fixed = repair_paragraph(paragraph, vocabulary, splits)
        out.append((paragraph, fixed, sentence_spans(paragraph)))
    return out


def make_title(sentence: str, limit: int = TITLE_LIMIT) -> str:
    """A title from a sentence: at most `limit` characters, cut at a word boundary with '…'."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence.rstrip(".。")
    cut = sentence[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + "…"
