"""News conventions without a speech verb beside the quotation: a lead-in ending in a colon
('Ruiz made this comment:' + a quotation paragraph), a signature after a dash ('"…" — Ruiz'),
a reply ('"…" was the answer'); a quotation after a speech verb whose subject was not read is
quoted_words.py's."""

from __future__ import annotations

import re

from desktop.engine.article import Article, Sentence
from desktop.engine.furniture import sentence_before, story_paragraph
from desktop.engine.interviews import speaker_label
from desktop.engine.speakers.after_verb import subject_after
from desktop.engine.speakers.found import CLOSING_MARKS, Found, found_at
from desktop.engine.speakers.frames import reply_question, sender_word, sent_from
from desktop.engine.speakers.labels import labelled
from desktop.engine.speakers.lexicon import (
    flagged,
    may_hold_speech_verb,
    pronouns,
    speech_verb_at,
    speech_verbs,
    word_set,
)
from desktop.engine.speakers.noun_phrases import (
    Token,
    is_name_word,
    subject_before,
    tokens,
)
from desktop.engine.speakers.quotes import Quotations, title_case
from desktop.engine.speakers.recaps import recapped
from desktop.engine.speakers.signatures import signature
from desktop.engine.speakers.subjects import sentence_subject

OPENING_MARKS = ('"', "“", "«", "‘", "„")
# How someone worded it: "(as) X put it", "X puts it bluntly:"; or "in the words of X"
# ("put it on the shelf" is no wording: only an adverb may follow before the punctuation)
_WORDED = re.compile(r"\b(?:put|puts|putting)[ \t]+it(?:[ \t]+\w+ly)?(?=[ \t]*[,:;.!?\"”—])"
                     r"|\b([Ii]n[ \t]+the[ \t]+words[ \t]+of)\b")
# what may follow a quotation that ends its sentence: closing marks, one stop (read from the
# quotation's end on, not sliced off: a sentence of 1 MB holds thousands of quotations)
_CLOSED = re.compile(r"[ \"”’»)]*+[.!?]?[ \"”’»)]*+")
# '… came the reply from X', 'That was the message from X' ('back': the reply is the
# quotation before the sentence); 'noun' is read against resources/reply_nouns.txt
_REPLY = re.compile(r"^(?:(?P<back>That|This|Those|These)\s+)?.*?\b(?P<verb>was|were|came)\s+"
                    r"(?:the|his|her|their)\s+(?P<noun>\w+)\s+(?:from|of)\s+(?=[A-Z]|the\s)")
_WORDS_NOUNS = ("word", "words")
SHORT_QUOTE = 3  # fewer quoted words than this are listed only with the speaker of the sentence
# 'Q. "…"', 'A: "…"': a quoted turn of an interview, whatever its capitals
_QA_TURN = re.compile(r"[QA][.:][ \t]+")
_LOOK_BACK = 16  # characters read back from a quotation for the end of the sentence before it


def conventions(article: Article, spans: Quotations, case: dict[str, str],
                taken: set[int]) -> list[Found]:
    """Attributions that the sentences not in `taken` (indexes already read) make by these
    conventions."""
    out = []
    for sentence in article.sentences:
        if sentence.index in taken:
            continue
        found = _colon_lead_in(article, sentence, spans, case) or signature(
            article, sentence, spans) or _worded(sentence, spans, case) or labelled(
            article, sentence, spans) or _colon_before(article, sentence, spans, case) or (
            _reply_from(article, sentence, spans, case)) or recapped(
            article, sentence, spans, case) or reply_question(article, sentence, spans, case)
        if found is not None:
            out.append(found)
    return out


def case_tokens(sentence: Sentence, case: dict[str, str]) -> list[Token]:
    return tokens(sentence.text, sentence.start, case)


