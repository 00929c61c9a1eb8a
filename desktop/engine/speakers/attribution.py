"""Attribution patterns: which sentence reports speech, what was said, and the words for who."""

from __future__ import annotations

from bisect import bisect_right

from desktop.engine.article import Article, Sentence
from desktop.engine.speakers.according import according_parts, pointed_back
from desktop.engine.speakers.adverbials import fronted_adverbial
from desktop.engine.speakers.after_verb import subject_after
from desktop.engine.speakers.apposition import (
    apposed_found,
    appositive,
    dashed,
    parenthetical,
    relative_between,
    role_first,
)
from desktop.engine.speakers.complements import plain_object, what_called
from desktop.engine.speakers.cues import cue_allowed
from desktop.engine.speakers.ends import before_joint, between_dashes, clipped_end
from desktop.engine.speakers.found import Found, as_written, found_at, word_count
from desktop.engine.speakers.inscriptions import inscribed
from desktop.engine.speakers.interruptions import interrupted, split_statement
from desktop.engine.speakers.joints import participle_joint
from desktop.engine.speakers.lexicon import (
    hearer_verbs,
    openers,
    speech_verbs,
    word_set,
)
from desktop.engine.speakers.listed_subjects import listed
from desktop.engine.speakers.nested import outer_owns
from desktop.engine.speakers.noun_phrases import (
    Token,
    skip_between,
    tokens,
)
from desktop.engine.speakers.opening_sources import opening_source
from desktop.engine.speakers.passive import passive_agent
from desktop.engine.speakers.quotes import Quotations
from desktop.engine.speakers.relative import (
    reduced_before,
    relative_clause_end,
    relative_subject,
    who_before,
)
from desktop.engine.speakers.reported import (
    CLAUSE_BREAK,
    MIN_WORDS,
    OPEN,
    content_after,
    ordered,
)
from desktop.engine.speakers.speech_cues import cue_indexes, may_report
from desktop.engine.speakers.subjects import (
    clause_ends,
    document_issuer,
    org_phrase,
    role_after,
    role_then_name_after,
    sentence_subject,
    shared_subject,
    subject_in_apposition,
)

MOST_CUES = 200  # speech cues read in one sentence: prose holds a few; 'said said said …' no
_CLOSE = {'"', "”", "»", "’", "“", "'"}  # "“" closes a German „quotation“


def sentence_attributions(
    article: Article, sentence: Sentence, spans: Quotations, case: dict[str, str]
) -> list[Found]:
    """The attributions the speech cues of `sentence` make ('X said A, and Y said B': two)."""
    if not may_report(sentence.text):
        return []  # most sentences hold no speech verb: skip tokenising them
    toks = tokens(sentence.text, sentence.start, case)
    opening = opening_source(sentence, toks, spans)  # 'Per Trump, "…"'
    out: list[Found] = [opening] if opening else []
    for i in cue_indexes(toks, spans)[:MOST_CUES]:
        passive = passive_agent(article, sentence, toks, i)  # "was told by Ruiz that …"
        if passive is None and not cue_allowed(toks, i, spans, sentence.end):
            continue
        if out and (j := participle_joint(toks, i)) is not None:  # "X said A, adding B": X
            after, last = content_after(toks, i, sentence), out[-1]
            cut = toks[j].end if toks[j].text != "," else toks[j].start
            if after is not None and not last.content_first and last.start < cut < last.end <= (
                    after[1]):  # 'said A, adding B' held A and B
                out[-1] = last = last._replace(end=cut)
            if after is not None and after[0] >= last.end:
                out.append(last._replace(start=after[0], end=after[1], cue=toks[i].text,
                                         content_first=False))
            continue
        found = passive or (_according(article, sentence, toks, i)
                            if toks[i].text.lower() == "according"
                            else _attribute(article, sentence, toks, i))
        if found is not None and inscribed(toks, found):
            found = None  # 'The sign at the edge of town says "…"': written on a thing
        if found is not None and not any(
            (f.start, f.end) == (found.start, found.end)
            or f.mention.start <= found.mention.start < f.mention.end
            and f.start < found.end and found.start < f.end for f in out
        ):
            out.append(found)
            if toks[i].text.lower() != "according":  # 'According to the CFO, Ana Ruiz, …'
                out += _other_half(sentence, toks, i, found)
    return _clipped(outer_owns(out, sentence), spans, sentence)


def _clipped(found: list[Found], spans: Quotations, sentence: Sentence) -> list[Found]:
    """Reported content ends where another attribution of the sentence starts ('… ― Trump
    boasted, "…"'; not one in a parenthesis between dashes), and after the quotation a
    'called'-like verb needs ('described it as a "disgrace" after the vote')."""
    out, mentions = [], sorted((g.mention.start, k) for k, g in enumerate(found))
    for f in found:
        end = next((at for at, k in mentions[bisect_right(mentions, (f.start, len(found))) :]
                    if at < f.end and found[k] is not f and not between_dashes(
                        sentence.text, sentence.start, (f.start, f.end), at)
                    and not _reduced_relative(sentence, found[k]) or at >= f.end), f.end)
        end = min(end, f.end)  # the first other attribution inside the content, in order
        if end < f.end:  # '… to man up as | he labelled …': not 'as'
            end = before_joint(sentence.text, sentence.start, f.start, end)
        if speech_verbs().get(f.cue) and not f.content_first:
            quote = spans.starting_in(f.start, end)
            end = min(end, quote[0].end + 1) if quote else end
        out.append(f._replace(end=end) if end < f.end else f)
    return out


