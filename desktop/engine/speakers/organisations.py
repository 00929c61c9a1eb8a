"""'They said', 'it said': the group or body that spoke just before, the body a sentence just
before opens with ('The commission was asked … It said'), or the organisation named there."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from desktop.engine.article import Article
from desktop.engine.speakers.aliases import name_run_starts, name_runs_in
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import non_name_words, organisation_words, word_set

ORGANISATION_WINDOW = 2  # sentences back in which 'it' may find an organisation named
GROUP_WINDOW = 3  # sentences back that "they" may reach for a group or organisation
# Words that end the head noun of a role: 'the union representing …', 'the agency for …'
_HEAD_ENDS = frozenset((
    "of", "for", "in", "at", "on", "with", "from", "behind", "by", "to", "that", "which", "who"))
# A sentence opening with a body as its subject: 'The school issued …', 'The commission, an
# independent body, …', 'The local council said …'
_BODY = re.compile(r"The((?:[ \t]+[A-Za-z][\w-]*){1,3})(?=[ \t]+[a-z]|,)")
_NAMED_BODY = re.compile(r"The((?:[ \t]+[A-Z][\w-]*){1,3})(?=[ \t]+[a-z]|,)")  # 'The EU Council'

Group = tuple[int, str, str | None, str]  # (sentence, name, role, kind), as the resolver keeps


def group_for(article: Article, found: Found, groups: list[Group]) -> tuple | None:
    """(name, role, kind) that the 'they' or 'it' of `found` stands for: the group or body that
    spoke last within a few sentences, unless for 'it' a later sentence opens with a body
    ('The school issued an apology. It said …'); else the organisation named just before."""
    body = _body_before(article, found) if found.words[0].lower() == "it" else None
    for sentence, name, role, kind in reversed(groups):
        if found.sentence - sentence <= GROUP_WINDOW:
            return body[1] if body and body[0] > sentence else (name, role, kind)
    return body[1] if body else named_organisation(article, found) or _people_before(
        article, found)


# A sentence opening with people as its subject: 'The parents of the teen spoke …'
_PEOPLE = re.compile(r"The((?:[ \t]+[a-z][\w-]*){1,3})(?=[ \t]+[a-z]|,)")


def _people_before(article: Article, found: Found) -> tuple[str, None, str] | None:
    """(the people, no role, 'unnamed') that the 'they' of `found` stands for when no group
    spoke before: the plural speaker noun opening the subject of its sentence or the one
    before ('The parents of the teen spoke to reporters. "…," they said': the parents)."""
    if found.words[0].lower() != "they":
        return None
    for index in (found.sentence, found.sentence - 1):
        start = article.sentences[index].start if index >= 0 else found.mention.start
        match = _PEOPLE.match(article.text, start, found.mention.start)
        if not match or found.start <= start < found.end:
            continue  # no such subject, or one inside what `found` says
        for word in match.group(1).split():
            if word in word_set("speaker_nouns.txt") and word.endswith("s"):
                return f"the {word}", None, "unnamed"
            if word in non_name_words():
                break  # 'The head of the nurses': the head
    return None


def _body_before(article: Article, found: Found) -> tuple[int, tuple] | None:
    """(sentence, (name, None, kind)) of the body opening the sentence of `found` or the one
    before it, when its head noun names a body: 'The commission …' unnamed, 'The Harbour
    Authority …' an organisation; not a body opening what `found` says."""
    for index in (found.sentence, found.sentence - 1):
        start = article.sentences[index].start if index >= 0 else found.mention.start
        if found.start <= start < found.end:
            continue  # what was said: 'The Union, in particular, was …, it noted'
        match = _BODY.match(article.text, start, found.mention.start)
        words = match.group(1).split() if match else []
        for k, word in enumerate(words):  # 'The local council said': up to its head noun
            if word in body_nouns():
                return index, (" ".join(["the", *words[: k + 1]]), None, "unnamed")
        match = _NAMED_BODY.match(article.text, start, found.mention.start)
        if match and match.group(1).split()[-1] in organisation_words():
            return index, (" ".join(match.group(1).split()), None, "organisation")
    return None


def its_body(article: Article, found: Found) -> Found:
    """'The Saskatchewan Cattle Association is pushing … Its chair, Keith Day, said': a role
    owned by 'its' names the body that opens the sentence or the one before ('the Saskatchewan
    Cattle Association's chair'); unchanged when no body opens them."""
    words = (found.role or "").split(maxsplit=1)
    if len(words) < 2 or words[0].lower() != "its":
        return found
    body = _body_before(article, found)
    if body is None:
        return found
    name, _, kind = body[1]
    owner = f"{'the ' if kind == 'organisation' else ''}{name}{_POSSESSIVE[name.endswith('s')]}"
    return found._replace(role=f"{owner} {words[1]}")


_POSSESSIVE = ("'s", "'")  # 'the company's lawyer', 'the Nurses' Unions' chair'


def apposed_body(role: str | None) -> bool:
    """'The union representing the workers, Unifor, said', 'Envoris, the company behind the
    app, said': a role in apposition whose head noun (its last word before a preposition, a
    relative or a participle) is a body's says the name is that body; not 'the union's
    president', 'a lawyer for the company', 'an agency nurse'."""
    words = (role or "").lower().replace(",", " ").split()
    if words[:1] not in (["the"], ["a"], ["an"], ["its"]):
        return False
    head = words[1:]
    for k, word in enumerate(head):
        if word in _HEAD_ENDS or k and word.endswith("ing"):
            head = head[:k]
            break
    return bool(head) and head[-1] in body_words()


@cache
def body_words() -> frozenset[str]:
    """Nouns that name a body ('commission', 'agency', 'union'): organisation words in lower
    case and body_nouns.txt, made once."""
    return body_nouns() | word_set("body_nouns.txt")


@cache
def body_nouns() -> frozenset[str]:
    """The organisation words in lower case ('commission', 'council'), made once."""
    return frozenset(w.lower() for w in organisation_words())


def named_organisation(article: Article, found: Found) -> tuple[str, None, str] | None:
    """(name, no role, 'organisation') for the organisation named last before the mention 'it'
    of `found`, in its sentence or the few before; None for 'they' or when none is named."""
    if found.words[0].lower() != "it":
        return None
    start = article.sentences[max(0, found.sentence - ORGANISATION_WINDOW)].start
    starts = name_run_starts(article.text)  # the runs in order: those between by bisection
    runs = name_runs_in(article.text)[
        bisect_left(starts, start) : bisect_left(starts, found.mention.start)]
    names = [m.group(1).split() for m in runs]
    for words in reversed(names):
        if any(w in organisation_words() for w in words):
            while words and words[0].lower() in word_set("articles.txt"):
                words = words[1:]
            return " ".join(words), None, "organisation"
    return None


def seat_of_government(words: tuple[str, ...]) -> bool:
    """'Ottawa', 'Queen's Park', 'Washington': a capital or seat of government standing alone
    for the government (seats_of_government.txt), a body ('Ottawa Mayor Ana Ruiz' no)."""
    return " ".join(words).replace("’", "'") in word_set("seats_of_government.txt")
