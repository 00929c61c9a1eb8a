"""Where reported speech ends: before the writer's aside or clause (', which …', ', citing …')."""

from __future__ import annotations

import re

from desktop.engine.speakers.clip_reads import tokens_read
from desktop.engine.speakers.continued import (
    bare_noun_form,
    dash_elaboration,
    gerund_series,
    object_then_predicate,
    opening_clause_comma,
    shared_modal,
)
from desktop.engine.speakers.found import QUOTE_MARKS, bracket_depth
from desktop.engine.speakers.joints import CONTRASTS, THEN, quotation_first, then_said
from desktop.engine.speakers.lexicon import (
    flagged,
    relative_pronouns,
    speech_verb_at,
    speech_verbs,
    time_word,
    word_set,
    word_sets,
)
from desktop.engine.speakers.noun_phrases import Token

OPEN = {'"', "“", "„", "«", "‘", "'"}
CLAUSE_ENDS = {",", "—", "―", "–"}  # what ends a fronted subordinate clause
# the relative adverb that, inside what was said, describes a noun of the content ('result
# in retaliatory measures, where other countries …'): where the saying happened is told before
# the content, never after it
NOUN_RELATIVE = "where"
PAIRED_DASHES = (" — ", " ― ", " – ", " -- ")  # spaced, as a parenthesis is written
CONTRAST_REACH = 5  # tokens after the auxiliary of a contrast read for a verb of saying
ASIDE_REACH = 12  # tokens of a relative clause inside the content's subject
BACKSHIFTED = ("had", "would")  # the past perfect and the future in the past of reported speech
RELATIVE_REACH = 5  # tokens of a relative clause read for its auxiliary ('which the province had')
NOUN_REACH = 4  # tokens from an article to its noun ('the existing military alliance', 'a 5 per
# cent increase')
_NOTED = QUOTE_MARKS | {"(", ")", ";", "—", "and", "but", *THEN}  # what clipped_end reads


def clipped_end(toks: list[Token], c: int, end: int) -> int:
    """Reported speech stops before a trailing aside (', which ...', ', citing ...', '— and')."""
    quoted = False  # a dash inside a quotation belongs to the words quoted
    # (the typewriter "--" is no clip point: wire copy writes it inside reported clauses)
    bracketed = 0  # nor is a semicolon inside brackets: '40m euros ($52m; £34m)'
    fronted = _in_fronted_clause(toks, c)
    # the closing comma of a relative clause inside the content's subject, or of a clause
    # opening the content ('said that if the vote fails, …'): no clip up to there
    aside_end = opening_clause_comma(toks, c)
    if (close := quotation_first(toks, c)) is not None:
        return min(end, toks[close].end)  # 'said "no" when asked …': the quotation is all said
    read, dash_total = tokens_read(toks, c, _of_note, fronted)  # dashes counted once, for pairs
    dashes = 0
    for k in read:
        word = toks[k].text
        before, dashes = dashes, dashes + (word == "—")
        if k <= aside_end:
            continue
        if word in QUOTE_MARKS:
            quoted = not quoted if word == '"' else word in OPEN
        bracketed = bracket_depth(word, bracketed)
        if fronted and word in CLAUSE_ENDS and not quoted and not bracketed:
            return toks[k].start  # 'While Ruiz has said X, the port …': the main clause
        if word == ";" and not bracketed or word == "—" and not quoted and not (
                before % 2 == 1 or dash_total - before > 1  # not a pair: 'the plan — if any —'
                or dash_elaboration(toks, k)):  # nor '— including two for the islands'
            return toks[k].start
        if word == "," and (aside_end := subject_aside(toks, c, k)) > k:
            continue  # 'the suspect, whose name was not released, is known to police'
        if word == "," and _comma_ends(toks, c, k):
            return toks[k].start  # ", citing …", ", implicitly putting …", ", and the …"
        if then_said(toks, k) and not quoted:
            return toks[k - 1].end  # '…, then told supporters it was …': a second report
        if word in QUOTE_MARKS and not quoted and toks[k - 1].text == "," and toks[
                k + 1].text in CONTRASTS and _comma_ends(toks, c, k):
            return toks[k].end  # '"answers for Ellen," but pledged': the comma set inside
        if word in ("and", "but") and not quoted and _second_clause(toks, c, k):
            return toks[k - 1].end  # "… and (repeatedly) said …", "… and Democrats accused …"
    return end


