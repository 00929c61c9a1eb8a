"""What was said: the span of content after a speech verb ('said (that) ...', 'told X that')."""

from __future__ import annotations

from desktop.engine.article import Sentence
from desktop.engine.speakers.adverbials import early_subject, past_adverbials, past_medium
from desktop.engine.speakers.after_verb import subject_after
from desktop.engine.speakers.complements import (
    MIN_WORDS,
    asked_for,
    complement_start,
    enough_words,
    finite_verbs,
    noun_object,
    verb_after_noun,
)
from desktop.engine.speakers.dates import date_phrase
from desktop.engine.speakers.ends import (
    OPEN,
    clipped_end,
    subject_aside,
)
from desktop.engine.speakers.joints import quoted_to
from desktop.engine.speakers.lexicon import (
    flagged,
    hearer_verbs,
    number_word,
    particles,
    speaker_nouns,
    time_word,
    word_set,
)
from desktop.engine.speakers.noun_phrases import Token, is_name_word
from desktop.engine.speakers.told import pronoun_after_hearer
from desktop.engine.speakers.verb_asides import (
    comma_aside_end,
    fronted_clause,
    participle_aside,
)

GERUND_REACH = 8  # longest gerund subject before its verb, in tokens ('having the ferry run …')
_SENTENCE_CLOSE = {".", "!", "?", "…", '"', "”", "’", "'", ")"}
CLAUSE_BREAK = {",", "”", '"', "?", "!", "—", "–", "’", ":", ";", "»", "“", "'"}
_COORDINATORS = {"and", "or", "but", "nor"}  # a second verb follows, not what was said


def content_after(toks: list[Token], i: int, sentence: Sentence) -> tuple[int, int] | None:
    """What follows the verb: 'said (that|:) CONTENT', 'told CNN that CONTENT', 'said CONTENT'."""
    c = i + 1 + quoted_to(toks, i)  # 'vowed to "fight for every vote"': the quotation
    demand = complement_start(toks, i)  # "called for new tariffs", "called it a farce"
    if demand is not None:
        return toks[demand].start, clipped_end(toks, demand, sentence.end)
    if ordered(toks, i) or asked_for(toks, i):
        return None
    if (c := _past_listener(toks, i, c)) is None:
        return None  # 'told CTV News, standing behind a counter lined with …': no content
    if c < len(toks) and toks[c].text in particles().get(toks[i].text, ()):
        c += 1  # 'pointed out that …', 'shot back that …', 'posted to Instagram that'
    c = _past_times(toks, c)
    medium = past_medium(toks, c)  # 'responded on Twitter within minutes': no content
    if medium > c and not _opens(toks, c := past_adverbials(toks, medium)):
        return None
    c = _past_adverbs(toks, c)
    aside = comma_aside_end(toks, c)  # 'said, however, that …'
    if aside > c and (_opens(toks, aside) or clause_opens(toks, aside)):
        c = aside
    if fronted_clause(toks, c, lambda k: clause_opens(toks, k)):
        return toks[c].start, clipped_end(toks, c, sentence.end)  # 'says while X is …, it'
    if c < len(toks) and toks[c].text.lower() in word_set("content_openers.txt") and not (
            counted(toks, c) or early_subject(toks, c)):
        c = _after_marker(toks, c)
    if comma_quote(toks, c):
        c += 1
    elif c < len(toks) and toks[c].text in ("that", ":") and not _that_subject(toks, c):
        c += 1
    elif noun_object(toks, i, c):  # 'had added 600 new positions': no speech
        return None
    elif c < len(toks) and (toks[c].text in CLAUSE_BREAK and not _opens_quote(toks, c)
                            or toks[c].text in _COORDINATORS  # 'acknowledged and discussed'
                            or toks[c].text.endswith("ing") and not _noun_subject(toks, c)):
        return None
    return _content_from(toks, c, sentence)


def _content_from(toks: list[Token], c: int, sentence: Sentence) -> tuple[int, int] | None:
    """The content opening at token `c`, to where it ends; None when too short or a time."""
    # a quotation opening the content may be short, or cut by the splitter ('said: "No.')
    least = 1 if c < len(toks) and toks[c].text in OPEN else MIN_WORDS
    if c >= len(toks) or not enough_words(toks, c, least) or [
            t.text for t in toks[c : c + 2]] == ["not", "to"]:  # "asked not to be named"
        return None
    end = clipped_end(toks, c, sentence.end)
    if end - toks[c].start < _DATE_CHARS and date_phrase([
            t.text for t in toks[c:] if t.end <= end and t.text[:1].isalnum()]):
        return None  # 'the rate scientists predicted a decade ago': when, not what
    return toks[c].start, end


_DATE_CHARS = 40  # longest time phrase read as all a content holds ('earlier this month')


def _that_subject(toks: list[Token], c: int) -> bool:
    """'said that could help families': a finite verb or modal right after 'that' has no
    other subject, so 'that' is a pronoun opening the content, not its complementiser; before
    a period's noun ('said that week the ferry was late') it is the noun's determiner."""
    return toks[c].text == "that" and c + 1 < len(toks) and (toks[c + 1].text.lower() in (
        finite_verbs()) or toks[c + 1].text in word_set("period_nouns.txt"))