def _reduced_relative(sentence: Sentence, g: Found) -> bool:
    """'… a petition asking council to …': a participle right after its noun describes the
    noun, inside what another speaker says; it does not end what they say."""
    after = sentence.text[g.mention.end - sentence.start :]
    return g.cue.lower().endswith("ing") and after.lstrip().startswith(g.cue) and (
        after[:1].isspace())


def _other_half(sentence: Sentence, toks: list[Token], i: int, found: Found) -> list[Found]:
    """'A, he added, B': the half of an interrupted sentence the attribution did not take."""
    rest = interrupted(toks, i, sentence)
    if rest is None:
        return []
    a = next((k for k, t in enumerate(toks) if t.start == found.mention.start), 0)
    if a < 2 or toks[a - 1].text != ",":
        return []
    before = (sentence.start, toks[a - 1].start)
    if len(sentence.text[: before[1] - sentence.start].split()) < MIN_WORDS:
        return []
    other = before if found.start >= rest[0] else rest
    if other[0] < found.end and found.start < other[1]:
        return []
    return [found._replace(start=other[0], end=other[1], content_first=other == before)]


def _found(sentence, toks, i, phrase, content, first, role=None) -> Found | None:
    if role is None:
        of_end = org_phrase(toks, phrase[1])
        if of_end > phrase[1]:
            role = as_written(sentence, toks[phrase[1] : of_end])
    return found_at(sentence, toks, toks[i].text, phrase, content, first, role)


def _attribute(article: Article, sentence: Sentence, toks: list[Token], i: int) -> Found | None:
    body = article.text
    if i == 0:
        return _verb_first(sentence, toks, i)
    if participle_joint(toks, i) is not None:
        return _participle(article, sentence, toks, i)
    if i > 0 and toks[i - 1].text in (*CLAUSE_BREAK, "--"):
        return _after_break(article, sentence, toks, i)
    j = skip_between(toks, i)
    if 1 < j < i - 1 and toks[j].text == "," and (  # "X, ROLE, also said"
            found := appositive(article, sentence, toks, i, comma=j)):
        return found
    phrase = what_called(toks, i) or shared_subject(toks, i) or listed(  # 'what X called "…"'
        toks, reduced_before(toks, i) or document_issuer(toks, relative_subject(toks, i)) or (
            who_before(toks, i)))
    if phrase is None:
        return None
    a = phrase[0]
    if split := split_statement(toks, i, phrase):  # 'The plan, Ruiz said, is dead.'
        return _split_found(sentence, toks, i, phrase, split)
    after = content_after(toks, i, sentence)
    quoted = a > 1 and (toks[a - 1].text in _CLOSE or toks[a - 2].text in _CLOSE)
    if quoted and after is not None and toks[0].text not in OPEN:
        quoted = False  # 'On the "Morning Harbour," Ruiz said CONTENT': a title, not the quote
    if a > 0 and toks[a - 1].text in CLAUSE_BREAK:
        rest = interrupted(toks, i, sentence)
        before = (sentence.start, toks[a - 1].start)
        if rest and not quoted and word_count(body, *rest) > word_count(body, *before):
            return _found(sentence, toks, i, phrase, rest, False)  # "Back then, X said, CONTENT"
        if (after is None or quoted) and (quoted or word_count(body, *before) >= MIN_WORDS
                                          and not fronted_adverbial(toks, a)
                                          and not plain_object(toks, i)  # 'added a layer'
                                          and not ordered(toks, i)):  # 'told them to'
            return _found(sentence, toks, i, phrase, before, True)  # "CONTENT, SPEAKER said"
    if after is None and toks[-1].text == ":" and not any(t.text in OPEN for t in toks[i:]):
        # "He said (in a statement):" closing a paragraph: the quotation follows in the next one
        return _found(sentence, toks, i, phrase, (sentence.end, sentence.end), False)
    if after is None:
        return _content_before(article, sentence, toks, i, phrase)
    return _found(sentence, toks, i, phrase, relative_clause_end(toks, i, after), False)


def _split_found(sentence: Sentence, toks: list[Token], i: int, phrase: tuple[int, int],
                 split: tuple[int, int]) -> Found | None:
    """One statement around its attribution: from the sentence's start to the end of the
    predicate after the comma `split[1]`, the attribution between the commas omitted."""
    content = (sentence.start, clipped_end(toks, split[1] + 1, sentence.end))
    found = _found(sentence, toks, i, phrase, content, False)
    return found and found._replace(omitted=(toks[split[0]].start, toks[split[1]].end))


