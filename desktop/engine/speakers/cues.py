"""Whether a speech verb form reports speech: not passive, not a noun, not speech to come or
speech caused ('was told', 'the reports said', 'would ask', 'made Bell testify')."""

from __future__ import annotations

from desktop.engine.speakers.complements import complement_start
from desktop.engine.speakers.joints import quoted_to
from desktop.engine.speakers.lexicon import (
    base_forms,
    flagged,
    non_name_words,
    noun_verbs,
    particles,
    pronouns,
    speaker_nouns,
    speech_verbs,
    that_verbs,
    titles,
    word_set,
)
from desktop.engine.speakers.linking import took_to, went_on_to
from desktop.engine.speakers.noun_phrases import Token, is_name_word
from desktop.engine.speakers.quotes import Quotations
from desktop.engine.speakers.reported import CLAUSE_BREAK, counted
from desktop.engine.speakers.verb_follows import (
    has_particle,
    that_follows,
    to_hearer,
    writes_a_work,
)


def cue_allowed(toks: list[Token], i: int, spans: Quotations, end: int) -> bool:
    """Whether the speech verb at `i` reports speech: not passive, not after 'to' or a modal,
    not a noun ('the state'); a 'called'-like verb only with a quotation after it, or one just
    before its subject ('"…!" the crowd chanted')."""
    word = toks[i].text
    prev = toks[i - 1].text.lower() if i else ""
    nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    if word.lower() == "according":
        return True
    if prev == "to" and not went_on_to(toks, i - 1) and took_to(toks, i - 1) is None or (
            prev in word_set("be_forms.txt") and not word.endswith("ing")):
        return False  # "to declare", "was told", "is said to": not a report of speech
    if prev in flagged("clause_verbs.txt", "modal") and not (i > 1 and toks[i - 1].text.istitle()):
        return False  # "he would ask staff for a report": speech to come, not speech reported
    if word in flagged("speech_verbs.txt", "framed"):  # '"…?" Ruiz wondered', not 'wondered if'
        return _framed_by_quotation(toks, i, spans) or _quotation_opens(toks, i, spans)
    if complement_start(toks, i) is not None:  # "called for new tariffs", "called it a farce"
        return prev not in word_set("determiners.txt")
    if word.lower() in flagged("speech_verbs.txt", "quoted"):
        return False  # 'dismissed the staff', 'dismissed the case, calling it "…"': no speech
    if word in that_verbs():  # "revealed that …", "pointed out that …", '"…," Ruiz conceded'
        return prev not in word_set("determiners.txt") and (that_follows(toks, i, spans) or (
            (word not in particles() or has_particle(toks, i)) and quoted_before(toks, i, spans))
            or word not in particles() and inverted(toks, i, spans))
    if nxt in word_set("not_speech_after.txt") and not (
            to_hearer(toks, i) or quoted_to(toks, i) or quoted_before(toks, i, spans)
            or counted(toks, i + 1)) or prev in word_set("determiners.txt"):  # 'said about 60 …'
        return False  # not '"…," Judge Ruiz wrote for the majority': the quotation is its content
    if _plea(toks, i) or _heard_in_court(toks, i) or _unnamed_asked(toks, i) or (
            f"{word.lower()} {nxt}" in word_set("other_senses.txt")) or _gave_thing(toks, i) or (
            writes_a_work(toks, i)):
        return False  # "pleaded guilty", "Court heard she wrote …", "wrote his first paper"
    if i > 1 and toks[i - 2].text.lower() in word_set("causative_verbs.txt") and (
            is_name_word(toks[i - 1].text) or prev in ("him", "her", "them")) and (
            word in base_forms()):
        return False  # "to make Bell testify", "let him explain": caused, not reported
    if word in noun_verbs() and _a_noun(toks, i, prev, nxt):
        return False
    if speech_verbs().get(word):
        return bool(spans.starting_in(toks[i].end, end)) or _framed_by_quotation(toks, i, spans)
    return True