def _of_note(toks: list[Token], k: int) -> bool:
    """Whether `clipped_end` may change what it reads or stop at token `k` outside a fronted
    clause: a mark, a bracket, a dash, 'and', 'then', or a comma before a relative pronoun or
    an aside (`_comma_ends` holds only there)."""
    word = toks[k].text
    return word in _NOTED or word == "," and (toks[k + 1].text.lower() in relative_pronouns() or (
        _aside_after(toks, k) or _name_explained(toks, k) or _writer_apposition(toks, k)))


def _second_clause(toks: list[Token], c: int, k: int) -> bool:
    """Whether 'and' or 'but' at `k` join a second verb of saying ('… and (repeatedly) said
    …'; 'but warned that …' after '"a good start,"' is a second predicate) or, 'and', the
    writer's clause ('… and Democrats accused them', 'a veto and attempted to')."""
    verb = next((j for j in range(k + 1, min(k + 3, len(toks)))
                 if toks[j].text.lower() not in word_set("between_words.txt")), None)
    if verb is not None and speech_verb_at(toks, verb) and not bare_noun_form(toks, c, verb):
        return True
    return toks[k].text == "and" and (
        _new_subject(toks, k + 1) or object_then_predicate(toks, c, k))


def _comma_ends(toks: list[Token], c: int, k: int) -> bool:
    """Whether the comma at `k` (or the closing mark at `k` after one) ends the content opened
    at `c`: the writer's aside or clause follows (', citing …', ', and the …', ', a claim …')."""
    goes_on = _backshifted(toks, c, k) or _result_said(toks, c, k) or shared_modal(
        toks, c, k) or gerund_series(toks, c, k)
    return _aside_after(toks, k) and not goes_on or _name_explained(toks, k) or (
        _writer_apposition(toks, k))


def subject_aside(toks: list[Token], c: int, k: int) -> int:
    """'… say the suspect, whose name has not been released, is known to police': the comma at
    `k` after a short subject opening the content at `c` opens a relative clause that a comma
    and a finite verb close; the index of that closing comma, else -1 (a clause after a verb,
    ', which …', is the writer's aside)."""
    if toks[k + 1].text.lower() not in relative_pronouns() - {"that"} or not (
            0 < k - c <= NOUN_REACH) or any(not t.text[:1].isalnum() or t.text.lower() in (
                flagged("clause_verbs.txt")) for t in toks[c:k]):
        return -1
    for j in range(k + 2, min(len(toks) - 1, k + 2 + ASIDE_REACH)):
        if toks[j].text == ",":
            return j if toks[j + 1].text.lower() in flagged("clause_verbs.txt") else -1
        if not toks[j].text[:1].isalnum():
            return -1
    return -1


def _writer_apposition(toks: list[Token], k: int) -> bool:
    """'… dumped waste in the river, a claim the company denies': after the comma at `k`, 'a'
    or 'an' and a noun summing up what was said, then a relative clause (its pronoun, or the
    subject of a reduced one: a determiner, a pronoun, a name, a quantifier, 'a request many
    ignored'), 'not' ('a claim not backed by …') or a participle with 'by' open the writer's
    apposition (not ', a shift to four-day weeks', ', a record year for …')."""
    if toks[k + 1].text.lower() not in ("a", "an"):
        return False
    for n in range(k + 2, min(len(toks) - 2, k + 2 + NOUN_REACH)):
        word = toks[n].text.lower()
        if word in word_set("summing_nouns.txt"):
            nxt = toks[n + 1].text
            return nxt.lower() in relative_pronouns() | word_sets(
                "determiners.txt", "subject_pronouns.txt", "plural_quantifiers.txt") or nxt in (
                "not", "never") or nxt[:1].isupper() or nxt.endswith("ed") and (
                toks[n + 2].text == "by")
        if not word.isalpha() or word in word_set("function_words.txt"):
            return False
    return False


