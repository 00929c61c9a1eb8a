"""'The statement said': a document an earlier attribution issued speaks for whoever issued it;
"Mr Bell's e-mail said", "her letter said", "a statement from Premier Ana Ruiz said": a
document's owner or sender speaks through it."""

from __future__ import annotations

import re

from desktop.engine.article import Article, Sentence
from desktop.engine.speakers.found import Found, found_at
from desktop.engine.speakers.lexicon import flagged, given_name, word_set
from desktop.engine.speakers.noun_cues import possessor
from desktop.engine.speakers.noun_phrases import Mention, tokens

DOCUMENT_REACH = 3  # paragraphs back in which the document's issuer is looked for
SENTENCE_REACH = 60  # and sentences back (a text of one paragraph is no 3 paragraphs)
_SUBJECT_WORDS = 4  # 'The Bell campaign', "Ana Ruiz's office" before 'issued a statement:'
NAMED_REACH = 3  # sentences back in which 'The memo' opening a quotation's frame was named

Who = tuple[str, str | None, str]  # (name, role, kind)
# 'It reads:', 'It read, in part:' between the mention and the quotation it presents
_READS = re.compile(r"\s+read(?:s|)\b[^\"“”:.]{0,20}:\s*")
_SENDER = re.compile(r"\s(?:by|from)\s")  # 'a memo sent by …', 'a letter from …'
# a verb of writing or sending in the active voice: its subject wrote the document
_WROTE = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )\b(?:wrote|sent|emailed|"
                    r"e-mailed|texted|posted|signed|issued|released|circulated)\b")
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
        memo sent Sunday by director Al Webb to …'), else the first it names when it writes or
        sends in the active voice ('Bell wrote me an email', not 'were sent an email'); None for
        any other mention, or when the sentence before names no document."""
        index = self._naming(found)
        if index is None:
            return None
        before = self.article.sentences[index]
        if said := dict(self._said).get(index):
            return said
        sender = _SENDER.search(before.text)  # 'a memo sent by …', 'a letter from …'
        if sender:
            names = reversed([m.group() for m in _CAPITALISED.finditer(before.text, sender.end())])
        elif _WROTE.search(before.text):  # the subject of 'Bell wrote me a note', not of 'were
            names = (m.group() for m in _CAPITALISED.finditer(before.text))  # sent an email'
        else:
            return None
        person = next((p for n in names if (p := _known_as(n, known))), None)
        return (person, None, "person") if person else None

    def _naming(self, found: Found) -> int | None:
        """The sentence naming the document `found` reads from: the one before 'It reads:',
        or the latest in reach that names the noun of 'The memo' opening a sentence whose
        colon presents a quotation (an attribution with no verb); None if there is none."""
        text, nouns = self.article.text, flagged("document_nouns.txt")
        if found.words == ("It",) and _READS.fullmatch(text, found.mention.end, found.start):
            wanted, reach = nouns, 1
        elif not found.cue and len(found.words) == 2 and found.words[0] == "The" and (
                found.words[1].lower() in nouns):
            wanted, reach = {found.words[1].lower()}, NAMED_REACH
        else:
            return None
        for index in range(found.sentence - 1, max(-1, found.sentence - 1 - reach), -1):
            words = {w.strip(".,;:").lower() for w in self.article.sentences[index].text.split()}
            if words & wanted:
                return index
        return None


def _known_as(name: str, known: set[str]) -> str | None:
    """`name` if `known`, else the one known full name it ends ('Quill': 'Nora Quill')."""
    if name in known:
        return name
    full = [k for k in known if k.endswith(" " + name)]
    return full[0] if len(full) == 1 else None


def document_lead(before: Sentence, case: dict[str, str], quote: tuple[int, int]) -> Found | None:
    """The speaker of a quotation presented by the colon ending `before`: a document opening it
    ('The memo, which does not mention Gordon Pike by name, … includes three rules in bold:
    "…"'), which speaks for whoever wrote it, not a person its clauses name; or the subject
    of a verb issuing a document ('The Bell campaign issued a one-line statement: "…"')."""
    toks = tokens(before.text, before.start, case)
    nouns = flagged("document_nouns.txt")
    if len(toks) < 3:
        return None
    if toks[0].text.lower() == "the" and toks[1].text.lower() in nouns:
        return found_at(before, toks, "", (0, 2), quote, False)
    last = len(toks) - 1 - (toks[-1].text == ":")
    verb = next((k for k in range(last - 1, max(0, last - 5), -1)
                 if toks[k].text in word_set("authorship_participles.txt")), None)
    if verb is None or toks[last].text.lower() not in nouns or toks[verb + 1].text.lower() not in (
            "a", "an") or not 1 <= verb <= _SUBJECT_WORDS or not all(
            t.text[:1].isalpha() for t in toks[:verb]):
        return None
    return found_at(before, toks, toks[verb].text, (0, verb), quote, False)


def owner(found: Found) -> Found:
    """`found` with its speaker's words cut to the owner of the document they name: "Mr
    Bell's e-mail suggested" is Mr Bell's, "Her letter said" hers ('she'), "the senator's
    statement said" the senator's; `found` itself for any other words."""
    if sent := _sent_by(found):
        return sent
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


def _sent_by(found: Found) -> Found | None:
    """'a statement from Premier Ana Ruiz', 'the memo from chief executive Ana Ruiz': `found`
    cut to the person who sent the document, named with a given name; none for a body ('a
    statement from the family', 'a letter from Harbour Ferries')."""
    words = found.words
    k = next((k for k in range(1, min(len(words), 3)) if words[k] == "from" and words[
        k - 1].lower() in flagged("document_nouns.txt")), 0)
    if not k or len(words) < k + 3 or not given_name(words[-2]) or not words[-1][:1].isupper():
        return None
    mention = found.mention
    start = mention.start + mention.text.index(" from ") + len(" from ")
    return found._replace(words=words[k + 1 :], mention=Mention(
        mention.text[start - mention.start :], start, mention.end))
