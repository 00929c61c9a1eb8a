"""Quotation marks paired within one paragraph: which opens, which closes, which is no quote."""

from __future__ import annotations

import re

from desktop.engine.speakers.lexicon import word_set

# '' is a double quote in some newspapers' text, and `` opens one in typewriter (Penn Treebank)
# text: ``We will,'' Ruiz said.
# A double mark after feet and inches (6'2", 6’2”) gives a height: it quotes nothing
_INCHES = r"(?<![0-9]['’′][0-9].)(?<![0-9]['’′][0-9][0-9].)"  # read after the mark: fast
_MARK = re.compile(rf"''|``|[\"”]{_INCHES}|[“„«»‘’']")
INCH_MARK = re.compile(rf"[\"”](?!{_INCHES})")  # matched where a mark measures
# What closes a quote each opening mark starts ("„" closes with “ in German, ” elsewhere; ”
# before a word is a misprinted “).
_CLOSERS = {'"': ('"', "”", "“"), "“": ("”", '"'), "„": ("“", "”"), "«": ("»",), "‘": ("’",),
            "''": ("''",), "``": ("''", '"'), "'": ("'",), "”": ("”", '"', "“")}
_OPEN_CONTEXT = " \t\n([{—–-:/"
_REVERSED_CLOSE = re.compile(r"[\w,.!?]“(?!\w)")  # a “ after words, before none: reversed
_CLOSE = re.compile(r"[\w,.!?…][”\"](?!\w)")  # a ” or " after words, before none: it closes
_GUILLEMET_REACH = 2000  # how far a spaced « looks for its »: a paragraph of them stays quick
# the end of a quoted sentence, perhaps with the single mark of a quotation inside it, and the
# space after it ('… my day.' "But …')
_SENTENCE_END = re.compile(r"[.?!]['’]? ")


def paragraph_spans(text: str, runs_on: bool, single_on: bool = False
                    ) -> tuple[list[tuple[int, int, bool]], bool]:
    """Inner spans of the quotes of one paragraph, each with whether it goes on with the quote
    before it, and whether the last one stays open (`single_on`: a single mark opening the
    paragraph may, as the next paragraph opens with one: British style reopens each paragraph
    of a quotation and closes only the last)."""
    apostrophes: dict[str, int] = {}
    while True:
        spans, left_open, unclosed_single = _scan(text, apostrophes, runs_on)
        if unclosed_single is not None and single_on and _opens_paragraph_quote(
                text, unclosed_single[1]):
            spans.append((unclosed_single[1] + 1, len(text), False))
            return spans, True
        if unclosed_single is None:
            return spans, left_open
        # a single mark that nothing closes was an apostrophe ("('09 win", "'til dawn"), and so
        # is every mark of its kind after it (`` too, but for one opening the paragraph): read
        # the paragraph again without them
        mark, at = unclosed_single
        apostrophes[mark] = at


_FIRST_WORD = re.compile(r"\w+")


def _opens_paragraph_quote(text: str, at: int) -> bool:
    """Whether the single mark at `at` opens the paragraph or follows a colon ('said: ‘…'), and
    is no apostrophe of a cut word ('‘Twas', '‘90s')."""
    word = _FIRST_WORD.match(text, at + 1)
    cut = word is None or word.group()[:1].isdigit() or word.group().lower() in word_set(
        "elisions.txt")
    return not cut and (at == 0 or text[:at].rstrip().endswith(":"))


def _scan(text: str, apostrophes: dict[str, int], runs_on: bool
          ) -> tuple[list[tuple[int, int, bool]], bool, tuple[str, int] | None]:
    """`paragraph_spans` with the single marks of a kind from `apostrophes[kind]` on read as
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
        # before a word after a space, when a reversed “ after words closes it, where marks
        # are reversed ('… on Monday. ”We will,“ she said'); or after a sentence's end, when a
        # ” or " after words does, where a closing mark was set for each opening one ('…
        # furious. ”It was a disgrace,” Ruiz said.', '… Monday: ”We lost."')
        reach = at + _GUILLEMET_REACH
        return after.isalnum() and (at == 0 or before in _OPEN_CONTEXT and bool(
            _REVERSED_CLOSE.search(text, at, reach)) or bool(_SENTENCE_END.fullmatch(
                text, at - 2, at) and _CLOSE.search(text, at + 1, reach)))
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
