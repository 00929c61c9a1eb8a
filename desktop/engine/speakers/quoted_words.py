"""A quotation after a speech verb whose subject was not read ('Cruz called him a "bully"',
'Ruiz sang before asking, "…"'): said by the subject of its sentence."""

from __future__ import annotations

from desktop.engine.article import Article, Sentence
from desktop.engine.speakers.conventions import (
    OPENING_MARKS,
    SHORT_QUOTE,
    case_tokens,
    speaker_like,
)
from desktop.engine.speakers.cues import cue_allowed
from desktop.engine.speakers.found import CLOSING_MARKS, Found, found_at, overlaps
from desktop.engine.speakers.lexicon import (
    flagged,
    may_hold_speech_verb,
    particles,
    speech_verb_at,
    word_set,
)
from desktop.engine.speakers.noun_phrases import (
    Token,
    capital_article,
    skip_between,
    subject_before,
)
from desktop.engine.speakers.quotes import Quotations, title_case
from desktop.engine.speakers.subjects import sentence_subject

_ARTICLES = ("a", "an", "the")


def quoted_words(article: Article, spans: Quotations, case: dict[str, str],
                 found: list[Found]) -> list[Found]:
    """'Cruz called Trump a "bully"', 'Ruiz sang before asking, "…"': a quotation that no
    attribution covers, after a speech verb of its sentence, is said by the sentence's subject
    (a few quoted words in a sentence without speech stay scare quotes)."""
    covered = sorted((f.start, f.end) for f in found)
    out, read = [], {}
    for span in spans.spans:
        text = article.text[span.start : span.end]
        if not text.split() or title_case(text) or overlaps(covered, span.start, span.end):
            continue  # "Keepin' It Real": a title
        sentence = article.sentence_at(span.start)
        if sentence.index not in read:  # a sentence of many quotations is read once
            read[sentence.index] = _verb_tokens(sentence, case)
        toks, verbs = read[sentence.index]
        cue = next((k for k in reversed(verbs) if toks[k].end <= span.start
                    and cue_allowed(toks, k, spans, sentence.end)),
                   None)  # the nearest before the quotation, and the subject right before it
        phrase = (subject_before(toks, cue) or _subject(toks, cue, spans)) if cue else None
        if phrase is None and len(text.split()) < SHORT_QUOTE:
            cue = next((k for k in verbs if toks[k].end <= span.start and not _passive(toks, k)
                        and _plain_or_allowed(toks, k, spans, sentence.end)), None)
            phrase = sentence_subject(toks, cue) if cue else None  # 'Bell responded to the
            # claim that it made him "smart"': a word or two quoted in what the subject said
        if phrase is not None and _modifies_noun(toks, phrase, cue):
            phrase = (phrase[0] - (phrase[0] > 0 and toks[phrase[0] - 1].text.lower() in
                                   _ARTICLES), phrase[1] + 1)  # the whole noun phrase
        elif phrase is None or not speaker_like(article, toks[phrase[0] : phrase[1]]):
            continue
        out.append(found_at(sentence, toks, toks[cue].text, phrase, (span.start, span.end),
                            False))
    return out


def _modifies_noun(toks: list[Token], phrase: tuple[int, int], cue: int) -> bool:
    """'A Regina plumber called it "…"', 'The Winnipeg-based miller said …': capitalised words
    after an article that modify the lower-case noun right before the verb, no name."""
    a, b = phrase
    opened = capital_article(toks[a].text) or a > 0 and toks[a - 1].text.lower() in _ARTICLES
    word = toks[b].text if b < cue else ""
    return opened and toks[b - 1].text[:1].isupper() and word.isalpha() and word.islower() and (
        not word.endswith("ly")) and skip_between(toks, cue) == b  # 'The email playfully …'


def _passive(toks: list[Token], k: int) -> bool:
    """'Bell was accused of "…"', 'has been called "a liar"': a form after 'be' reports what
    was said of the subject, not by it."""
    return toks[k - 1].text.lower() in word_set("be_forms.txt") and not toks[k].text.endswith(
        "ing")


def _plain_or_allowed(toks: list[Token], k: int, spans: Quotations, end: int) -> bool:
    """A 'quoted' form ('branded'), one needing its particle ('made clear') or one that is
    speech only in a quotation's frame ('sighed', 'read') only where it reports speech (not
    'branded "eccentric" by fans', 'failing to make clear', 'the sign read "closed"')."""
    word = toks[k].text.lower()
    return word not in flagged("speech_verbs.txt", "quoted") | flagged(
        "speech_verbs.txt", "framed") | particles().keys() or cue_allowed(toks, k, spans, end)


def _verb_tokens(sentence: Sentence, case: dict[str, str]) -> tuple[list[Token], list[int]]:
    """The tokens of `sentence` and the indexes of its speech verbs after the first word (no
    tokens when it holds no speech verb: nothing is read in it then)."""
    if not may_hold_speech_verb(sentence.text):
        return [], []
    toks = case_tokens(sentence, case)
    return toks, [k for k in range(1, len(toks)) if speech_verb_at(toks, k)]




def _subject(toks: list[Token], cue: int, spans: Quotations) -> tuple[int, int] | None:
    """The subject of the sentence, or of its clause after an opening quotation ('"…," Blige
    sings before asking her, "…"')."""
    phrase = sentence_subject(toks, cue)
    first = spans.containing(toks[0].end) if toks[0].text in OPENING_MARKS else None
    if phrase is not None or first is None:
        return phrase
    j = next((k for k, t in enumerate(toks) if t.start > first.end
              and t.text not in CLOSING_MARKS and t.text != ","), cue)
    if j >= cue:
        return None
    rest = sentence_subject(toks[j:], cue - j)
    return (rest[0] + j, rest[1] + j) if rest else None

