"""Summary -> plain text, Markdown, HTML and JSON."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.article import Article
from desktop.engine.pipeline import Digest
from desktop.engine.speakers import Quote, Speaker
from desktop.engine.speakers.lexicon import titles, word_set
from desktop.engine.summary import KeySentence
from desktop.engine.summary.shown import balanced


def _heading(article: Article) -> str:
    return article.heading + (f" ({article.date})" if article.date else "")


def source(article: Article) -> str | None:
    """Where the article came from: its address, or the absolute path of its file."""
    if not article.path:
        return None
    if "://" in article.path:
        return article.path
    return str(Path(article.path).absolute())


def _source_url(location: str) -> str:
    return location if "://" in location else Path(location).as_uri()


def _muted_markdown(text: str) -> str:
    """A lead-in in italics (its own emphasis characters escaped, so the italics close)."""
    escaped = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    return f"*{escaped}*"


def _muted_html(text: str) -> str:
    return f'<span style="color:#6b6b6b">{html.escape(text)}</span>'


def shown_as(speaker: Speaker) -> tuple[str, str | None]:
    """(name, role) as shown: a title abbreviation ending the role's first part goes before the
    name, as the article writes it ('Dr. Ana Ruiz', 'Coun. Tom Bell', role 'its president' or
    'lead author' left); other roles stay after it ('Xi Jinping', 'Chinese leader')."""
    first, _, rest = (speaker.role or "").partition(", ")
    *lead, title = first.split() or [""]
    bare = title.rstrip(".")
    if speaker.kind == "person" and bare in titles() and bare.lower() in word_set(
            "abbreviations.txt"):  # 'lead author Dr.': 'Dr. Ana Ruiz', role 'lead author'
        return f"{title} {speaker.name}", ", ".join(p for p in (" ".join(lead), rest) if p) or None
    return speaker.name, speaker.role


def attributed(q: Quote, speaker: Speaker) -> str:
    """A quote with its attribution, for copying: '“…” — Xi Jinping (Chinese leader)'; an
    unattributed quote alone."""
    if speaker.kind == "unattributed":
        return q.shown
    name, role = shown_as(speaker)
    return f"{q.shown} — {name}" + (f" ({role})" if role else "")


def _ordered(speakers: tuple[Speaker, ...]) -> list[Speaker]:
    """Named speakers first (most quoted first), then the unnamed ones as described; the
    unattributed quotations come last (`find_speakers` puts them there)."""
    return [s for s in speakers if s.named] + [s for s in speakers if not s.named]


def _item(key: KeySentence, lead_in: Callable[[str], str] = str,
          sentence: Callable[[str], str] = str) -> str:
    """A key sentence as shown: after its lead-in (the sentence it points back to), if any."""
    context, text = balanced(key.context.text if key.context else "", key.text)
    return (f"{lead_in(context)} " if context else "") + sentence(text)


def _outline(speakers: tuple[Speaker, ...], name: str, unnamed: str, quote: str) -> list[str]:
    """Speakers as a two-level list: `name` formats the name, `quote` prefixes each quote."""
    lines = []
    for sp in _ordered(speakers):
        tag = "" if sp.named or sp.kind == "unattributed" else f" {unnamed}"
        who, role = shown_as(sp)
        lines.append(name.format(who) + (f" ({role})" if role else "") + tag)
        lines += [f"{quote}{q.shown}" for q in sp.quotes]
    return lines


def _contents(article: Article) -> list[str]:
    """A whole e-book's chapters numbered from 1 (as `precis-summarize --chapter N` takes them);
    nothing for one chapter or another format."""
    if article.chapter is not None:
        return []
    return [f"{number}. {title}" for number, title in enumerate(article.chapters, start=1)]


def to_text(d: Digest) -> str:
    """Plain text: title and date, key sentences as a bulleted list, speakers with quotes, and
    a whole book's chapters."""
    lines = [_heading(d.article)]
    if source(d.article):
        lines.append(f"Source: {source(d.article)}")
    lines += ["", "Key sentences:"]
    lines += [f"• {_item(s)}" for s in d.summary.sentences]
    if d.speakers:
        lines += ["", "Quoted speakers:"]
        lines += _outline(d.speakers, "• {}", "[unnamed]", "    – ")
    if contents := _contents(d.article):
        lines += ["", "Chapters:", *(f"  {line}" for line in contents)]
    return "\n".join(lines) + "\n"


