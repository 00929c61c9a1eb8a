"""Spans between quotation marks: straight, curly, « », „ “, and quotes running over paragraphs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from desktop.engine.article import Article
from desktop.engine.interviews import speaker_label
from desktop.engine.speakers.lexicon import word_set
from desktop.engine.speakers.marks import INCH_MARK, paragraph_spans

_DOUBLE = re.compile(r"''|``|[\"“”„«»]")  # the marks of a quotation, not of a quote inside one
_WORD = re.compile(r"[^\W_]+")
_TRIM = " ,;:—–―-"
_TRIM_ALL = _TRIM + "\"“”„«»‘’`"  # and quotation marks, for the words of a quote
_TAIL = re.compile(r"[,;:.!?]*")  # the punctuation between a quote's words and its closing mark
# A given name and the nickname quoted after it: 'Robert "Bobby"' of 'Robert "Bobby" Orr', 'Jean
# “Johnny” Roy' (noun_phrases reads them as one word of the name)
NICKNAMED = r"[A-Z](?:[\w'’.-]*[^\W_])? [\"“]([A-Z][\w'’.-]*)[\"”](?= [A-Z])"
_NICKNAME = re.compile(NICKNAMED)
# One word or phrase shouted over and over, 'Ray! Ray! Ray!', 'Four More Years! Four More Years!'
_CHANT = re.compile(r"\s*([^!?.]+)!(?:\s+\1!)+\s*", re.IGNORECASE)  # a phrase ends at its '!'


@dataclass(frozen=True)
class QuoteSpan:
    """Text inside quotation marks: `body[start:end]`; pieces of one quote share `group`."""

    start: int
    end: int
    group: int


# The writer's credit line, quoted with the quoted transcript before it
_CREDIT = re.compile(r"[\"“]?(?:Follow|Reach|Contact|Email)\b.*(?:Twitter|Facebook|Instagram|@\w)")


def quotations(article: Article) -> Quotations:
    """The article's quotation spans, indexed for look-ups by position."""
    return Quotations(quote_spans(article), frozenset(p.start for p in article.paragraphs))


def quote_spans(article: Article) -> list[QuoteSpan]:
    """Quotation spans of the body in order, one per paragraph piece of a quote."""
    spans: list[QuoteSpan] = []
    carry = False  # a quote left open at the end of the previous paragraph
    for paragraph in article.paragraphs:
        text = article.text[paragraph.start : paragraph.end]
        # '‘…' + '‘…’': a quotation in single marks reopened by the next paragraph runs on
        single_on = "‘" in text and _opens_single(article, paragraph.index + 1)
        if _CREDIT.match(text):  # '"Follow Pam Lee on Twitter."' closing a quoted transcript
            carry = False
            continue
        if carry and paragraph.index in article.furniture and not _DOUBLE.search(text):
            continue  # 'ADVERTISEMENT' inside a quotation: it goes on after the line
        # a transcript's quoted turn ('"RUIZ: Well, …'), or a paragraph of a quotation left
        # open, runs on unclosed
        label = speaker_label(text, 0, len(text))
        found, left_open = paragraph_spans(text, carry or label is not None, single_on)
        if carry and not (found and found[0][0] <= 1) and (close := _closes_carried(text)):
            rest, left_open = paragraph_spans(text[close + 1 :], False)
            found = [(0, close, False), *((a + close + 1, b + close + 1, on) for a, b, on in rest)]
        group = len(spans)
        if label is not None and found and found[0][0] <= 1:  # a new turn: after its label
            found[0] = (max(found[0][0], label.end()), *found[0][1:])
        elif carry and found and found[0][0] <= 1 and spans:
            group = spans[-1].group  # "each paragraph reopens it, only the last closes it"
        for index, (a, b, goes_on) in enumerate(found):
            span = _trimmed(article.text, paragraph.start + a, paragraph.start + b)
            if span and not nickname(article.text, *span):
                if index and not goes_on:
                    group = len(spans)
                spans.append(QuoteSpan(*span, group))
        carry = left_open
    return spans


def _opens_single(article: Article, index: int) -> bool:
    """Whether paragraph `index` opens with a single opening mark ('‘But …')."""
    if index >= len(article.paragraphs):
        return False
    return article.text.startswith("‘", article.paragraphs[index].start)


def _closes_carried(text: str) -> int:
    """Where a paragraph whose first quotation mark closes (after a word, not before one)
    closes the quotation left open in the paragraph before, its opening mark lost ('said: "We
    will stay.' + 'It is ours." The council …'); 0 if it does not."""
    first = _DOUBLE.search(text)
    if first is None or first.start() < 2 or first.group() not in ('"', "”", "''"):
        return 0
    at, after = first.start(), text[first.end() : first.end() + 1]
    return 0 if text[at - 1].isspace() or after.isalnum() else at


