"""Speech told in the passive with its agent: 'Reporters were told by Ana Ruiz that …'."""

from __future__ import annotations

from desktop.engine.article import Article, Sentence
from desktop.engine.speakers.after_verb import subject_after
from desktop.engine.speakers.found import Found, as_written, found_at, word_count
from desktop.engine.speakers.lexicon import hearer_verbs, word_set
from desktop.engine.speakers.noun_phrases import Token
from desktop.engine.speakers.reported import CLAUSE_BREAK, MIN_WORDS, content_after

HEARER_REACH = 8  # longest hearer before 'was told by', in tokens
APPOSITION_REACH = 10  # longest 'the council engineer' between the agent's commas, in tokens


def passive_agent(article: Article, sentence: Sentence, toks: list[Token],
                  i: int) -> Found | None:
    """'X was told by AGENT that CONTENT' and 'CONTENT, X was told by AGENT': a verb whose object
    is who listens ('told', 'assured', 'informed'), made passive, has its hearer as subject and
    its speaker after 'by' (Quirk et al. 3.63-3.79, the agent by-phrase)."""
    if not (1 < i < len(toks) - 2 and toks[i + 1].text == "by"
            and toks[i].text.lower() in hearer_verbs()
            and toks[i - 1].text.lower() in word_set("be_forms.txt")):
        return None
    agent = subject_after(toks, i + 1)
    if agent is None:
        return None
    after = content_after(toks, agent[1] - 1, sentence) if agent[1] < len(toks) else None
    if after is not None:
        return found_at(sentence, toks, toks[i].text, agent, after, False)
    close = _apposition_end(toks, agent[1])  # 'told by Tom Bell, the engineer, that …'
    if close is not None and (after := content_after(toks, close, sentence)) is not None:
        role = as_written(sentence, toks[agent[1] + 1 : close])
        if toks[agent[1] + 1].text in word_set("aside_words.txt"):  # 'who runs the yard'
            role = None
        return found_at(sentence, toks, toks[i].text, agent, after, False, role)
    comma = next((k for k in range(i - 2, max(0, i - HEARER_REACH), -1)
                  if toks[k].text in CLAUSE_BREAK), None)  # ", the crew was told by …"
    if comma is None:
        return None
    before = (sentence.start, toks[comma].start)
    if word_count(article.text, *before) < MIN_WORDS:
        return None
    return found_at(sentence, toks, toks[i].text, agent, before, True)


def _apposition_end(toks: list[Token], b: int) -> int | None:
    """The comma closing a description set off after the agent ('by Tom Bell, the council
    engineer, that …', or a relative clause 'who runs the yard'): it opens in lower case and
    'that' follows it."""
    if not (b + 1 < len(toks) and toks[b].text == "," and toks[b + 1].text[:1].islower()):
        return None
    return next((k for k in range(b + 2, min(len(toks) - 1, b + APPOSITION_REACH))
                 if toks[k].text == "," and toks[k + 1].text == "that"), None)
