"""A paragraph opened by its speaker's label and then a quotation: a bulleted list of quotes
('- Ana Ruiz: "…"') or a run of answers under names and parties ('Ana Ruiz (Liberal): "…"')."""

from __future__ import annotations

import re

from desktop.engine.article import Article, Sentence
from desktop.engine.furniture import story_paragraph
from desktop.engine.speakers.found import Found, found_at
from desktop.engine.speakers.introductions import NAME
from desktop.engine.speakers.noun_phrases import tokens
from desktop.engine.speakers.quotes import Quotations

# '- Ana Ruiz: "', '• RUIZ: “', 'Ana Ruiz (Liberal, Halifax West): "': an optional bullet, one
# to four name words, an optional bracket (a party, a riding), a colon and an opening mark
_WORD = rf"(?:{NAME}|[A-Z][A-Z’'-]+|[A-Z]\.)"
_LABEL = re.compile(rf"(?P<bullet>[-–—•*·][ \t]+)?(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
                    r"(?P<bracket>[ \t]+\([^()\n]{1,60}\))?:[ \t]+(?=[\"“«‘])")
_CLOSED = re.compile(r"[ \"”’»)]*+[.!?]?[ \"”’»)]*+")  # what may follow the last quotation


def labelled(article: Article, sentence: Sentence, spans: Quotations) -> Found | None:
    """The speaker of a paragraph that `sentence` opens with a label and that a quotation ends,
    however short ('- Ruiz: "Absolutely."'): when a bullet or a bracket marks the label, or a
    paragraph beside it is labelled the same way ('Ruiz: "Yes."' + 'Bell: "No."'). A plain
    'Ana Ruiz: "…"' of several words is `conventions`' colon rule's."""
    paragraph = article.paragraphs[sentence.paragraph]
    if sentence.start != paragraph.start:
        return None
    label = _quoted_label(article, sentence.paragraph, spans)
    if label is None:
        return None
    match, opened = label
    if not (match.group("bullet") or match.group("bracket") or any(
            _quoted_label(article, story_paragraph(article, sentence.paragraph, step), spans)
            for step in (-1, 1))):
        return None
    toks = tokens(sentence.text, sentence.start)
    name = [k for k, t in enumerate(toks) if match.start("name") <= t.start < match.end("name")]
    bracket = match.group("bracket")  # 'Ana Ruiz (Liberal)': the party is her role
    return found_at(sentence, toks, ":", (name[0], name[-1] + 1),
                    (opened[0].start - 1, paragraph.end), False,
                    bracket.strip()[1:-1] if bracket else None)


def _quoted_label(article: Article, index: int, spans: Quotations) -> tuple | None:
    """(label match, quotations) for paragraph `index` when it is a label and quotations that
    run to its end; None otherwise (or for no paragraph)."""
    if not 0 <= index < len(article.paragraphs):
        return None
    paragraph = article.paragraphs[index]
    match = _LABEL.match(article.text, paragraph.start, paragraph.end)
    if match is None:
        return None
    opened = spans.starting_in(match.end(), match.end() + 3)
    if not opened:
        return None
    inside = spans.starting_in(opened[0].start, paragraph.end)
    if not _CLOSED.fullmatch(article.text, inside[-1].end, paragraph.end):
        return None
    return match, inside
