"""Interviews and transcripts as laid out: speakers' labels ('RUIZ: '), 'Q:' and 'A:', and
where an interview's turns begin (read by the summary without loading the speaker finder)."""

from __future__ import annotations

import re
from functools import cache

from desktop.engine.article import Article
from desktop.paths import word_list

# One to three words in capitals ("WALLACE", "CHRIS WALLACE", "SEN. TIM KAINE"), a colon, a space;
# an opening quotation mark may come first when the whole transcript is quoted.
_LABEL = re.compile(r"[\"“'‘]?((?:[A-Z][A-Z’'.-]*[A-Z.](?:[ \t]+|(?=:))){1,3}):[ \t]+(?=\S)")
# An interview printed as questions and answers: "Q: …" and "A: …" opening paragraphs.
QA_LABEL = re.compile(r"[\"“]?([QA]):[ \t]+(?=\S)")
# An interview printed without labels: a short paragraph asking a question, a paragraph of prose
# answering it. Readers' comments and opinion pieces ask questions too, in longer paragraphs, or
# one after another, or before a heading: they are not turns.
_QUESTION_END = re.compile(r"\?[\"'’”)\]]*\s*$")
_PROSE_END = re.compile(r"[.!?…:][\"'’”)\]]*\s*$")
QUESTION_WORDS = 40  # a question paragraph is no longer than this
TURNS = 2  # an interview has at least this many question-and-answer turns ...
TURN_SHARE = 0.1  # ... opening at least this share of its paragraphs
LINES = 2  # a transcript has at least this many labelled lines: one alone is a heading


# A label in name case ("Ana Ruiz: ", "Wikinews: "): one to four capitalised words and a colon.
_NAME_LABEL = re.compile(r"((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'.-]*):[ \t]+(?=\S)")


def name_label(text: str, start: int, end: int) -> re.Match | None:
    """A label in name case opening `text[start:end]` ('Ana Ruiz: '), if no heading's."""
    match = _NAME_LABEL.match(text, start, end)
    return match if match is not None and _speaker_label(match.group(1)) else None


def speaker_label(text: str, start: int, end: int) -> re.Match | None:
    """The label opening `text[start:end]` ('RUIZ: '), if it reads as a speaker's."""
    match = _LABEL.match(text, start, end)
    return match if match is not None and _speaker_label(match.group(1)) else None


def interview_start(article: Article) -> int | None:
    """The paragraph where an interview's turns begin (its introduction is the paragraphs
    before), or None if `article` is not an interview: at least TURNS, and TURN_SHARE of its
    paragraphs, open a turn (a speaker's label, 'Q:', or a short question answered in prose)."""
    turns = _labelled_turns(article) or _question_turns(article)
    if len(turns) < max(TURNS, TURN_SHARE * len(article.paragraphs)):
        return None
    return turns[0]


def _labelled_turns(article: Article) -> list[int]:
    """Paragraphs opened by a label of one of two or more speakers, or by 'Q:' where answers
    have 'A:' (as `transcript_lines` and `_answers` read them), if TURNS of them ask a question:
    a fact box ('CURRENT JOB: …') has labels too, but asks nothing."""
    text = article.text
    labels = {p.index: m.group(1).strip() for p in article.paragraphs
              if (m := speaker_label(text, p.start, p.end) or QA_LABEL.match(text, p.start, p.end))}
    speakers = set(labels.values())
    if len(speakers - {"Q", "A"}) < LINES and not {"Q", "A"} <= speakers:
        return []
    turns = sorted(i for i, label in labels.items() if label != "A")
    asking = sum("?" in text[article.paragraphs[i].start:article.paragraphs[i].end] for i in turns)
    return turns if asking >= TURNS else []


def _question_turns(article: Article) -> list[int]:
    """Paragraphs of at most QUESTION_WORDS words that end by asking (a statement may come
    first, none after the first question), followed by prose that does not (an answer, not a
    heading or another question)."""
    sentences: list[list[str]] = [[] for _ in article.paragraphs]
    for sentence in article.sentences:
        sentences[sentence.paragraph].append(sentence.text)
    asks = [_asks(s) for s in sentences]
    answers = [bool(s) and _PROSE_END.search(s[-1]) is not None for s in sentences]
    return [i for i in range(len(sentences) - 1)
            if asks[i] and answers[i + 1] and not asks[i + 1]
            and sum(len(s.split()) for s in sentences[i]) <= QUESTION_WORDS]


def _asks(sentences: list[str]) -> bool:
    """The sentences end with a question, and no statement follows the first question."""
    questions = [_QUESTION_END.search(s) is not None for s in sentences]
    return bool(questions) and questions[-1] and all(questions[questions.index(True):])


def _speaker_label(label: str) -> bool:
    """A name, not a heading ('UPDATE', 'EDITOR’S NOTE', 'WATCH')."""
    return label.strip().lower().replace("’", "'") not in _heading_labels()


@cache
def _heading_labels() -> frozenset[str]:
    """Capitalised words before a colon that head a section, not a speaker's turn."""
    return frozenset(word_list("heading_labels.txt"))