def to_markdown(d: Digest) -> str:
    lines = [f"# {d.article.heading}"]
    facts = [f"*{d.article.date}*"] if d.article.date else []
    if source(d.article):
        facts.append(f"Source: <{_source_url(source(d.article))}>")
    if facts:
        lines += ["", " · ".join(facts)]
    lines += ["", "## Key sentences", ""]
    lines += [f"- {_item(s, _muted_markdown)}" for s in d.summary.sentences]
    if d.speakers:
        lines += ["", "## Quoted speakers", ""]
        lines += _outline(d.speakers, "- **{}**", "*(unnamed)*", "  - ")
    if contents := _contents(d.article):
        lines += ["", "## Chapters", "", *contents]
    return "\n".join(lines) + "\n"


def to_html(d: Digest) -> str:
    """An HTML fragment (for the clipboard and for printing)."""
    e = html.escape
    parts = [f"<h1>{e(d.article.heading)}</h1>"]
    facts = [f"<em>{e(d.article.date)}</em>"] if d.article.date else []
    if source(d.article):
        where = source(d.article)
        facts.append(f'Source: <a href="{e(_source_url(where))}">{e(where)}</a>')
    if facts:
        parts.append(f"<p>{' · '.join(facts)}</p>")
    parts.append("<h2>Key sentences</h2><ul>")
    parts += [f"<li>{_item(s, _muted_html, e)}</li>" for s in d.summary.sentences]
    parts.append("</ul>")
    if d.speakers:
        parts.append("<h2>Quoted speakers</h2><ul>")
        for sp in _ordered(d.speakers):
            who, role = shown_as(sp)
            role = f" ({e(role)})" if role else ""
            quotes = "".join(f"<li>{e(q.shown)}</li>" for q in sp.quotes)
            parts.append(f"<li><b>{e(who)}</b>{role}<ul>{quotes}</ul></li>")
        parts.append("</ul>")
    return "\n".join(parts)


def to_dict(d: Digest, timings_ms: dict[str, float] | None = None) -> dict:
    """The JSON contract of `precis-summarize --format json` (one object per file)."""
    a = d.article
    out = {
        "path": a.path, "title": a.title, "date": a.date, "byline": a.byline,
        "language": a.language, "text": a.text, "words": a.words,
        "sentence_count": len(a.sentences), "algorithm": d.summary.algorithm,
        "order": d.summary.order, "summary_words": d.summary.words,
        "summary": [
            {"index": s.index, "start": s.start, "end": s.end, "text": s.text,
             "score": s.score, "rank": s.rank, "reason": s.reason,
             "context": s.context and {"index": s.context.index, "start": s.context.start,
                                       "end": s.context.end, "text": s.context.text}}
            for s in d.summary.sentences
        ],
        "speakers": [
            {"name": sp.name, "role": sp.role, "named": sp.named, "kind": sp.kind,
             "quotes": [{"text": q.text, "start": q.start, "end": q.end, "mention": q.mention,
                         "cue": q.cue, "direct": q.direct, "sentence": q.sentence,
                         "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
                         "omitted": list(q.omitted) if q.omitted else None}
                        for q in sp.quotes]}
            for sp in d.speakers
        ],
        "repairs": [{"start": r.start, "end": r.end, "original": r.original,
                     "replacement": r.replacement} for r in a.repairs],
        "chapters": list(a.chapters),
        "chapter": None if a.chapter is None else a.chapter + 1,
    }
    if timings_ms is not None:
        out["timings_ms"] = {k: round(v, 1) for k, v in timings_ms.items()}
    return out


def to_json(d: Digest, timings_ms: dict[str, float] | None = None) -> str:
    return json.dumps(to_dict(d, timings_ms), ensure_ascii=False)


def to_html_page(d: Digest) -> str:
    """A whole HTML document around `to_html`, for a file."""
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f"<title>{html.escape(d.article.title)}</title></head>\n<body>\n"
            f"{to_html(d)}\n</body></html>\n")


@dataclass(frozen=True)
class ExportFormat:
    """One way to write a summary to a file."""

    label: str
    suffix: str
    render: Callable[[Digest], str]


# The one table of file formats: File › Export Summary… offers these, in this order.
EXPORT_FORMATS: dict[str, ExportFormat] = {
    "markdown": ExportFormat("Markdown", ".md", to_markdown),
    "text": ExportFormat("Plain text", ".txt", to_text),
    "html": ExportFormat("HTML", ".html", to_html_page),
    "json": ExportFormat("JSON (as precis-summarize --format json)", ".json",
                         lambda d: to_json(d) + "\n"),
}
