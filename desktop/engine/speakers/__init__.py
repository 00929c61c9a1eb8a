"""Quotations and who said them: quoted and reported speech, resolved to speakers."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import NamedTuple

from desktop.engine.article import Article, Sentence
from desktop.engine.furniture import in_furniture
from desktop.engine.speakers.aliases import canonical_names, namesakes
from desktop.engine.speakers.attribution import sentence_attributions
from desktop.engine.speakers.conventions import closes_speech, conventions, stands_alone
from desktop.engine.speakers.datelines import past_dateline
from desktop.engine.speakers.described_bodies import described_bodies
from desktop.engine.speakers.follow_ons import follow_ons, uncovered
from desktop.engine.speakers.found import Found, overlaps, resumes, word_count
from desktop.engine.speakers.introduced import aged, introduced_role
from desktop.engine.speakers.leads import lead_subjects
from desktop.engine.speakers.led import led_speakers
from desktop.engine.speakers.lexicon import courtesy_titles, speech_verbs, title_genders
from desktop.engine.speakers.mentions import name_case
from desktop.engine.speakers.noun_cues import may_hold_speech_noun, noun_attributions
from desktop.engine.speakers.once import claimed, outermost, told_once
from desktop.engine.speakers.organisations import its_body
from desktop.engine.speakers.quote_extent import (
    from_last_sentence,
    quotation_alone,
    through_quotation,
)
from desktop.engine.speakers.quoted_namesakes import QuotedNamesakes
from desktop.engine.speakers.quoted_words import quoted_words
from desktop.engine.speakers.quotes import (
    Quotations,
    quotations,
    quote_bounds,
    so_called,
    title_case,
)
from desktop.engine.speakers.resolve import UNATTRIBUTED, Resolver
from desktop.engine.speakers.transcripts import transcript_lines

ENGLISH_ONLY = "Speakers are found in English articles only."
_DIRECT_SHARE = 0.6  # a quotation covering this share of the content is the quote itself, if
_WORD_SHARE = 0.5  # it also holds this share of its words ('she was "disappointed."': no)
SPEECH_WORDS = 3  # fewer words between quotation marks are a term or a title, not speech
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Quote:
    """What was said: `text == article.text[start:end]`; `mention` is the speaker as written.

    `direct` is True for words inside quotation marks, False for reported speech. `cue` is the
    speech verb ('' for a quote that continues the previous one); `sentence` the index of the
    sentence holding the attribution; `speaker_start`/`speaker_end` span the mention.
    """

    text: str
    start: int
    end: int
    mention: str
    cue: str
    direct: bool
    sentence: int = -1
    speaker_start: int = -1
    speaker_end: int = -1
    omitted: tuple[int, int] | None = None  # the attribution inside reported speech

    @property
    def shown(self) -> str:
        """As a reader sees it: in quotation marks when direct, marked as reported otherwise;
        an attribution inside reported speech shown as '…' ('The plan … is dead.')."""
        text = self.text
        if self.omitted:
            left, right = self.omitted[0] - self.start, self.omitted[1] - self.start
            text = f"{text[:left].rstrip()} … {text[right:].lstrip()}"
        return f"“{text}”" if self.direct else f"{text} (reported)"


@dataclass(frozen=True)
class Speaker:
    """A person or body with the quotes attributed to them; `role` as the article gives it.

    `kind` is 'person', 'organisation' or 'unnamed' ('a wife', 'officials': `named` is False),
    or 'unattributed' for the one group of quotations whose speaker the article does not tell.
    """

    name: str
    role: str | None
    quotes: tuple[Quote, ...]
    named: bool = True
    kind: str = "person"


class _Attributed(NamedTuple):  # one per quote: a named tuple is made four times faster
    quote: Quote
    name: str
    role: str | None
    kind: str
    own: bool = True  # the attribution's content holds it (see once.claimed)


def unsupported(article: Article) -> str | None:
    """Why speakers cannot be found in `article`, as a sentence for the reader; None if they can."""
    return None if article.language == "english" else ENGLISH_ONLY


def find_speakers(article: Article) -> tuple[Speaker, ...]:
    """Speakers of `article`, most quoted first, each with quotes in article order, then the
    quotations nobody could be told to have said; none when `unsupported(article)` says why."""
    if unsupported(article):
        return ()
    with _collection_paused():
        return _speakers(article)


@contextmanager
def _collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while speakers are found: the work makes millions of small
    objects and frees almost all of them by reference counting, yet each sweep of the oldest
    generation walks every object of the process (a tenth of the time on a long article)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _speakers(article: Article) -> tuple[Speaker, ...]:
    spans = quotations(article)
    found: list[Found] = []
    case = name_case(article)
    nouns = may_hold_speech_noun(article.text)
    for sentence in _attribution_sentences(article):
        verbs = sentence_attributions(article, sentence, spans, case)
        found += verbs + (noun_attributions(sentence, spans, case, verbs) if nouns else [])
    found += conventions(article, spans, case, {f.sentence for f in found})
    found += transcript_lines(article)  # after the others: the label speaks the whole line
    found += follow_ons(article, found, spans)
    found += quoted_words(article, spans, case, found)
    leads = lead_subjects(article, spans, case, found)
    found += leads + uncovered(follow_ons(article, leads, spans), found)
    found = led_speakers(article, spans, case, found)  # 'Kirby was careful. "…," he said'
    # 'WATCH: "We will fix it," Ford says' is a link to another story, no speech of this one
    found = sorted((its_body(article, f) for f in found if not in_furniture(article, f.start)),
                   key=lambda f: f.start)  # 'Its chair, Keith Day,': chair of the body named
    resolver = Resolver(article, spans)
    attributed = []
    for f in found:
        quotes = _quotes(article, f, spans)
        for who in resolver.resolve(f) if quotes else ():
            attributed += [_Attributed(quote, *who, f.start <= quote.start <= quote.end
                                       <= f.end + 1) for quote in quotes]
    attributed = told_once(outermost(claimed(attributed)), UNATTRIBUTED)
    listed = [a.quote for a in attributed]
    attributed += [_Attributed(q, UNATTRIBUTED, None, "unattributed")
                   for q in _unattributed(article, spans, listed)]
    return _group(attributed, article, lambda name, kind: resolver.role_of(name) or (
        introduced_role(article, name) if kind == "person" else None))


def _unattributed(article: Article, spans: Quotations, listed: list[Quote]) -> tuple[Quote, ...]:
    """Quotations that read as speech and that no attributed quote covers."""
    covered = sorted((q.start, q.end) for q in listed)
    out = []
    for group in spans.groups.values():
        if any(overlaps(covered, s.start, s.end) for s in group) or in_furniture(
                article, group[0].start):
            continue
        for span in group:
            start, end = quote_bounds(article.text, span.start, span.end)
            text = article.text[start:end]
            if (_reads_as_speech(text) or closes_speech(article, start, end) or stands_alone(
                    article, start, end)) and not so_called(article.text, start):
                out.append(Quote(text, start, end, "", "", True))
    return tuple(sorted(out, key=lambda q: q.start))


def _reads_as_speech(text: str) -> bool:
    """Enough words, and not a title written in capitals ('The Art of the Deal')."""
    return len(_WORD.findall(text)) >= SPEECH_WORDS and not title_case(text)


def _attribution_sentences(article: Article) -> list[Sentence]:
    """The sentences, with a 'said …' that the splitter cut off after an abbreviation ('Sen.
    Ann Lee (D-Mo.)' | 'said.') joined back to the sentence before it."""
    out: list[Sentence] = []
    for sentence in article.sentences:
        first = sentence.text.split(maxsplit=1)[0] if sentence.text.strip() else ""
        if out and out[-1].paragraph == sentence.paragraph and first.islower() and (
                first.rstrip(".,") in speech_verbs()):
            last = out[-1]
            out[-1] = replace(last, end=sentence.end,
                              text=article.text[last.start : sentence.end])
        else:
            out.append(sentence)
    return out


def _quotes(article: Article, f: Found, spans: Quotations) -> list[Quote]:
    """The quotes of one attribution: its quotation pieces, else the reported content."""
    f = from_last_sentence(article.text, f, spans)
    inner = spans.overlapping(f.start, f.end)
    covered = sum(min(s.end, f.end) - max(s.start, f.start) for s in inner)
    words = sum(word_count(article.text, max(s.start, f.start), min(s.end, f.end)) for s in inner)
    pieces = [(f.start, through_quotation(f, inner), f.cue == ":")]  # a turn is verbatim
    # a quotation named by 'called' is what was said, and a sentence that goes on with the
    # quotation before it (no cue) is its quoted words: what follows them ('"…," said the
    # champion.', '"…," on Monday the board ruled …') is the writer's
    if inner and (covered >= _DIRECT_SHARE * (f.end - f.start - 2) and words >= _WORD_SHARE * (
            word_count(article.text, f.start, f.end)) or speech_verbs().get(f.cue) or not f.cue):
        sentence = article.sentences[f.sentence]
        group = {s.group for s in inner}
        near = spans.overlapping(sentence.start, sentence.end)
        chosen = {s for g in group for s in spans.groups[g]}
        chosen |= {s for s in near if s.end <= f.mention.start + 2 or s.start >= f.mention.end
                   and not title_case(article.text[s.start : s.end])}  # 'on "Morning Harbour"'
        pieces = [(s.start, s.end, True) for s in sorted(chosen, key=lambda s: s.start)]
    elif inner and quotation_alone(article.text, f, inner):
        # only that quotation: the writer's words after it may quote others ('… as the crowd
        # chanted "Fix it now!"')
        pieces = [(s.start, s.end, True) for s in spans.groups[inner[0].group]]
    out = []
    for first, last, direct in pieces:
        start, end = quote_bounds(article.text, first if direct else past_dateline(
            article, first), last)
        # '"No," Ruiz said.', 'called him a "bully"', 'said "yes," and …': one word is enough
        # for a quotation the attribution follows or points at
        exact = direct and first - 1 == f.start and 0 < f.end - last <= 2 or (start, end) == (
            f.start, f.end)  # the marks, and a comma the span leaves out
        least = 1 if direct and (f.content_first and end <= f.mention.start or exact
                                 or speech_verbs().get(f.cue) or resumes(article.text, f, start)
                                 ) else 2
        if end - start > 1 and len(article.text[start:end].split()) >= least and not (
                exact and so_called(article.text, start)):  # 'promised so-called "…"
            omitted = f.omitted if f.omitted and start < f.omitted[0] < f.omitted[1] < end else None
            out.append(Quote(article.text[start:end], start, end, f.mention.text, f.cue, direct,
                             f.sentence, f.mention.start, f.mention.end, omitted))
    return out


def _group(attributed: list[_Attributed], article: Article,
           role_of: Callable[[str, str], str | None]) -> tuple[Speaker, ...]:
    """Merge aliases ('Xi' into 'Xi Jinping') and order speakers by number of quotes; a speaker
    with no role where quoted takes `role_of(name, kind)`: a title the article gave them
    ('President Tom Lee'), else a person's role where the article introduced them."""
    named = [a.name for a in attributed if a.kind not in ("unnamed", "unattributed")]
    titled: dict[str, list[str]] = {}  # "Mr. Obama": not Michelle Obama
    for a in attributed:
        sex = _sex_told(a.quote.mention, titles_only=True)
        if sex and sex not in titled.setdefault(a.name, [sex]):
            titled[a.name].append(sex)
    canonical = canonical_names(named, article, genders := {n: s[0] for n, s in titled.items()})
    # 'Ms. Tran' and 'Mr. Tran': two people, each the full name of their sex
    two = namesakes({n: s for n, s in titled.items() if len(s) > 1}, named, article)
    quoted = QuotedNamesakes(article, set(named))  # 'Ms. Whitford': the one quoted in full
    quotes: dict[str, list[Quote]] = {}
    spans: set[tuple[str, int, int]] = set()  # (speaker, start, end) of each quote kept
    roles: dict[str, str | None] = {}
    kinds: dict[str, str] = {}
    for a in attributed:
        key = two.get((a.name, _sex_told(a.quote.mention))) or " " not in a.name and quoted.of(
            a.name, a.quote.speaker_start, genders.get(a.name)) or canonical.get(a.name, a.name)
        seen = quotes.setdefault(key, [])
        if (key, a.quote.start, a.quote.end) in spans:
            continue
        spans.add((key, a.quote.start, a.quote.end))
        seen.append(a.quote)
        inside = a.role and key != a.name and set(a.role.split()) <= set(key.split())
        roles[key] = roles.get(key) or (None if inside else a.role)  # 'Many' of 'Many Guns'
        kinds.setdefault(key, a.kind)
    kinds = described_bodies(article, kinds)  # 'WestJet said … The airline has cut …'
    speakers = [Speaker(n, aged(roles[n], n, kinds[n], role_of) or role_of(n, kinds[n]),
                        tuple(sorted(q, key=lambda x: x.start)),
                        kinds[n] not in ("unnamed", "unattributed"), kinds[n])
                for n, q in quotes.items()]
    # the unattributed quotes come last, whatever their number
    return tuple(sorted(speakers, key=lambda s: (s.kind == "unattributed", -len(s.quotes),
                                                 s.quotes[0].start)))


def _sex_told(mention: str, titles_only: bool = False) -> str | None:
    """The sex a courtesy title ('Mr. Tran') or, unless `titles_only`, 'he'/'she' tells, or None."""
    first = (mention.split() or [""])[0].rstrip(".")
    if first in courtesy_titles():
        return title_genders()[first]
    return None if titles_only else {"he": "male", "she": "female"}.get(first.lower())