def counted(toks: list[Token], c: int) -> bool:
    """'said at least eight homes were …', 'said about 300 people …', 'says up to 40 …': a
    number's 'at least', 'at most', 'about' or 'up to' opens the content, no adverbial ('said
    at least once that …', 'said about the plan' no)."""
    words = [t.text.lower() for t in toks[c : c + 2]]
    k = c + 2 if words in (["at", "least"], ["at", "most"], ["up", "to"]) else (
        c + 1 if words[:1] == ["about"] else None)
    return k is not None and k < len(toks) and (toks[k].text[:1].isdigit() or bool(
        number_word().match(toks[k].text.title())))


def comma_quote(toks: list[Token], c: int) -> bool:
    """A comma and an opening quotation mark at `c`: 'said, "We will …"'."""
    return c + 1 < len(toks) and toks[c].text == "," and toks[c + 1].text in OPEN


def _past_adverbs(toks: list[Token], c: int) -> int:
    """'said repeatedly that', 'said again on Monday that', 'said bluntly: "…"': past the
    adverbs (and time words) after the verb, when the content opens right after them."""
    k = past_adverbials(toks, c)
    if k == c or k >= len(toks):
        return c
    word = toks[k].text
    if word == "that" and k + 1 < len(toks) and toks[k + 1].text in word_set("period_nouns.txt"):
        # 'said later that week …': 'that week' is a time; when it ends the sentence ('"…!"
        # Trump tweeted later that night.') nothing is said after the verb
        end = past_adverbials(toks, k + 2)
        return end if all(t.text in _SENTENCE_CLOSE for t in toks[end:]) else c
    return k if _opens(toks, k) or all(t.text in _SENTENCE_CLOSE for t in toks[k:]) else c


def _opens(toks: list[Token], k: int) -> bool:
    """Whether reported content opens at `k`: 'that', a colon, a quotation, a clause."""
    if k >= len(toks):
        return False
    word = toks[k].text
    return word in ("that", ":") or _opens_quote(toks, k) or _clause_start(toks, k) or (
        word == "," and k + 1 < len(toks) and _opens_quote(toks, k + 1))


def enclosed_aside(toks: list[Token], i: int, b: int) -> bool:
    """'The plan, according to X, will fail': the phrase from `i` to `b` stands between commas
    inside the sentence, with the words it interrupts going on after it."""
    return i > 1 and toks[i - 1].text == "," and b < len(toks) and toks[b].text == "," and (
        enough_words(toks, b + 1))


def _noun_subject(toks: list[Token], c: int) -> bool:
    """'acknowledged funding was short', 'said keeping the ferry running is her priority': a
    word in -ing opening the subject of the clause said, its verb within a few words and no
    punctuation between (not 'recalled seeing him', 'said nothing')."""
    for tok in toks[c + 1 : c + GERUND_REACH]:
        if tok.text.lower() in flagged("clause_verbs.txt"):
            return True
        if not tok.text[:1].isalnum():
            return False
    return False


def _opens_quote(toks: list[Token], c: int) -> bool:
    """'said "budget reforms" and …': a quotation mark opening the content."""
    return toks[c].text in OPEN and c + 1 < len(toks) and toks[c + 1].text[:1].isalnum()


def clause_opens(toks: list[Token], c: int) -> bool:
    """A clause with no 'that' opens at `c`: 'she would', 'the dogs were', 'the fire started'."""
    return _clause_start(toks, c) or _bare_clause(toks, c) == c


def _clause_start(toks: list[Token], c: int) -> bool:
    """'told donors he would …': a subject pronoun opens the content without 'that'; so does
    an indefinite one before an auxiliary ('told CBC News nobody was hurt', 'no one will')."""
    word = toks[c].text.lower()
    k = c + 1 if word == "no" and c + 1 < len(toks) and toks[c + 1].text == "one" else c
    if k > c or word in word_set("indefinite_pronouns.txt"):
        return k + 1 < len(toks) and toks[k + 1].text.lower() in flagged("clause_verbs.txt")
    return word in word_set("subject_pronouns.txt") and enough_words(toks, c)


def skip_hearer(toks: list[Token], c: int) -> int:
    """Past who was told: 'reporters', 'CNN', 'a crowd of supporters'."""
    if c < len(toks) and toks[c].text.lower() in word_set("hearer_words.txt"):
        return c + 1
    if c + 1 < len(toks) and toks[c].text.isalpha() and toks[c].text.islower() and toks[
            c + 1].text.lower() in word_set("subject_pronouns.txt"):
        return c + 1  # "told donors he would"
    phrase = subject_after(toks, c - 1)
    if not phrase:
        return pronoun_after_hearer(toks, c)  # 'told the inquiry he had …'
    for k in range(c + 1, phrase[1]):  # "told CBC News the city would": a name ends the hearer,
        before = toks[k - 1].text  # so does a noun ('told the court the Crown would'; 'of the' no)
        if toks[k].text in word_set("determiners.txt") and before.isalpha() and (
                before[:1].isupper() or before not in word_set("function_words.txt")):
            return k
    return phrase[1]


