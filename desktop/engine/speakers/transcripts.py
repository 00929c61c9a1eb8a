"""Transcript lines: a paragraph opening with the speaker's name in capitals and a colon
('WALLACE: Do you think …', 'PENCE: Well, look …'), the layout of interviews and debates; and
where an interview's turns begin, for the summary."""

from __future__ import annotations

import re
from collections import Counter

from desktop.engine.article import Article
from desktop.engine.speakers.aliases import after_titles, name_runs_in, person_like
from desktop.engine.speakers.found import Found, found_at
from desktop.engine.speakers.lexicon import word_set
from desktop.engine.speakers.noun_phrases import Token

# One to three words in capitals ("WALLACE", "CHRIS WALLACE", "SEN. TIM KAINE"), a colon, a space;
# an opening quotation mark may come first when the whole transcript is quoted.
_LABEL = re.compile(r"[\"“'‘]?((?:[A-Z][A-Z’'.-]*[A-Z.](?:[ \t]+|(?=:))){1,3}):[ \t]+(?=\S)")
# An interview printed as questions and answers: "Q: …" and "A: …" opening paragraphs.
_QA = re.compile(r"[\"“]?([QA]):[ \t]+(?=\S)")
# An interview printed without labels: a short paragraph asking a question, a paragraph of prose
# answering it. Readers' comments and opinion pieces ask questions too, in longer paragraphs, or
# one after another, or before a heading: they are not turns.
_QUESTION_END = re.compile(r"\?[\"'’”)\]]*\s*$")
_PROSE_END = re.compile(r"[.!?…:][\"'’”)\]]*\s*$")
QUESTION_WORDS = 40  # a question paragraph is no longer than this
TURNS = 2  # an interview has at least this many question-and-answer turns ...
TURN_SHARE = 0.1  # ... opening at least this share of its paragraphs


def speaker_label(text: str, start: int, end: int) -> re.Match | None:
    """The label opening `text[start:end]` ('WALLACE: '), if it reads as a speaker's."""
    match = _LABEL.match(text, start, end)
    return match if match is not None and _speaker_label(match.group(1)) else None


LINES = 2  # a transcript has at least this many labelled lines: one alone is a heading


def transcript_lines(article: Article) -> list[Found]:
    """An attribution for each labelled paragraph of a transcript, its label the speaker (the
    paragraphs after one without a label continue it, as follow-ons do for quotations). Two
    labels at least must be speakers': each comes back, or names someone the article names."""
    labelled = []
    for paragraph in article.paragraphs:
        match = speaker_label(article.text, paragraph.start, paragraph.end)
        if match is not None:
            labelled.append((paragraph, match))
    labels = Counter(m.group(1).strip() for _, m in labelled)
    if len([label for label, n in labels.items() if n >= LINES or _named(article.text, label)]
           ) < LINES:
        return _answers(article)
    first_sentence = _first_sentences(article)
    out = []
    for paragraph, match in labelled:
        sentence = first_sentence.get(paragraph.index)
        if sentence is None:
            continue
        label = match.group(1).strip()
        toks = [Token(_name_case(w.group()), match.start(1) + w.start(), match.start(1) + w.end())
                for w in re.finditer(r"\S+", label)]
        out.append(found_at(sentence, toks, ":", (0, len(toks)), (match.end(), paragraph.end),
                            False))
    return out


def _answers(article: Article) -> list[Found]:
    """The 'A: …' paragraphs of a question-and-answer interview, said by the person the article
    names most (the one interviewed); the questions are the interviewer's, not quotations."""
    labelled = [(p, m) for p in article.paragraphs
                if (m := _QA.match(article.text, p.start, p.end)) is not None]
    answers = [(p, m) for p, m in labelled if m.group(1) == "A"]
    if len(answers) < LINES or len(answers) == len(labelled):
        return []
    names = Counter(n for r in name_runs_in(article.text)
                    if (n := after_titles(r.group(1))) and person_like(n))
    if not names:
        return []
    person = names.most_common(1)[0][0]
    first_sentence = _first_sentences(article)
    out = []
    for paragraph, match in answers:
        sentence = first_sentence[paragraph.index]
        toks = [Token(word, match.start(1), match.end(1)) for word in person.split()]
        out.append(found_at(sentence, toks, ":", (0, len(toks)), (match.end(), paragraph.end),
                            False))
    return out


def _named(text: str, label: str) -> bool:
    """Whether the article names the label's speaker outside the labels ('REYES' after 'Dana
    Reyes spoke with …'); a caption's label in capitals ('FERRY FOLLIES:') names nobody."""
    last = _name_case(label.split()[-1])
    return re.search(rf"(?<![\w’'-]){re.escape(last)}(?![\w’'-])", text) is not None


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
              if (m := speaker_label(text, p.start, p.end) or _QA.match(text, p.start, p.end))}
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
    return label.strip().lower().replace("’", "'") not in word_set("heading_labels.txt")


def _name_case(word: str) -> str:
    """'WALLACE' -> 'Wallace', 'SEN.' -> 'Sen.', 'O’BRIEN' -> 'O’Brien'."""
    return re.sub(r"[A-Z]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)


def _first_sentences(article: Article) -> dict:
    """Each paragraph's first sentence, by paragraph index."""
    return {s.paragraph: s for s in reversed(article.sentences)}
