"""Transcript lines: a paragraph opening with the speaker's name in capitals and a colon
('HOST: Do you think …', 'RUIZ: Well, look …', 'SEAN HANNITY, FOX NEWS HOST: …'), or in name
case when two such labels take turns ('Ana Ruiz: Because …'), the layout of interviews and
debates, read as quotations (the labels: `desktop.engine.interviews`)."""

from __future__ import annotations

import re
from collections import Counter

from desktop.engine.article import Article
from desktop.engine.interviews import LINES, QA_LABEL, name_label, speaker_label
from desktop.engine.speakers.aliases import after_titles, name_runs_in, person_like
from desktop.engine.speakers.found import Found, found_at
from desktop.engine.speakers.noun_phrases import Token


def transcript_lines(article: Article) -> list[Found]:
    """An attribution for each labelled paragraph of a transcript, its label the speaker (the
    paragraphs after one without a label continue it, as follow-ons do for quotations). Two
    labels at least must be speakers': each comes back (its last word), or names someone the
    article names; not a fact box's labels (common words, and no line asks a question)."""
    labelled = []
    for paragraph in article.paragraphs:
        match = speaker_label(article.text, paragraph.start, paragraph.end)
        if match is not None:
            labelled.append((paragraph, match))
    labelled = _without_fact_box(article.text, labelled)
    # by the last word: 'SEAN HANNITY, FOX NEWS HOST:' comes back as 'HANNITY:'
    labels = Counter(m.group(1).split()[-1] for _, m in labelled)
    if len([label for label, n in labels.items() if n >= LINES or _named(article.text, label)]
           ) < LINES:
        labelled = _name_labels(article)
        if not labelled:
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


def _name_labels(article: Article) -> list:
    """(paragraph, label) of an exchange labelled in name case ('Wikinews: Why …', 'Ana Ruiz:
    Because …'): two labels at least that each open LINES paragraphs or more; a label used
    once ('Photo: …', 'Note: …') is no turn."""
    found = [(p, m) for p in article.paragraphs  # in capitals: speaker_label's, or a fact box
             if (m := name_label(article.text, p.start, p.end)) and not m.group(1).isupper()]
    counts = Counter(m.group(1) for _, m in found)
    taking_turns = {label for label, n in counts.items() if n >= LINES}
    return [(p, m) for p, m in found if m.group(1) in taking_turns] if len(
        taking_turns) >= LINES else []


def _answers(article: Article) -> list[Found]:
    """The 'A: …' paragraphs of a question-and-answer interview, said by the person the article
    names most (the one interviewed); the questions are the interviewer's, not quotations."""
    labelled = [(p, m) for p in article.paragraphs
                if (m := QA_LABEL.match(article.text, p.start, p.end)) is not None]
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


def _without_fact_box(text: str, labelled: list) -> list:
    """`labelled` less a fact box's lines ('CURRENT JOB: …', 'PLAYERS HE LIKES: …'): labels
    of common words the article writes in lower case too, where no labelled line asks a
    question. Each last word is looked up once: a search of the text for every line's label
    took two minutes on a 1 MB transcript of 18,000 turns."""
    if any("?" in text[p.start : p.end] for p, _ in labelled):
        return labelled
    common = {word: _common(text, word)
              for word in {m.group(1).split()[-1].lower() for _, m in labelled}}
    return [(p, m) for p, m in labelled if not common[m.group(1).split()[-1].lower()]]


def _common(text: str, word: str) -> bool:
    """Whether `text` writes the label's last word, lower-cased, as a word: a common word
    ('JOB:' beside 'my job'), not a name ('RUIZ:')."""
    return re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text) is not None


def _named(text: str, label: str) -> bool:
    """Whether the article names the label's speaker outside the labels ('REYES' after 'Dana
    Reyes spoke with …'); a caption's label in capitals ('FERRY FOLLIES:') names nobody."""
    last = _name_case(label.split()[-1])
    return re.search(rf"(?<![\w’'-]){re.escape(last)}(?![\w’'-])", text) is not None


def _name_case(word: str) -> str:
    """'WALLACE' -> 'Wallace', 'SEN.' -> 'Sen.', 'O’BRIEN' -> 'O’Brien'."""
    return re.sub(r"[A-Z]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)


def _first_sentences(article: Article) -> dict:
    """Each paragraph's first sentence, by paragraph index."""
    return {s.paragraph: s for s in reversed(article.sentences)}