def opens_after_sentence(body: str, start: int, span: QuoteSpan, end: int) -> bool:
    """Whether the quotation `span` opens after the end of the writer's sentence that begins at
    `start`, in a content running to `end`: after a full stop, or after one that was lost ('…
    ran late again "The old boat is tired," said Ruiz.': a capital opens the quotation that
    ends the content)."""
    mark, before = span.start - 1, body[start : span.start - 1].rstrip()
    if body[mark - 1 : mark] != " ":
        return False
    lost = (before[-1:].islower() and body[span.start : span.start + 1].isupper()
            and not body[span.end : end].strip(_TRIM_ALL + "'") and not title_case(
                body[span.start : span.end]))
    return before.endswith((".", "!", "?")) or lost


def quote_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """`body[start:end]` without the punctuation around the words, but with the mark that
    closes or opens a quotation inside them ('the mayor as a “disgrace”', '"budget reforms"
    and …', 'are "not keeping up with the crowds," says …')."""
    while start < end and body[start] in _TRIM_ALL:
        start += 1
    while end > start and body[end - 1] in _TRIM_ALL and not INCH_MARK.match(body, end - 1):
        end -= 1
    inner = body[start:end]
    inches = INCH_MARK.findall(inner)
    opened = inner.count("“") + inner.count("«") - inner.count("”") - inner.count("»") + (
        inches.count("”"))
    odd = (inner.count('"') - inches.count('"')) % 2
    before = body[start - 1 : start] if start else ""
    if (opened < 0 and before in ("“", "«")) or (odd and before == '"'):
        return start - 1, end  # '"budget reforms" and …': the mark that opens inside
    # 'the mayor as a “disgrace”', 'are "not keeping up," says': the mark that closes
    closing = "”»" if opened > 0 else '"' if odd else ""
    tail = _TAIL.match(body, end, end + 3).group()
    after = body[end + len(tail) : end + len(tail) + 1]
    return start, end + len(tail) + 1 if after and after in closing else end


def nickname(body: str, start: int, end: int) -> bool:
    """Whether `body[start:end]` is a nickname quoted inside a name ('Robert "Bobby" Orr')."""
    begin = body.rfind(" ", max(0, start - 40), start - 2) + 1
    match = _NICKNAME.match(body, begin, end + 3)
    return match is not None and match.span(1) == (start, end)


def _trimmed(body: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and body[start] in _TRIM:
        start += 1
    while end > start and body[end - 1] in _TRIM:
        end -= 1
    return (start, end) if len(body[start:end].split()) >= 1 and end > start else None


class Quotations:
    """The quotation spans of an article (sorted, disjoint), searchable by position."""

    def __init__(self, spans: list[QuoteSpan], paragraph_starts: frozenset[int] = frozenset()
                 ) -> None:
        self.spans = spans
        self.paragraph_starts = paragraph_starts  # a quotation never reaches past these
        self.starts = [span.start for span in spans]
        self.groups: dict[int, list[QuoteSpan]] = {}
        for span in spans:
            self.groups.setdefault(span.group, []).append(span)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def starting_in(self, start: int, end: int) -> list[QuoteSpan]:
        """Spans that begin at or after `start` and before `end`."""
        return self.spans[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def containing(self, position: int) -> QuoteSpan | None:
        """The span holding body `position`, if any."""
        at = bisect_right(self.starts, position) - 1
        span = self.spans[at] if at >= 0 else None
        return span if span is not None and position < span.end else None

    def overlapping(self, start: int, end: int) -> list[QuoteSpan]:
        """Spans sharing at least one character with `[start, end)`."""
        first = max(0, bisect_right(self.starts, start) - 1)
        return [s for s in self.spans[first : bisect_left(self.starts, end)] if s.end > start]


_SO_CALLED = re.compile(r"\bso-called\s*(?:''|``|[\"“„«‘'])$", re.IGNORECASE)


def so_called(text: str, start: int) -> bool:
    """Whether the quotation opening at `start` comes right after 'so-called' ('promised
    so-called "comprehensive reform"'): the writer's scare quotes around a term, not the
    words of whoever the sentence says spoke."""
    return bool(_SO_CALLED.search(text, max(0, start - 14), start))


def title_case(text: str) -> bool:
    """Most words capitalised, as in a title or a subheading ('No Way Back Now')."""
    words = _WORD.findall(text)
    if sum(1 for w in words if w.isupper() and len(w) > 1) >= 2:
        return False  # "THEY LOSE, WE WIN": shouted or tweeted in capitals, not a title
    if "!" in text and _CHANT.fullmatch(text) and _WORD.search(text):
        return False  # 'Ray! Ray! Ray!': a chant, one phrase repeated, is said
    capitalised = sum(1 for w in words if w[:1].isupper())
    if text.rstrip().endswith((".", "!", "?")) and any(
            w.islower() and w not in word_set("function_words.txt") for w in words):
        return False  # '"It sails Monday."': a sentence with a verb in lower case, no title
    return len(words) >= 2 and capitalised >= 0.6 * len(words)
