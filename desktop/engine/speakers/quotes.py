"""Spans between quotation marks: straight, curly, « », „ “, and quotes running over paragraphs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from desktop.engine.article import Article
from desktop.engine.interviews import speaker_label

# '' is a double quote in some newspapers' text, and `` opens one in typewriter (Penn Treebank)
# text: ``We will,'' Ruiz said.
# A double mark after feet and inches (6'2", 6’2”) gives a height: it quotes nothing
_INCHES = r"(?<![0-9]['’′][0-9].)(?<![0-9]['’′][0-9][0-9].)"  # read after the mark: fast
_MARK = re.compile(rf"''|``|[\"”]{_INCHES}|[“„«»‘’']")
_INCH_MARK = re.compile(rf"[\"”](?!{_INCHES})")  # matched where a mark measures
# What closes a quote each opening mark starts ("„" closes with “ in German, ” elsewhere; ”
# before a word is a misprinted “).
_CLOSERS = {'"': ('"', "”", "“"), "“": ("”", '"'), "„": ("“", "”"), "«": ("»",), "‘": ("’",),
            "''": ("''",), "``": ("''", '"'), "'": ("'",), "”": ("”", '"', "“")}
_DOUBLE = re.compile(r"''|``|[\"“”„«»]")  # the marks of a quotation, not of a quote inside one
_OPEN_CONTEXT = " \t\n([{—–-:/"
_WORD = re.compile(r"[^\W_]+")
_REVERSED_CLOSE = re.compile(r"[\w,.!?]“(?!\w)")  # a “ after words, before none: reversed
_GUILLEMET_REACH = 2000  # how far a spaced « looks for its »: a paragraph of them stays quick
_TRIM = " ,;:—–―-"
_TRIM_ALL = _TRIM + "\"“”„«»‘’`"  # and quotation marks, for the words of a quote
# the end of a quoted sentence, perhaps with the single mark of a quotation inside it, and the
# space after it ('… my day.' "But …')
_SENTENCE_END = re.compile(r"[.?!]['’]? ")
_TAIL = re.compile(r"[,;:.!?]*")  # the punctuation between a quote's words and its closing mark


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
    return Quotations(quote_spans(article))


def quote_spans(article: Article) -> list[QuoteSpan]:
    """Quotation spans of the body in order, one per paragraph piece of a quote."""
    spans: list[QuoteSpan] = []
    carry = False  # a quote left open at the end of the previous paragraph
    for paragraph in article.paragraphs:
        text = article.text[paragraph.start : paragraph.end]
        if _CREDIT.match(text):  # '"Follow Pam Lee on Twitter."' closing a quoted transcript
            carry = False
            continue
        if carry and paragraph.index in article.furniture and not _DOUBLE.search(text):
            continue  # 'ADVERTISEMENT' inside a quotation: it goes on after the line
        # a transcript's quoted turn ('"RUIZ: Well, …'), or a paragraph of a quotation left
        # open, runs on unclosed
        label = speaker_label(text, 0, len(text))
        found, left_open = _paragraph_spans(text, carry or label is not None)
        if carry and not (found and found[0][0] <= 1) and (close := _closes_carried(text)):
            rest, left_open = _paragraph_spans(text[close + 1 :], False)
            found = [(0, close, False), *((a + close + 1, b + close + 1, on) for a, b, on in rest)]
        group = len(spans)
        if label is not None and found and found[0][0] <= 1:  # a new turn: after its label
            found[0] = (max(found[0][0], label.end()), *found[0][1:])
        elif carry and found and found[0][0] <= 1 and spans:
            group = spans[-1].group  # "each paragraph reopens it, only the last closes it"
        for index, (a, b, goes_on) in enumerate(found):
            span = _trimmed(article.text, paragraph.start + a, paragraph.start + b)
            if span:
                if index and not goes_on:
                    group = len(spans)
                spans.append(QuoteSpan(*span, group))
        carry = left_open
    return spans


def _closes_carried(text: str) -> int:
    """Where a paragraph whose first quotation mark closes (after a word, not before one)
    closes the quotation left open in the paragraph before, its opening mark lost ('said: "We
    will stay.' + 'It is ours." The council …'); 0 if it does not."""
    first = _DOUBLE.search(text)
    if first is None or first.start() < 2 or first.group() not in ('"', "”", "''"):
        return 0
    at, after = first.start(), text[first.end() : first.end() + 1]
    return 0 if text[at - 1].isspace() or after.isalnum() else at


def _paragraph_spans(text: str, runs_on: bool) -> tuple[list[tuple[int, int, bool]], bool]:
    """Inner spans of the quotes of one paragraph, each with whether it goes on with the quote
    before it, and whether the last one stays open."""
    apostrophes: dict[str, int] = {}
    while True:
        spans, left_open, unclosed_single = _scan(text, apostrophes, runs_on)
        if unclosed_single is None:
            return spans, left_open
        # a single mark that nothing closes was an apostrophe ("('09 win", "'til dawn"), and so
        # is every mark of its kind after it (`` too, but for one opening the paragraph): read
        # the paragraph again without them
        mark, at = unclosed_single
        apostrophes[mark] = at


def _scan(text: str, apostrophes: dict[str, int], runs_on: bool
          ) -> tuple[list[tuple[int, int, bool]], bool, tuple[str, int] | None]:
    """`_paragraph_spans` with the single marks of a kind from `apostrophes[kind]` on read as
    apostrophes (`runs_on`: see `_nested_end`); also the single mark (and where it is) that
    opened and was never closed."""
    spans, opened, closers, single, goes_on, opener = [], -1, (), False, False, ("", 0)
    inside = -1  # the end of a quotation nested in the open one
    straight = 0  # straight marks before this one: the ones before an opening mark are paired
    for match in _MARK.finditer(text):
        mark, at = match.group(), match.start()
        paired, straight = straight % 2 == 0, straight + (mark == '"')
        if opened >= 0:
            if at <= inside:
                continue
            runs = runs_on and opener[1] == 0  # the quotation opening the paragraph runs on
            if closers[0] == '"' and (inside := _nested_end(text, at, mark, runs)) > 0:
                continue
            if mark in closers and (_closes_single(text, at) if single else _faces_out(
                    text, at, mark, opener[0])):
                reopens, unclosed = _reopens(text, at, mark), _unclosed(text, at, mark)
                spans.append((opened, _last_sentence_end(text, opened, at) if unclosed
                              else at, goes_on))
                opened, goes_on = -1, reopens
                if reopens or unclosed:  # the same quotation goes on, or a new one opens
                    opened = match.end()
            continue
        goes_on = False
        if mark in _CLOSERS and at < apostrophes.get(mark, len(text)) and _opens(text, at, mark,
                                                                                  paired):
            opened, closers, single = match.end(), _CLOSERS[mark], mark in ("‘", "'")
            opener = (mark, at)
    if opened >= 0 and (single or opener[0] == "``" and opener[1] > 0):
        return spans, False, opener  # read again with the mark as none ('type ``make`` to')
    if opened >= 0:
        spans.append((opened, len(text), goes_on))
        return spans, True, None
    return spans, False, None


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
    while end > start and body[end - 1] in _TRIM_ALL and not _INCH_MARK.match(body, end - 1):
        end -= 1
    inner = body[start:end]
    inches = _INCH_MARK.findall(inner)
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


def _nested_end(text: str, at: int, mark: str, runs_on: bool) -> int:
    """Where a quotation nested in a straight-quoted one closes ('"… the question: “Do you
    …?” Nine said yes."'): a “ after a space, before a word, whose ” comes before the
    straight mark that closes the outer quotation, or anywhere when the outer one `runs_on`
    with no closing mark from the paragraph's start (a quoted transcript's turn, '"ALDER: … a
    “floating museum.” But …', or the next paragraph of a quotation left open); -1 if
    `mark` opens none."""
    if mark != "“" or not text[at - 1 : at].isspace() or text[at + 1 : at + 2].isspace():
        return -1
    end = text.find("”", at + 1)
    if end < 0:
        return -1
    if text.find('"', end + 1) > 0:
        return end
    return end if runs_on and '"' not in text[at:] else -1


def _reopens(text: str, at: int, mark: str) -> bool:
    """A straight mark after the end of a quoted sentence and a space, before a word: the
    paragraph break that began the quotation's next paragraph was lost ('"We lost. "We will
    be back."'), so the mark opens that paragraph instead of closing the quotation."""
    return mark == '"' and text[at + 1 : at + 2].isalnum() and any(
        _SENTENCE_END.fullmatch(text, at - n, at) for n in (2, 3) if at >= n)


def _unclosed(text: str, at: int, mark: str) -> bool:
    """A straight mark after a space and before a word opens a quotation, so the one still open
    was never closed ('"We lost. He added: "We will be back."'), unless the paragraph break
    before the mark was lost (`_reopens`)."""
    return mark == '"' and text[at - 1 : at].isspace() and text[at + 1 : at + 2].isalnum() \
        and not _reopens(text, at, mark)


def _last_sentence_end(text: str, start: int, end: int) -> int:
    """Where the last sentence of `text[start:end]` ends ('We lost. He added: ' -> after
    'lost.'), or `end` when it holds no sentence end."""
    ends = [m.end() - 1 for m in _SENTENCE_END.finditer(text, start, end)]
    return ends[-1] if ends else end


def _opens(text: str, at: int, mark: str, paired: bool) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + len(mark)] if at + len(mark) < len(text) else " "
    if after.isspace():
        # '« Nous ne reculerons pas », a-t-il dit': French copy spaces its guillemets
        return mark == "«" and text[at + 2 : at + 3].isalnum() and text.find(
            "»", at, at + _GUILLEMET_REACH) > 0
    if mark == "”":  # '”Fear. I am afraid.” ― Ana Ruiz': at the start of a paragraph; and
        # where marks are reversed ('… on Monday. ”We will,“ she said'), before a word after a
        # space, when a reversed “ after words closes it
        return after.isalnum() and (at == 0 or before in _OPEN_CONTEXT and bool(
            _REVERSED_CLOSE.search(text, at, at + _GUILLEMET_REACH)))
    if mark in ('"', "‘", "''", "'"):  # ambiguous: open only after a space or an opening bracket
        # or, a straight mark, after a lost space ('on Monday."We waited," Ruiz said."The …"'):
        # as a reader sees it, the marks before it are `paired`, a capital follows, one closes
        return before in _OPEN_CONTEXT or mark == '"' and paired and after.isupper() and \
            text.find('"', at + 1) > 0
    return True