def _framed_by_quotation(toks: list[Token], i: int, spans: Quotations) -> bool:
    """A quotation closes just before the verb's subject ('"Lock her up!" the crowd chanted')
    or just before the verb, its subject after it ('"Lock him up!" chanted the crowd')."""
    return quoted_before(toks, i, spans) or inverted(toks, i, spans)


def _quotation_opens(toks: list[Token], i: int, spans: Quotations) -> bool:
    """'Ruiz sighed: "…"', 'she wondered aloud, "…"': a colon or comma after the verb at `i` (and
    'aloud'), then a quotation opening."""
    c = i + 2 if toks[i + 1 : i + 2] and toks[i + 1].text == "aloud" else i + 1
    return c < len(toks) and toks[c].text in (":", ",") and bool(
        spans.starting_in(toks[c].end, toks[c].end + 2))


def _a_noun(toks: list[Token], i: int, prev: str, nxt: str) -> bool:
    """Whether the form at `i`, which is also a noun ('states', 'claims'), is the noun here;
    `prev` and `nxt` are the words beside it in lower case."""
    if prev not in pronouns() and (nxt in flagged("clause_verbs.txt") or nxt in speech_verbs() or (
            nxt in word_set("irregular_pasts.txt"))):  # 'Refugee claims rose'
        return True  # "Baltic states have to approve", "the reports said": a noun before its verb
    if toks[i + 2 : i + 3] and toks[i + 1].text in titles() and (
            toks[i + 2].text == "." or _after_region(toks, i)):
        return True  # "Democratic state Sen. Ana Ruiz", "Texas state Senator Ana Ruiz": a
        # noun before a title ('Ana Ruiz notes Premier Tom Bell has …' is speech)
    if i > 1 and toks[i - 2].text.lower() in word_set("plural_quantifiers.txt"):
        return True  # "so many Republican claims": a plural noun, no verb
    # "the state", "swing states": a noun, unless a pronoun, a clause break or a name is before
    return i == 0 or not (
        prev in pronouns() or prev in CLAUSE_BREAK or is_name_word(toks[i - 1].text))


def _after_region(toks: list[Token], i: int) -> bool:
    """Whether a state's or province's name stands before token `i` ('Texas', 'New York')."""
    return any(" ".join(t.text for t in toks[max(0, i - n) : i]) in word_set("region_names.txt")
               for n in (1, 2))


def _unnamed_asked(toks: list[Token], i: int) -> bool:
    """'who asked that her last name not be used': a request to stay unnamed, no speech."""
    if toks[i].text not in ("asked", "asks", "requested"):
        return False
    words = [t.text.lower() for t in toks[i + 1 : i + 7]]
    words = words[1:] if words[:1] == ["that"] else words
    k = 2 if words[2:3] in (["name"], ["names"]) else 1
    return words[:1] in (["his"], ["her"], ["their"]) and words[k : k + 3] in (
        ["name", "not", "be"], ["names", "not", "be"])


def _gave_thing(toks: list[Token], i: int) -> bool:
    """'wrote me an email', 'sent them a note': an object pronoun and 'a' or 'an' after the verb
    at `i` are who got a thing and the thing (no clause opens with 'me a'), not speech reported;
    a verb naming its hearer ('told him a deal was near') is left to read its clause."""
    after = [t.text.lower() for t in toks[i + 1 : i + 3]]
    return len(after) == 2 and after[0] in ("me", "him", "us", "them") and after[1] in (
        "a", "an") and toks[i].text.lower() not in flagged("speech_verbs.txt", "hearer")


def _plea(toks: list[Token], i: int) -> bool:
    """'pleaded guilty', 'pleaded not guilty': a plea in court after the verb at `i`."""
    after = [t.text.lower() for t in toks[i + 1 : i + 3]]
    if after[:1] == ["not"]:
        after = after[1:]
    return bool(after) and after[0] in word_set("plea_words.txt")