def _after_break(article: Article, sentence: Sentence, toks: list[Token], i: int
                 ) -> Found | None:
    """The speech verb right after a comma or a dash: 'QUOTE, said X', 'ROLE, SPEAKER, said',
    'SPEAKER — ROLE — said CONTENT'."""
    hearer = toks[i].text.lower() in hearer_verbs()
    phrase = None if hearer else subject_after(toks, i)  # "…, told Reuters": Reuters listens
    if phrase is not None and (_object_then_infinitive(toks, phrase[1]) or _charge_after(
            toks, phrase[1])):
        phrase = None  # "…, urged people to stay home", "accused Bell of lying": not telling
    apposed = None if hearer else role_then_name_after(toks, i)
    if apposed is not None and i > 1:  # "QUOTE, said the couple's daughter, Ana Ruiz."
        return apposed_found(sentence, toks, i, apposed, (sentence.start, toks[i - 1].start))
    if phrase is not None and toks[phrase[0]].text.islower() and subject_in_apposition(toks, i):
        phrase = None  # 'ROLE, NAME, acknowledged the problem.': no speaker after the verb
    if phrase is not None and (split := split_statement(toks, i, phrase)):
        return _split_found(sentence, toks, i, phrase, split)  # 'A, said Ruiz, is dead.'
    if phrase is not None and i > 1 and clause_ends(toks, phrase[1]):  # "QUOTE, said X"
        apposed_role = role_after(toks, phrase[1])
        role = as_written(sentence, toks[slice(*apposed_role)]) if apposed_role else None
        return _found(sentence, toks, i, phrase, (sentence.start, toks[i - 1].start), True,
                      role)
    if toks[i - 1].text == ",":  # "ROLE, SPEAKER, said" or "SPEAKER, ROLE, said CONTENT"
        return role_first(article, sentence, toks, i) or appositive(
            article, sentence, toks, i) or relative_between(article, sentence, toks, i) or (
            parenthetical(article, sentence, toks, i))
    if toks[i - 1].text in ("—", "–", "--"):  # "SPEAKER — ROLE — said CONTENT"
        return dashed(article, sentence, toks, i)
    return None


def _charge_after(toks: list[Token], b: int) -> bool:
    """'accused Tom Bell of lying', 'of "voting to …"': 'of' and a quotation or a lower-case
    word that opens no noun phrase (not 'of the port', 'of Halifax': where a speaker is from)."""
    if b + 1 >= len(toks) or toks[b].text != "of":
        return False
    word = toks[b + 1].text
    return word in OPEN or word.isalpha() and word.islower() and word not in openers()


def _object_then_infinitive(toks: list[Token], b: int) -> bool:
    """'urged people to stay': a 'to' and a lower-case word that is not who listened."""
    return b + 1 < len(toks) and toks[b].text == "to" and toks[b + 1].text.islower() and (
        toks[b + 1].text not in word_set("hearer_words.txt"))


def _verb_first(sentence: Sentence, toks: list[Token], i: int) -> Found | None:
    """'Said Ellis: "…"': the verb opens the sentence, the speaker and a colon follow."""
    phrase = subject_after(toks, i)
    if phrase is None or phrase[1] >= len(toks) or toks[phrase[1]].text != ":":
        return None
    start = toks[phrase[1] + 1].start if phrase[1] + 1 < len(toks) else sentence.end
    return _found(sentence, toks, i, phrase, (start, sentence.end), False)


def _participle(article, sentence, toks, i) -> Found | None:
    """'Trump defended the remark, saying CONTENT': the speaker is the sentence's subject."""
    phrase = sentence_subject(toks, i)
    after = content_after(toks, i, sentence)
    if phrase is None or after is None:
        return None
    return _found(sentence, toks, i, phrase, after, False)


def _content_before(article, sentence, toks, i, phrase) -> Found | None:
    """'Why did it fail? Xi asked in a speech.': the content is the sentences before."""
    if sentence.index == 0 or toks[phrase[0]].start != sentence.start:
        earlier = pointed_back(article, sentence, toks[: phrase[0]])  # "That's what X said."
        return _found(sentence, toks, i, phrase, earlier, True) if earlier else None
    previous = [s for s in article.sentences[max(0, sentence.index - 2) : sentence.index]
                if s.paragraph == sentence.paragraph]
    if not previous or previous[-1].text.rstrip()[-1:] not in "?!”\"":
        return None
    # '… said she would speak. “Why now?” Ruiz said.': the quotation, not the writer's sentence
    quoted = [s for s in previous if s.text.lstrip()[:1] in OPEN]
    previous = previous[previous.index(quoted[-1]) :] if quoted else previous
    return _found(sentence, toks, i, phrase, (previous[0].start, previous[-1].end), True)


def _according(article, sentence, toks, i) -> Found | None:
    made = according_parts(article, sentence, toks, i)
    return _found(sentence, toks, i, *made) if made else None
