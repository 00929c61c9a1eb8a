"""'The statement said': a document an earlier attribution issued speaks for whoever issued it;
"Mr Bell's e-mail said", "her letter said": a document's owner speaks through it."""

from __future__ import annotations

import re

from desktop.engine.article import Article
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import flagged
from desktop.engine.speakers.noun_cues import possessor
from desktop.engine.speakers.noun_phrases import Mention, tokens

DOCUMENT_REACH = 3  # paragraphs back in which the document's issuer is looked for
SENTENCE_REACH = 60  # and sentences back (a text of one paragraph is no 3 paragraphs)

Who = tuple[str, str | None, str]  # (name, role, kind)
# 'It reads:', 'It read, in part:' between the mention and the quotation it presents
_READS = re.compile(r"\s+read(?:s|)\b[^\"“”:.]{0,20}:\s*")
_SENDER = re.compile(r"\s(?:by|from)\s")  # 'a memo sent by …', 'a letter from …'
# a run of capitalised words: a name after a document's 'by'
_CAPITALISED = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


class Issuers:
    """The speakers resolved so far, by sentence, to tell who issued 'the statement'."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._said: list[tuple[int, Who]] = []  # (sentence, the one speaker), in article order

    def add(self, found: Found, who: list[Who]) -> None:
        """Records the speaker of an attribution: one person, body or described speaker."""
        if len(who) == 1 and who[0][2] in ("person", "organisation", "unnamed"):
            self._said.append((found.sentence, who[0]))

    def issuer(self, found: Found) -> Who | None:
        """'the statement' (`found`'s words) -> the speaker of the attribution in the latest
        sentence before it, within DOCUMENT_REACH paragraphs, that names a statement ('In a
        statement, the ministry said') or a form one is sent in ('said in an email'); None for
        any other words, when no sentence near names one, or when the latest that does is no
        attribution ('A polling memo from Quinnipiac found …': 'the memo' is that one, not a
        memo someone was quoted from before)."""
        words = [w.lower() for w in found.words]
        if len(words) != 2 or words[0] != "the" or words[1] not in flagged("document_nouns.txt"):
            return None
        forms = flagged("document_nouns.txt", "statement") if words[1] == "statement" else ()
        noun = re.compile(r"\b(?:{})\b".format("|".join(map(re.escape, {words[1], *forms}))))
        sentences = self.article.sentences
        paragraph = sentences[found.sentence].paragraph
        said = dict(self._said)  # sentence -> its latest single speaker
        for index in range(found.sentence - 1, max(-1, found.sentence - 1 - SENTENCE_REACH), -1):
            if paragraph - sentences[index].paragraph > DOCUMENT_REACH:
                return None
            if noun.search(sentences[index].text.lower()):
                return said.get(index)
        return None


    def read_from(self, found: Found, known: set[str]) -> Who | None:
        """'It reads: "…"', 'It read, in part: "…"': the words of a document the sentence
        before names (a memo, an email), which are its writer's: the one speaker of that
        sentence's attribution, else the last person of `known` after its 'by' or 'from' ('a
        memo sent Sunday by director Al Webb to …'), else the first it names ('Bell wrote me
        an email'); None for any other mention, or when the sentence before names no document."""
        text = self.article.text
        if found.words != ("It",) or found.sentence < 1 or not _READS.fullmatch(
                text, found.mention.end, found.start):
            return None
        before = self.article.sentences[found.sentence - 1]
        nouns = flagged("document_nouns.txt")
        words = [w.strip(".,;:").lower() for w in before.text.split()]
        if not any(w in nouns for w in words):
            return None
        if said := dict(self._said).get(found.sentence - 1):
            return said
        names = [m.group() for m in _CAPITALISED.finditer(before.text)]
        sender = _SENDER.search(before.text)  # 'by' or 'from' and the name
        after = [m.group() for m in _CAPITALISED.finditer(before.text, sender.end())] if (
            sender) else []
        person = next((p for n in reversed(after) if (p := _known_as(n, known))), None) or next(
            (p for n in names if (p := _known_as(n, known))), None)  # 'Bell wrote me a note'
        return (person, None, "person") if person else None


def _known_as(name: str, known: set[str]) -> str | None:
    """`name` if `known`, else the one known full name it ends ('Quill': 'Nora Quill')."""
    if name in known:
        return name
    full = [k for k in known if k.endswith(" " + name)]
    return full[0] if len(full) == 1 else None


def owner(found: Found) -> Found:
    """`found` with its speaker's words cut to the owner of the document they name: "Mr
    Bell's e-mail suggested" is Mr Bell's, "Her letter said" hers ('she'), "the senator's
    statement said" the senator's; `found` itself for any other words."""
    if len(found.words) < 2 or found.words[-1].lower() not in flagged("document_nouns.txt"):
        return found
    mention = found.mention
    toks = tokens(mention.text, mention.start)
    owned = possessor(toks, len(toks) - 1)
    if owned is None:
        return found
    _, words, (start, end) = owned
    text = mention.text[start - mention.start : end - mention.start]
    return found._replace(words=words, mention=Mention(text, start, end))