def _colon_lead_in(article: Article, sentence: Sentence, spans: Quotations,
                   case: dict[str, str]) -> Found | None:
    """'Ruiz made the following comment:' closing a paragraph whose next one opens with a
    quotation: the subject of the lead-in speaks (the quotation is taken as a follow-on)."""
    if not sentence.text.rstrip().endswith(":") or spans.overlapping(sentence.start, sentence.end):
        return None
    paragraph = article.paragraphs[sentence.paragraph]
    after = story_paragraph(article, sentence.paragraph, 1)  # furniture passed over
    if sentence.end < paragraph.end - 1 or after >= len(article.paragraphs):
        return None
    following = article.paragraphs[after].start
    if not spans.starting_in(following, following + 3):
        return None
    toks = case_tokens(sentence, case)
    phrase = sentence_subject(toks, len(toks) - 1)
    if phrase is None or not speaker_like(article, toks[phrase[0] : phrase[1]]):
        return None
    return found_at(sentence, toks, ":", phrase, (sentence.end, sentence.end), False)


def _colon_before(article: Article, sentence: Sentence, spans: Quotations,
                  case: dict[str, str]) -> Found | None:
    """'Ruiz had a simple message: "We will fix it."', 'Ana Ruiz: "We will fix it."': a
    colon after the speaker (the sentence's subject) introduces the quoted sentence that
    ends the sentence, as it does closing a paragraph (`_colon_lead_in`), or the quoted
    sentences that end a later one of its paragraph ('Ruiz: "Safety. People need …"')."""
    colon = sentence.text.find(":")
    if colon < 0:
        return None  # most sentences: no need to tokenise them
    opened = spans.starting_in(sentence.start + colon + 1, sentence.start + colon + 4)
    last = article.sentence_at(opened[-1].end - 1) if opened else sentence
    if not opened or last.paragraph != sentence.paragraph or not _CLOSED.fullmatch(
            article.text, opened[-1].end, max(last.end, sentence.end)):
        return None
    quoted = article.text[opened[0].start : opened[-1].end]
    if not quoted[:1].isupper() or title_case(quoted):
        return None
    toks = case_tokens(sentence, case)
    k = next(k for k, t in enumerate(toks) if t.text == ":")
    sender = sent_from(toks, k)
    if sender is None and len(quoted.split()) < SHORT_QUOTE and not any(
            t.text in _WORDS_NOUNS for t in toks[:k]):
        return None  # a short one only when called words: 'Ruiz had one word for it: "No."'
    phrase = sentence_subject(toks, k) if k and sender is None else sender
    if phrase is None or sender is None and (_topic_label(toks, phrase, k) or not speaker_like(
            article, toks[phrase[0] : phrase[1]])):
        return None
    return found_at(sentence, toks, ":", phrase, (opened[0].start - 1, max(last.end, sentence.end)),
                    False)


def _topic_label(toks: list[Token], phrase: tuple[int, int], colon: int) -> bool:
    """'On her opponent, Sen. Lucas Prentiss: "…"': a pool report's topic before the colon,
    'On' and a lower-case word ('On Tuesday' is a date), names whom the quotation is about."""
    return (len(toks) > 2 and toks[0].text == "On" and toks[1].text[:1].islower()
            and phrase[1] == colon and toks[phrase[0] - 1].text == ",")


def _reply_from(article: Article, sentence: Sentence, spans: Quotations,
                case: dict[str, str]) -> Found | None:
    """'"Absolutely not," came the reply from Ana Ruiz', '"We stay." That was the message
    from Ana Ruiz': the person whose reply the writer names said the quotation opening the
    sentence, or the one before it ('That was …') in its paragraph or the paragraph before."""
    match = _REPLY.search(sentence.text)
    if match is None or match.group("noun") not in word_set("reply_nouns.txt"):
        return None
    toks = case_tokens(sentence, case)
    k = next(k for k, t in enumerate(toks) if t.start >= sentence.start + match.end("noun"))
    phrase = subject_after(toks, k)  # the noun phrase after 'from' / 'of'
    if phrase is None or not sender_word(toks[phrase[1] - 1].text):
        return None
    opening = spans.starting_in(sentence.start, sentence.start + 3)
    if opening and opening[0].end < sentence.start + match.start("verb"):
        content = (sentence.start, opening[0].end + 1)
    elif match.group("back") and sentence.index:  # 'That was …': the quotation before
        before = sentence_before(article, sentence)  # furniture passed over
        if before is None or before.paragraph < story_paragraph(
                article, sentence.paragraph, -1) or not spans.starting_in(
                before.start, before.start + 3):
            return None
        content = (before.start, before.end)
    else:
        return None
    return found_at(sentence, toks, match.group("noun"), phrase, content, True)