def _name_explained(toks: list[Token], k: int) -> bool:
    """'… in partnership with NATO, the existing military alliance that includes …': after a
    name, an article and a relative clause within a few words explain the name to the reader."""
    if not toks[k - 1].text[:1].isupper() or toks[k + 1].text.lower() not in word_set(
            "articles.txt"):
        return False
    for tok in toks[k + 2 : k + 2 + NOUN_REACH + 2]:
        if tok.text.lower() in relative_pronouns():
            return True
        if not tok.text[:1].isalnum():
            return False
    return False


def _in_fronted_clause(toks: list[Token], c: int) -> bool:
    """Whether the content at `c` stands in a sentence's opening subordinate clause ('While
    Ruiz has said the ferry will run, …'), with no comma or dash before it."""
    return c > 2 and toks[0].text.lower() in flagged("subordinators.txt") and not any(
        t.text in CLAUSE_ENDS for t in toks[1:c])


def _aside_after(toks: list[Token], k: int) -> bool:
    """Whether the comma at `k` opens the writer's aside or clause (', citing …', ',
    implicitly putting …', ', and the …'; not ', and that …', the verb's second content)."""
    nxt = toks[k + 1].text.lower()
    if aside_word(nxt) and nxt != NOUN_RELATIVE or _participle(nxt) and not _when_begins(toks, k):
        return True
    return nxt.endswith("ly") and k + 2 < len(toks) and _participle(toks[k + 2].text) or (
        nxt in word_set("clause_conjunctions.txt") and not _second_complement(toks, k + 2)
        and not _contrast_said(toks, k + 2))


def _backshifted(toks: list[Token], c: int, k: int) -> bool:
    """'said the union had proposed ratios, which the province had rejected': after a verb of
    saying in the past, a relative clause with a subject of its own in the backshifted tense of
    reported speech (its auxiliary 'had' or 'would' after that subject, before any stop) goes
    on with what was said; ', which had dominated …' may be the writer's and still ends it."""
    verb = c - 2 if c > 1 and toks[c - 1].text == "that" else c - 1
    if verb < 0 or toks[k + 1].text.lower() not in ("which", "who") or not _said_past(
            toks[verb].text):
        return False
    for j in range(k + 2, min(len(toks), k + 2 + RELATIVE_REACH)):
        if not toks[j].text[:1].isalnum():
            return False
        if toks[j].text in BACKSHIFTED:
            return j > k + 2
    return False


def _result_said(toks: list[Token], c: int, k: int) -> bool:
    """'says shoppers are buying its store brands, helping the chain hold on to sales': after a
    verb of saying in the present, a participle of result (result_participles.txt) goes on
    with what was said; not one helping a pronoun ('helping her win the vote': the writer's)."""
    verb = c - 2 if c > 1 and toks[c - 1].text == "that" else c - 1
    return verb >= 0 and k + 2 < len(toks) and toks[k + 1].text in word_set(
        "result_participles.txt") and toks[k + 2].text not in word_set("object_pronouns.txt") and (
        toks[verb].text.lower() in speech_verbs() and toks[verb].text.endswith("s"))


def _said_past(word: str) -> bool:
    """A verb of saying in the past ('said', 'told', 'argued')."""
    return word.lower() in speech_verbs() and (word.endswith("ed") or word.lower() in word_set(
        "irregular_pasts.txt"))


def _when_begins(toks: list[Token], k: int) -> bool:
    """', starting with hospitals in the north', ', beginning in March', ', starting Monday':
    when or where what was said begins, part of it (not ', starting a debate')."""
    if k + 2 >= len(toks) or toks[k + 1].text.lower() not in word_set("start_participles.txt"):
        return False
    after = toks[k + 2].text
    return after in word_set("phrase_prepositions.txt") - {"not"} or bool(
        time_word().match(after))


