"""Quotations and who said them: quoted and reported speech, resolved to speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.engine.article import Article, Sentence
from desktop.paths import word_list

PRONOUNS = {"he": "person", "she": "person", "they": "group"}
_NAME_WORD = r"[A-Z][\w’'.-]*"


@dataclass(frozen=True)
class Quote:
    """What was said: `text == article.text[start:end]`; `mention` is the speaker as written."""

    text: str
    start: int
    end: int
    mention: str
    cue: str
    direct: bool


@dataclass(frozen=True)
class Speaker:
    """A person or body with the quotes attributed to them; `role` as the article gives it."""

    name: str
    role: str | None
    quotes: tuple[Quote, ...]
    named: bool = True


@dataclass(frozen=True)
class _Attribution:
    quote: Quote
    speaker: str
    role: str | None


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(word_list("speech_verbs.txt"))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(word_list("titles.txt"))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    verbs = "|".join(sorted(_verbs(), key=len, reverse=True))
    speaker = (
        rf"(?:(?:{_NAME_WORD}|[a-z]+)\s+){{0,3}}?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
        rf"|(?:[Hh]e|[Ss]he|[Tt]hey)"
    )
    glued = rf"(?P<glued>{_NAME_WORD}?[a-z])(?P<gverb>{verbs})\b"
    return {
        # "CONTENT, SPEAKER said ..." and "CONTENT, said SPEAKER ..."
        "after": re.compile(
            rf"^(?P<content>.{{12,}}?)[,?!]\s*[”\"]?\s+(?:(?P<speaker>{speaker})\s+(?P<verb>{verbs})\b"
            rf"|(?P<verb2>{verbs})\s+(?:(?P<role2>[A-Z]?[\w ]*?){glued}|(?P<speaker2>{speaker})\b))"
        ),
        # "SPEAKER said (that) CONTENT" / "SPEAKER said: CONTENT"
        "before": re.compile(
            rf"^(?P<speaker>{speaker})\s+(?P<verb>{verbs})(?:\s+(?:on|in)\s+{_NAME_WORD})?"
            rf"(?:\s+that|\s*:|,)\s+(?P<content>.{{12,}})$"
        ),
        "of": re.compile(
            rf"^\s+(?P<of>(?:of|at|from)\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*)"
        ),
        "person": re.compile(
            rf"\b(?:{'|'.join(sorted(_titles()))})\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
        ),
    }


def find_speakers(article: Article) -> tuple[Speaker, ...]:
    """Speakers of `article`, most quoted first, each with quotes in article order."""
    attributions: list[_Attribution] = []
    last_person: str | None = None
    for sentence in article.sentences:
        found = _attribute(article, sentence, last_person)
        if found:
            attributions.append(found)
            last_person = f"{found.role or ''} {found.speaker}".strip()
        last_person = _last_person(sentence.text) or last_person
    return _group(attributions)


def _attribute(
    article: Article, sentence: Sentence, last_person: str | None
) -> _Attribution | None:
    text = sentence.text
    patterns = _patterns()
    match = patterns["after"].match(text) or patterns["before"].match(text)
    if not match:
        return None
    groups = match.groupdict()
    mention = groups.get("speaker") or groups.get("speaker2")
    verb = groups.get("verb") or groups.get("verb2")
    if not mention and groups.get("glued"):
        mention = ((groups.get("role2") or "") + groups["glued"]).strip()
        verb = groups["gverb"]
    if not mention:
        return None
    role, name = split_role(mention)
    if not name:
        return None
    after = text[match.end("speaker2") if groups.get("speaker2") else match.end() :]
    of = patterns["of"].match(after)
    if of and groups.get("speaker2"):
        role = f"{role}, {of.group('of')}" if role else of.group("of")
    if name.lower() in PRONOUNS:
        if not last_person or name.lower() == "they":
            return None
        role, name = split_role(last_person)
    start = sentence.start + match.start("content")
    content = match.group("content").strip(" ,“”\"")
    start = sentence.start + text.index(content, match.start("content"))
    quote = Quote(content, start, start + len(content), mention, verb,
                  any(mark in match.group("content") for mark in "“”\"«»"))
    return _Attribution(quote, name, role)


def split_role(mention: str) -> tuple[str | None, str]:
    """'Chinese leader Xi Jinping' -> ('Chinese leader', 'Xi Jinping'); titles become the role."""
    tokens = mention.split()
    name: list[str] = []
    for token in reversed(tokens):
        if token[:1].isupper() and token.rstrip(".") not in _titles():
            name.insert(0, token)
        else:
            break
    if not name and tokens and tokens[-1].lower() in PRONOUNS:
        return None, tokens[-1]
    role = " ".join(tokens[: len(tokens) - len(name)]) or None
    return role, " ".join(name)


def _last_person(text: str) -> str | None:
    """The last 'Title Name' in a sentence ('President Tokayev speaks' -> 'Tokayev')."""
    matches = list(_patterns()["person"].finditer(text))
    return matches[-1].group(0) if matches else None


def _group(attributions: list[_Attribution]) -> tuple[Speaker, ...]:
    """Merge aliases ('Xi' into 'Xi Jinping') and order speakers by number of quotes."""
    names = sorted({a.speaker for a in attributions}, key=len, reverse=True)
    canonical = {}
    for name in names:
        parts = set(name.split())
        longer = next((n for n in canonical.values() if parts < set(n.split())), None)
        canonical[name] = longer or name
    quotes: dict[str, list[Quote]] = {}
    roles: dict[str, str | None] = {}
    for a in attributions:
        key = canonical[a.speaker]
        quotes.setdefault(key, []).append(a.quote)
        roles[key] = roles.get(key) or a.role
    speakers = [Speaker(n, roles[n], tuple(q)) for n, q in quotes.items()]
    return tuple(sorted(speakers, key=lambda s: (-len(s.quotes), s.quotes[0].start)))