def _faces_out(text: str, at: int, mark: str, opener: str) -> bool:
    """Whether a mark closes the quotation a reversed ” opened: a reversed “ closes it only
    after the words, not before a word ('”We will,“ she said', not '”He said “no” twice'),
    and any other closing mark does."""
    return not (mark == "“" and opener == "”" and text[at + 1 : at + 2].isalnum())


def _closes_single(text: str, at: int) -> bool:
    """A ’ closes a single-quoted span unless it is an apostrophe inside a word ("don’t")."""
    after = text[at + 1] if at + 1 < len(text) else " "
    if after.isalpha():
        return False
    if text[at - 1 : at] == "s":  # "the builders’ work": a plural possessive if a ’ follows
        return not any(m.group() == text[at] and not text[m.end() : m.end() + 1].isalpha()
                       for m in _MARK.finditer(text, at + 1))
    return True


def _trimmed(body: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and body[start] in _TRIM:
        start += 1
    while end > start and body[end - 1] in _TRIM:
        end -= 1
    return (start, end) if len(body[start:end].split()) >= 1 and end > start else None


class Quotations:
    """The quotation spans of an article (sorted, disjoint), searchable by position."""

    def __init__(self, spans: list[QuoteSpan]) -> None:
        self.spans = spans
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


def title_case(text: str) -> bool:
    """Most words capitalised, as in a title or a subheading ('No Way Back Now')."""
    words = _WORD.findall(text)
    if sum(1 for w in words if w.isupper() and len(w) > 1) >= 2:
        return False  # "THEY LOSE, WE WIN": shouted or tweeted in capitals, not a title
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 2 and capitalised >= 0.6 * len(words)