def _worded(sentence: Sentence, spans: Quotations, case: dict[str, str]) -> Found | None:
    """'As Lind put it, "…"', 'Lind put it bluntly: "…"', 'in the words of Lind, "…"': how
    someone worded it, said of the quotation in the same sentence."""
    quoted = spans.overlapping(sentence.start, sentence.end)
    match = _WORDED.search(sentence.text) if quoted else None
    if match is None:
        return None
    toks = case_tokens(sentence, case)
    k = next(k for k, t in enumerate(toks) if t.start >= sentence.start + match.start())
    if match.group(1):  # "in the words of X", "… of the mayor": X follows
        phrase = subject_after(toks, k + 3)
    else:
        phrase = subject_before(toks, k)
    if phrase is None:
        return None
    content = (quoted[0].start - 1, quoted[-1].end + 1)
    return found_at(sentence, toks, toks[k].text, phrase, content, content[1] <= toks[k].start)


def speaker_like(article: Article, words: list[Token]) -> bool:
    """A pronoun, or a name the article writes again ('Partial transcript as follows:' no)."""
    head = words[-1].text
    if len(words) == 1 and head.lower() in pronouns():
        return True
    return is_name_word(head) and (len(words) > 1 or article.text.count(head) > 1)


def closes_speech(article: Article, start: int, end: int) -> bool:
    """'The board said on Monday: "no."', 'the port announced that it was "unsafe."': a
    quotation, however short, that ends its sentence after a speech verb of it is speech ('his
    mind: "the cup."', with no speech verb, stays a term)."""
    sentence = article.sentence_at(start)
    text = article.text
    if not _CLOSED.fullmatch(text, end, sentence.end) or not may_hold_speech_verb(
            text[sentence.start : start]):
        return False
    before = tokens(text[sentence.start : start])
    if title_case(text[start:end]) and not _speech_colon(before):
        return False
    framed = flagged("speech_verbs.txt", "framed")  # 'the sign read "closed."': no frame
    return any(speech_verb_at(before, k) and before[k].text not in framed
               for k in range(1, len(before)))


def _speech_colon(before: list[Token]) -> bool:
    """'… replied: "Is the Sea Wet?"': a speech verb and a colon introduce what was
    said, whatever its capitals."""
    words = [t.text for t in before if t.text not in OPENING_MARKS]
    return len(words) >= 2 and words[-1] == ":" and words[-2] in speech_verbs()


def stands_alone(article: Article, start: int, end: int) -> bool:
    """'Ruiz was firm. "Absolutely not."', '"Absolutely not," was the reply': a quotation,
    however short, that is a sentence of its own (a capital first and its own stop inside the
    marks) or opens one with its own comma, as speech does, is speech; a title in capitals
    ("'No Way Back Now.'") and a term quoted inside a sentence are not."""
    text = article.text
    if start < 1 or text[start - 1] not in OPENING_MARKS or not text[start : start + 1].isupper():
        return False
    paragraph = article.paragraphs[article.sentence_at(start).paragraph]
    near = max(paragraph.start, start - 1 - _LOOK_BACK)  # a look back, not the whole paragraph
    before = text[near : start - 1].rstrip(" \t" + "".join(CLOSING_MARKS))
    if before[-1:] not in (".", "!", "?", ":") and (before or near > paragraph.start):
        return False
    words = text[start:end]
    if title_case(words) and not _turn(text, paragraph.start, start - 1):
        return False
    if words.endswith((".", "!", "?")):
        return text[end : end + 1] in CLOSING_MARKS
    return text[end : end + 1] == "," and text[end + 1 : end + 2] in CLOSING_MARKS and len(
        words.split()) >= 2


def _turn(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, what opens a paragraph before its quotation, is a turn's
    label ('Q. "What about Ted Cruz?"', 'WALLACE: "Will You Accept It?"'): what follows is said."""
    return bool(_QA_TURN.fullmatch(text, start, end) or speaker_label(text, start, end + 1))
