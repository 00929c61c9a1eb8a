"""An attribution interrupting a sentence: 'The project, Ruiz told CBC News, will cost more'
(what comes after it is said too), and one statement around it: 'The plan, Ruiz said, is
dead.', 'The ferry service, said Ruiz, will not run again this winter.' (the subject before it
and its predicate after it are read as one)."""

from __future__ import annotations

from desktop.engine.article import Sentence
from desktop.engine.speakers.adverbials import past_adverbials
from desktop.engine.speakers.complements import enough_words, finite_verbs
from desktop.engine.speakers.continued import main_clause_wanted
from desktop.engine.speakers.ends import NOUN_REACH, OPEN, aside_word
from desktop.engine.speakers.joints import second_predicate
from desktop.engine.speakers.lexicon import hearer_verbs, speech_verbs, word_set, word_sets
from desktop.engine.speakers.noun_phrases import Token
from desktop.engine.speakers.reported import skip_hearer
from desktop.engine.speakers.verb_asides import adverbial_end

SUBJECT_REACH = 12  # tokens of the subject before the attribution ('The plan to widen …')


def split_statement(toks: list[Token], i: int, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """The token indexes of the two commas around the attribution of verb `i` and speaker
    `phrase` when it stands between a sentence's subject and its predicate: a noun phrase
    opening the sentence (no verb, no punctuation in it), and an auxiliary, a modal or a form
    of 'be' right after the second comma ('is dead', 'will not run'); else None ('Back then,
    Ruiz said, the plan was …': the words after the comma open a clause of their own)."""
    a, b = phrase
    first = min(a, i)
    if not 1 < first <= SUBJECT_REACH + 1 or toks[first - 1].text != ",":
        return None  # checked before the costlier walk past the attribution
    close = adverbial_end(toks, past_adverbials(toks, b)) if a > i else attribution_close(toks, i)
    if close + 1 >= len(toks) or toks[close].text != "," or toks[close + 1].text.lower() not in (
            finite_verbs()):
        return None
    if not toks[0].text[:1].isupper() or toks[0].text.lower() in word_sets(
            "opening_conjunctions.txt", "subordinators.txt"):
        return None  # 'But the plan, Ruiz said, is …', 'If the plan, …'
    if any(not t.text[:1].isalnum() or t.text.lower() in finite_verbs()
           or t.text in speech_verbs() for t in toks[: first - 1]):
        return None
    return first - 1, close


def interrupted(toks: list[Token], i: int, sentence: Sentence) -> tuple[int, int] | None:
    """The part after 'X said (then),' when an attribution interrupts a sentence."""
    c = attribution_close(toks, i)
    if c + 1 < len(toks) and toks[c].text == "," and toks[c + 1].text not in OPEN:
        nxt = toks[c + 1].text
        if enough_words(toks, c + 1) and not aside_word(nxt.lower()) \
                and (not nxt.endswith("ing") or main_clause_wanted(toks, i, c + 1)) \
                and not _sums_up(toks, c + 1, i) and not second_predicate(toks, c + 1):
            return toks[c + 1].start, sentence.end  # (', referring to …': an aside)
    return None


def attribution_close(toks: list[Token], i: int) -> int:
    """Past the times, who listened and an adverbial after the verb at `i`: where the comma
    closing an attribution that interrupts a sentence stands ('A, Ruiz told CBC News on Monday,
    B', 'A, Ruiz said in a statement, B')."""
    c = past_adverbials(toks, i + 1)
    if toks[i].text.lower() in hearer_verbs():
        c = past_adverbials(toks, skip_hearer(toks, c))
    return adverbial_end(toks, c)


def _sums_up(toks: list[Token], c: int, i: int) -> bool:
    """'Fares will rise, Ruiz said, a move critics called reckless': 'a'/'an' and a noun that
    sums up the clause before the attribution at `i` open the writer's apposition, not the
    rest of what was said ('It is, she said, a disgrace': a linking verb wants it)."""
    comma = next((k for k in range(i - 1, 0, -1) if toks[k].text == ","), 0)
    if toks[c].text.lower() not in ("a", "an") or not enough_words(toks[:comma], 0) or toks[
            comma - 1].text.lower() in word_set("be_forms.txt") | word_set("linking_verbs.txt"):
        return False
    for tok in toks[c + 1 : c + 1 + NOUN_REACH]:  # past its adjectives ('a bold move')
        if tok.text.lower() in word_set("summing_nouns.txt"):
            return True
        if not tok.text.isalnum() or tok.text.lower() in word_set("function_words.txt"):
            return False
    return False
