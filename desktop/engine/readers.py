"""Path or bytes -> Article, one small function per format."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from charset_normalizer import from_bytes

from desktop.engine.article import Article, Paragraph, Sentence
from desktop.engine.errors import EmptyArticle, NotText, TooLarge, UnreadableFile
from desktop.engine.language import detect_language
from desktop.engine.repair import article_vocabulary, repair_paragraph
from desktop.engine.text import sentence_spans, split_paragraphs

MAX_BYTES = 20 * 1024 * 1024
TITLE_LIMIT = 80
_DATE_TOKEN = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*By\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*$")
# A first line ending like a sentence is the body's first paragraph; "?", "!" and "…" end
# headlines too ("Who pays?"), so only these rule a headline out.
_NOT_HEADLINE_END = ".:;,\"”’"
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def read_path(path: str | Path, repair: bool = True) -> Article:
    """Read a file from disk (never writing to it) and build its Article.

    Raises:
        UnreadableFile, NotText, TooLarge, EmptyArticle: with a sentence naming the problem.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        if path.is_dir():
            raise UnreadableFile(f"“{name}” is a folder, not an article.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TooLarge(
                f"“{name}” is {size / 1048576:.0f} MB; Précis opens articles up to "
                f"{MAX_BYTES // 1048576} MB."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(
            f"“{name}” does not exist (it may have been moved or deleted)."
        ) from None
    except PermissionError:
        raise UnreadableFile(f"You do not have permission to read “{name}”.") from None
    except OSError as error:
        raise UnreadableFile(f"“{name}” could not be read: {error.strerror or error}.") from None
    return read_bytes(data, name=name, path=str(path), repair=repair)


def read_bytes(
    data: bytes, name: str = "article", path: str | None = None, repair: bool = True
) -> Article:
    """Build an Article from the bytes of a file whose format follows from `name`'s suffix."""
    if len(data) > MAX_BYTES:
        raise TooLarge(f"“{name}” is larger than {MAX_BYTES // 1048576} MB.")
    text = decode(data, name)
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm") or (not suffix and _looks_like_html(text)):
        return from_html(text, path=path, name=name, repair=repair)
    if suffix in (".md", ".markdown"):
        return from_markdown(text, path=path, name=name, repair=repair)
    return from_plain_text(text, path=path, name=name, repair=repair)


def decode(data: bytes, name: str = "article") -> str:
    """Bytes -> str: UTF-8 (with or without BOM), else the encoding charset-normalizer detects."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotText(f"“{name}” is not a text file (it looks like binary data).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data))
    if not matches:
        raise NotText(f"“{name}” is not text in any encoding Précis recognises.")
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    if western is not None and western.chaos <= matches[0].chaos + 0.15:
        text = str(western)
        letters = [c for c in text if c.isalpha()]
        # Mostly-ASCII letters with a few accents is Western European text, which the detector
        # often mistakes for a Central European or Asian code page on short files.
        if letters and sum(not c.isascii() for c in letters) / len(letters) < 0.3:
            return text
    return str(matches[0])


def from_plain_text(
    text: str, path: str | None = None, name: str = "article", repair: bool = True
) -> Article:
    """Plain text: optional `date YYYY-MM-DD` token, optional headline line, optional byline."""
    date = None
    match = _DATE_TOKEN.match(text)
    if match:
        date = match.group(1)
        text = text[match.end() :]
    title = None
    lines = text.lstrip("\n").replace("\r\n", "\n").split("\n")
    if len(lines) > 2 and _is_headline(lines[0]) and not lines[1].strip():
        title = lines[0].strip()
        text = "\n".join(lines[2:])
    return build_article(split_paragraphs(text), title=title, date=date, path=path, name=name,
                         repair=repair)


def from_markdown(
    text: str, path: str | None = None, name: str = "article", repair: bool = True
) -> Article:
    """Markdown: a leading `# Heading` is the title; emphasis and link syntax are dropped."""
    title = None
    heading = re.match(r"\s*#\s+(.+)\n", text)
    if heading:
        title = heading.group(1).strip()
        text = text[heading.end() :]
    text = re.sub(r"^#{1,6}\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    article = from_plain_text(text, path=path, name=name, repair=repair)
    if title:
        rebuilt = build_article(
            [article.paragraph_text(p) for p in article.paragraphs],
            title=title, date=article.date, path=path, name=name, repair=False,
        )
        article = replace(rebuilt, repairs=article.repairs)  # same body: the spans still hold
    return article


class _HtmlText(HTMLParser):
    """Collects the <title>, the first <h1> and the text of block elements."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "article", "section", "br"}
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "figure"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title, self.h1, self.blocks = "", "", [""]
        self._skip, self._in = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        if tag in self.BLOCKS:
            self.blocks.append("")
        self._in.append(tag)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        if tag in self.BLOCKS:
            self.blocks.append("")
        if tag in self._in:
            del self._in[len(self._in) - 1 - self._in[::-1].index(tag) :]

    def handle_data(self, data):
        current = self._in[-1] if self._in else ""
        if current == "title":
            self.title += data
        elif self._skip:
            return
        elif current == "h1" and not self.h1.strip():
            self.h1 = data
            self.blocks.append("")
        else:
            self.blocks[-1] += data


def from_html(
    text: str, path: str | None = None, name: str = "article", repair: bool = True
) -> Article:
    """HTML: the first <h1> (else <title>) is the title; block elements become paragraphs."""
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    title = (parser.h1 or parser.title).strip() or None
    paragraphs = [p for p in (" ".join(b.split()) for b in parser.blocks) if p]
    return build_article(paragraphs, title=" ".join(title.split()) if title else None,
                         path=path, name=name, repair=repair)


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
    byline = None
    if paragraphs and (match := _BYLINE.match(paragraphs[0])):
        byline = match.group(1)
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise EmptyArticle(f"“{name}” holds no text to read.")
    started = time.perf_counter()
    body_parts, para_spans, sentences, offset = [], [], [], 0
    repairs, vocabulary = [], article_vocabulary(paragraphs) if repair else None
    for p_index, paragraph in enumerate(paragraphs):
        if vocabulary is not None:
            paragraph, fixed = repair_paragraph(paragraph, vocabulary)
            repairs += [replace(r, start=r.start + offset, end=r.end + offset) for r in fixed]
        para_spans.append(Paragraph(p_index, offset, offset + len(paragraph)))
        for a, b in sentence_spans(paragraph):
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


def make_title(sentence: str, limit: int = TITLE_LIMIT) -> str:
    """A title from a sentence: at most `limit` characters, cut at a word boundary with '…'."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence.rstrip(".")
    cut = sentence[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


def _is_headline(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 200 and (line.endswith("...") or not line.endswith(
        tuple(_NOT_HEADLINE_END)))


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))