def _new_subject(toks: list[Token], k: int) -> bool:
    """A clause of the writer's joined by 'and': a capitalised subject and its verb in the
    past ('and Democrats accused the GOP'), not a list of names ('Green and Schneider')."""
    b = k
    while b < len(toks) and b - k < 3 and toks[b].text[:1].isupper() and toks[b].text.isalpha():
        b += 1
    return b > k and b < len(toks) and toks[b].text.islower() and toks[b].text.endswith("ed") \
        and toks[b].text not in word_set("be_forms.txt")


def _second_complement(toks: list[Token], k: int) -> bool:
    """'said that A, and that B': a second 'that' clause of the same verb goes on the content;
    so does a phrase contrasted with it ('…, but on a wider scale', '…, but not in winter';
    not ', and in Leeds, 3% were …', the writer's clause after its adverbial)."""
    return k < len(toks) and (toks[k].text == "that" or toks[k - 1].text in CONTRASTS and (
        toks[k].text in word_set("phrase_prepositions.txt")))


def _contrast_said(toks: list[Token], k: int) -> bool:
    """'says clinics can catch urgent problems, but they cannot replace a family doctor': after
    'but', 'yet' or 'and' ('…, and it will not accept …'), a subject pronoun and an auxiliary
    of the present or a modal ('also' between) go on with what was said, in its tense, not the
    story's; not a past ('but it was scrapped'), a speech or refusal verb ('but she would not
    say'), the writer's doubt ('but it is unclear how') or a noun's clause ('but the province
    disagrees')."""
    aux = k + 2 if k + 2 < len(toks) and toks[k + 1].text == "also" else k + 1
    if toks[k - 1].text not in (*CONTRASTS, "and") or aux >= len(toks) or toks[
            k].text.lower() not in word_set("subject_pronouns.txt") or toks[
            aux].text.lower() not in word_set("present_auxiliaries.txt"):
        return False
    clause = [t.text.lower() for t in toks[aux + 1 : aux + 1 + CONTRAST_REACH]]
    return not any(word in speech_verbs() or word in word_set("refusal_verbs.txt")
                   or word in word_set("uncertainty_words.txt") for word in clause)


def _participle(word: str) -> bool:
    """A word in -ing that opens a participle clause (not 'including', a preposition)."""
    return word.endswith("ing") and word.isalpha() and word.islower() and (
        word not in word_set("ing_prepositions.txt"))


def aside_word(word: str) -> bool:
    """A word opening a trailing aside after a comma (", which …", ", although …")."""
    return word in word_set("aside_words.txt")


def between_dashes(text: str, offset: int, span: tuple[int, int], at: int) -> bool:
    """Whether `at` stands inside a pair of dashes that both fall in `span` of `text` (which
    starts at `offset`): 'Ruiz — even as she says X — has proposed little' is one content,
    'she says' a parenthesis inside it."""
    before, after = text[span[0] - offset : at - offset], text[at - offset : span[1] - offset]
    return any(before.count(dash) % 2 == 1 and dash in after for dash in PAIRED_DASHES)


_JOINT = re.compile(r"[\s,]*\b(\w+)[\s,]*$")
_JOINT_REACH = 20  # characters: the joining word and the spaces around it


def before_joint(text: str, offset: int, start: int, end: int) -> int:
    """`end` of reported speech cut where another attribution starts, moved back over the word
    that joins the two clauses ('urged Villa to man up as | he labelled …': not 'as')."""
    found = _JOINT.search(text, max(start - offset, end - offset - _JOINT_REACH), end - offset)
    if found and (found.group(1) in ("as", "and", "but", "or") or found.group(1) in flagged(
            "subordinators.txt")) and found.start() > start - offset:
        return offset + found.start()
    return end
