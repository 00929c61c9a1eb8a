"""Markdown through markdown-it-py: headings, lists and emphasis kept; front matter is metadata."""

from __future__ import annotations

import re

from desktop.engine.readers.blocks import block_text
from desktop.engine.readers.parsed import Parsed, Span

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_]+)\s*:\s*(.*?)\s*$")
_PUBLISHED = re.compile(r"^Published\s+(?:on\s+)?(.+?)\s+by\s+(.+?)\.?$", re.IGNORECASE)
_FIELDS = {"title": "title", "author": "byline", "authors": "byline", "by": "byline",
           "date": "date", "published": "date", "site": "site", "site_name": "site"}
_STYLES = {"em": "emphasis", "strong": "strong"}
METADATA_LINES = 3  # a "Published … by …" line counts only among the first paragraphs


def read_markdown(text: str, name: str = "article") -> Parsed:
    """Paragraphs of a Markdown document; the first heading is the title."""
    from markdown_it import MarkdownIt  # lazy: only Markdown files need it

    parsed = Parsed()
    text = _front_matter(text, parsed)
    tokens = MarkdownIt("commonmark").parse(text)
    lists: list[list] = []  # [marker, next number, item just opened] of each open list
    for index, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrGet("start") or 1)
            lists.append(["•" if kind == "bullet_list_open" else "#", start, False])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            lists[-1][2] = True
        elif kind == "inline":
            _block(parsed, tokens[index - 1], token, lists)
        elif kind in ("fence", "code_block"):
            parsed.add(token.content, [(0, len(token.content), "code")])
        elif kind == "html_block":
            for block, _heading in block_text(token.content).blocks:
                parsed.add(block)
    return parsed


def _block(parsed: Parsed, opener, inline, lists: list[list]) -> None:
    text, spans = _inline(inline.children or [])
    if opener.type == "heading_open":
        if parsed.title is None and not parsed.paragraphs:
            parsed.title = " ".join(text.split()) or None
        else:
            parsed.add(text, [(0, len(text), "heading")])
        return
    if lists and lists[-1][2]:
        marker, number, _ = lists[-1]
        prefix = "• " if marker == "•" else f"{number}) "  # "1. " would end a sentence
        lists[-1][1:] = [number + 1, False]
        text, spans = prefix + text, [(a + len(prefix), b + len(prefix), k) for a, b, k in spans]
    elif len(parsed.paragraphs) < METADATA_LINES and (match := _PUBLISHED.match(text.strip())):
        parsed.date, parsed.byline = match.group(1), match.group(2)
        return
    parsed.add(text, spans)


def _inline(children) -> tuple[str, list[Span]]:
    """Text of inline tokens with emphasis, strong and code spans; links keep their words."""
    out, spans, open_at = "", [], {}
    for child in children:
        kind = child.type
        if kind == "text":
            out += child.content
        elif kind in ("softbreak", "hardbreak"):
            out += " "
        elif kind == "code_inline":
            spans.append((len(out), len(out) + len(child.content), "code"))
            out += child.content
        elif kind == "image":
            out += child.content
        elif kind.endswith("_open") and child.tag in _STYLES:
            open_at[child.tag] = len(out)
        elif kind.endswith("_close") and child.tag in open_at:
            spans.append((open_at.pop(child.tag), len(out), _STYLES[child.tag]))
    return out, spans


def _front_matter(text: str, parsed: Parsed) -> str:
    """Read a leading YAML-style block of `key: value` lines into `parsed`; returns the rest."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    for line in match.group(1).splitlines():
        field = _FIELD.match(line)
        if field and field.group(1).lower() in _FIELDS and field.group(2):
            value = field.group(2).strip("'\"")
            setattr(parsed, _FIELDS[field.group(1).lower()], value)
    return text[match.end() :]