_HEARD_REACH = 6  # 'Court heard that Tom Bell wrote': 'that', a name and the verb


def _heard_in_court(toks: list[Token], i: int) -> bool:
    """'Court heard she wrote …', 'the jury heard that Tom Bell told …': the verb at `i` is in
    evidence a court or jury heard, not a report of its subject's speech."""
    for j in range(i - 1, max(0, i - _HEARD_REACH), -1):
        word = toks[j].text
        if word == "heard":
            return toks[j - 1].text.lower() in word_set("hearing_bodies.txt")
        if not word[:1].isalpha():
            return False
    return False


_SUBJECT_WORDS = 3  # '"Lock her up!" the angry crowd chanted'
_PLACED_WORDS = 7  # '"…," the crowd outside the Capitol chanted': a noun and its place
_MARK_GAP = 4  # a closing mark ('' at most) and a space between the quotation and the subject


def quoted_before(toks: list[Token], i: int, spans: Quotations) -> bool:
    """'"Lock her up!" the crowd chanted': a quotation closes just before the verb's subject (a
    few words, or a noun and its place: 'the crowd outside the Capitol'), so it is what a
    'chanted'-like verb reports."""
    j = i - 1
    while j >= 0 and i - j <= _PLACED_WORDS and (toks[j].text[:1].isalpha() or _title_stop(
            toks, j)):
        j -= 1
    if j == i - 1 or j >= 0 and toks[j].text[:1].isalpha() or (
            j < 0 and toks[0].start in spans.paragraph_starts):
        return False  # 'Ruiz wondered whether …' opening a paragraph after a quotation
    if toks[j + 1].text in word_set("clause_conjunctions.txt"):
        return False  # '"…," and concluded his comments were false': a second predicate
    if i - j > _SUBJECT_WORDS + 1 and not (
            _placed_noun(toks, j + 1, i) or _role_and_name(toks, j + 1, i)):
        return False
    start = toks[j + 1].start
    return bool(spans.overlapping(start - _MARK_GAP, start))


def inverted(toks: list[Token], i: int, spans: Quotations) -> bool:
    """'"Nonsense," scoffed Bell', '"Not bad," laughed the skipper': the verb at `i` right after
    a quotation's closing mark, its subject after it (a name, or a noun phrase's opener), so the
    quotation is what it reports; not '"…," fumed over …' (no subject after the verb)."""
    if i == 0 or i + 1 >= len(toks) or toks[i - 1].text[:1].isalnum():
        return False
    after = toks[i + 1].text
    if not (is_name_word(after) or after.lower() in word_set("articles.txt")):
        return False
    return bool(spans.overlapping(toks[i].start - _MARK_GAP, toks[i].start))


def _title_stop(toks: list[Token], j: int) -> bool:
    """Whether token `j` is the full stop of a title before a name ('Mr. Sanders shot back')."""
    return toks[j].text == "." and j > 0 and toks[j - 1].text in titles() and (
        j + 1 < len(toks) and toks[j - 1].end == toks[j].start)


def _role_and_name(toks: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a` to `b` are two lower-case words ending in a speaker noun and a
    two-word name ('union president Kelly Durant'), not a time and a name ('later that night
    Durant') or joining words ('and then Kelly Durant')."""
    words = [t.text for t in toks[a:b]]
    return len(words) == _SUBJECT_WORDS + 1 and all(w.islower() for w in words[:2]) and (
        words[1] in speaker_nouns() and words[0] not in non_name_words()) and all(
        is_name_word(w) for w in words[2:])


def _placed_noun(toks: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a` to `b` are a determiner, a noun and the place where it stands ('the
    crowd outside the Capitol', 'a woman in the front row': where a chanting subject stood), not
    a clause ('the man who won')."""
    words = [t.text.lower() for t in toks[a:b]]
    return words[0] in word_set("articles.txt") and words[2] in flagged(
        "speaker_place_prepositions.txt", "standing") and (
        words[3] in word_set("articles.txt"))
