"""A first look at a plain-text article without any NLP: what the window paints at once.

Nothing here imports nltk, numpy or the word-frequency data, so the article's own text can be
on screen before the engine is loaded. The full reader (`readers.read_path`) then adds the
sentences and repairs; it shares the header rules below so both agree on title, date and byline.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

from desktop.engine.article import Article, Paragraph
from desktop.engine.furniture import furniture_lines
from desktop.engine.interviews import LINES, QA_LABEL, speaker_label

PREVIEW_SUFFIXES = ("", ".txt", ".text")
PREVIEW_MAX_BYTES = 20 * 1024 * 1024
_DATE_TOKEN = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*By\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*$")
# Chinese and Japanese full stop, exclamation and question marks end sentences too.
FINAL_CJK = "。！？"
_NOT_HEADLINE_END = ".:;,\"”’" + FINAL_CJK
_HEADLINE_MARKS = ("?", "!", "…", "...")
_INNER_SENTENCE_END = re.compile(r"[.!?…][\"'’”)]*\s+[\"'‘“(]*[A-Z0-9]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SPACE_RUN = re.compile(r"\s+")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blocks between blank lines, inner whitespace folded to a space;
    a transcript written a turn a line ('RUIZ: …' / 'HOST: …') is a paragraph a turn, and a
    line of page furniture ('Story continues below advertisement') a paragraph of its own."""
    blocks = _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = (_SPACE_RUN.sub(" ", turn).strip() for block in blocks
                  for piece in furniture_lines(block) for turn in _turns(piece))
    return [p for p in paragraphs if p]


def _turns(block: str) -> list[str]:
    """The turns of a block where LINES or more lines open with a speaker's label ('RUIZ: ',
    'Q: '), each with the unlabelled lines after it (the lines before the first are one
    paragraph of their own); else the block whole."""
    if ":" not in block:
        return [block]  # no label, no need to read the lines
    lines = block.split("\n")
    if len(lines) < LINES:
        return [block]
    starts = [k for k, line in enumerate(lines) if _labelled(line.lstrip())]
    if len(starts) < LINES:
        return [block]
    bounds = [0, *starts] if starts[0] else starts
    return ["\n".join(lines[a:b]) for a, b in zip(bounds, [*bounds[1:], len(lines)], strict=True)]


def _labelled(line: str) -> bool:
    return bool(speaker_label(line, 0, len(line)) or QA_LABEL.match(line))


def split_header(text: str) -> tuple[str | None, str | None, str]:
    """Plain text -> (date, headline, rest): an optional `date YYYY-MM-DD` token, then an
    optional headline line (no final punctuation) followed by a blank line."""
    date = None
    match = _DATE_TOKEN.match(text)
    if match:
        date = match.group(1)
        text = text[match.end() :]
    lines = text.lstrip("\n").replace("\r\n", "\n").split("\n")
    if len(lines) > 2 and is_headline(lines[0]) and not lines[1].strip():
        return date, lines[0].strip(), "\n".join(lines[2:])
    return date, None, text


def split_byline(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """A leading 'By First Last' paragraph -> (the name, the other paragraphs)."""
    if paragraphs and (match := _BYLINE.match(paragraphs[0])):
        return match.group(1), paragraphs[1:]
    return None, paragraphs


def is_headline(line: str) -> bool:
    """A first line that reads as a headline: short, and not ending like a sentence.

    "?", "!" and "…" end headlines too ("Who pays?"), unless the line holds an earlier sentence
    ("It rained. Who pays?"): then it is the body's first paragraph.
    """
    line = line.strip()
    if not 0 < len(line) <= 200:
        return False
    if line.endswith(_HEADLINE_MARKS):
        return not _INNER_SENTENCE_END.search(line)
    return not line.endswith(tuple(_NOT_HEADLINE_END))


def preview_path(path: str | Path) -> Article | None:
    """The article's paragraphs as the full reader will show them before repairs, without
    sentences; None when a quick look cannot tell (not UTF-8 plain text, unreadable, empty).

    Never raises for a bad file: the full reader explains the problem in a sentence.
    """
    path = Path(path)
    if path.suffix.lower() not in PREVIEW_SUFFIXES:
        return None
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > PREVIEW_MAX_BYTES:
            return None  # a pipe or device could block or never end: the reader explains
        data = path.read_bytes()
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    if "\x00" in text[:8192]:
        return None
    date, title, body = split_header(text)
    byline, paragraphs = split_byline(split_paragraphs(body))
    if not paragraphs:
        return None
    spans, offset = [], 0
    for index, paragraph in enumerate(paragraphs):
        spans.append(Paragraph(index, offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return Article(title=title or path.name, text="\n\n".join(paragraphs),
                   paragraphs=tuple(spans), sentences=(), date=date, byline=byline,
                   path=str(path), title_from_body=title is None)