def _past_listener(toks: list[Token], i: int, c: int) -> int | None:
    """Past who was told from token `c` ('told CNN that …'; 'warned residents that …' when
    'that' follows people, not a thing: 'warned the changes that were made …'); None when a
    participle aside follows them, no content."""
    if toks[i].text.lower() in flagged("speech_verbs.txt", "listener"):
        k = skip_hearer(toks, c)
        last = toks[k - 1].text if k > c else ""
        return k if k <= c + 4 and k < len(toks) and toks[k].text == "that" and (
            last.lower() in word_set("hearer_words.txt") | speaker_nouns() or is_name_word(
                last)) else c
    if toks[i].text.lower() not in hearer_verbs():
        return c
    if participle_aside(toks, c := skip_hearer(toks, c)):
        return None
    if c < len(toks) and toks[c].text not in ("that", ":") and not _clause_start(toks, c) and (
            not comma_quote(toks, c) and not counted(toks, c)):  # 'told reporters, "…"'
        c = _bare_clause(toks, c, present=True) or _after_marker(toks, c)
    return c


def _past_times(toks: list[Token], c: int) -> int:
    """Past a time and 'on' from token `c` ('said Monday the ferry …', 'said on Monday'), not a
    time that is the subject of what was said ('said Sunday is the busiest day')."""
    while c < len(toks) and (time_word().match(toks[c].text) and not (
            c + 1 < len(toks) and toks[c + 1].text in finite_verbs()) or toks[c].text == "on"):
        c += 1
    return c


def _bare_clause(toks: list[Token], c: int, present: bool = False) -> int | None:
    """'told CBC News the bridge would open': a determiner opening a clause whose auxiliary
    follows within a few words, with no 'that' ('on Monday' may stand before it); the last
    determiner before it when who listened is a phrase of its own ('told a news conference
    the bridge would open')."""
    c = _past_times(toks, c)
    if 0 < c < len(toks) - 1 and toks[c].text.isalpha() and toks[c].text.islower() and (
            toks[c].text not in word_set("function_words.txt")) and toks[c + 1].text in flagged(
            "clause_verbs.txt") and _hearer_word(toks[c - 1].text):
        return c  # a bare noun, its auxiliary: 'told CBC News prices are' ('the vote was' no)
    if c >= len(toks) or toks[c].text.lower() not in word_set("determiners.txt") | word_set(
            "plural_quantifiers.txt") and not toks[c].text[:1].isdigit():
        return None  # 'the bridge', 'some residents', '11 homes' open the clause
    counted = toks[c].text.lower() not in word_set("determiners.txt")  # its noun next
    for k in range(c + 1 + counted, min(len(toks), c + 6)):
        word = toks[k].text.lower()
        if counted and word == "that":
            return None  # 'told reporters several times that …': a time, then the clause
        if word in flagged("clause_verbs.txt") or verb_after_noun(toks, k, present) or (
                word == "," and subject_aside(toks, c, k) > k):  # 'the roof, which …, will'
            return c  # `present` after who was told: 'told reporters the city needs …'
        if not word[:1].isalnum():
            return None
        if word in word_set("determiners.txt"):
            c = k
    return None


def _hearer_word(word: str) -> bool:
    """'CBC', 'reporters': a word that can end who was told ('surface' in 'told CBC News, US
    surface ozone has dropped' cannot, nor 'the')."""
    return word[:1].isupper() or word.lower() in word_set("hearer_words.txt")


def ordered(toks: list[Token], i: int) -> bool:
    """Whether the hearer verb at `i` gives an order: who was told (a word, a name or a noun
    after a determiner), perhaps 'not' or 'never', then 'to' ('told reporters to wait', 'told
    his staff never to speak of it when they asked'): no content, after it or before it."""
    if toks[i].text.lower() not in hearer_verbs():
        return False
    k = i + 2
    if k < len(toks) and toks[k - 1].text.lower() in word_set("determiners.txt") or (
            is_name_word(toks[k - 1].text) and k < len(toks) and is_name_word(toks[k].text)):
        k += 1  # 'told his staff', 'told Ana Ruiz'
    if k < len(toks) and toks[k].text in ("not", "never"):
        k += 1
    return k < len(toks) and toks[k].text == "to"


def _after_marker(toks: list[Token], c: int) -> int:
    """Past an adverbial ('in a statement') to the 'that' or ':' opening the content, or to
    the subject pronoun opening it ('said after the convention he would …'; not 'said as
    she left', where the word before the pronoun joins a clause), or to a determiner opening
    a clause after the adverbial's noun ('said in an email the ferry would …')."""
    for k in range(c, min(len(toks), c + 15)):
        if toks[k].text in ("that", ":"):
            return k
        if toks[k].text in (".", ";"):
            break
        if k > c + 1 and toks[k - 1].text[:1].isalnum() and (_clause_start(toks, k) or (
                toks[k - 1].text.lower() not in word_set("content_openers.txt")
                and _bare_clause(toks, k) == k)):
            return k
    return len(toks)
