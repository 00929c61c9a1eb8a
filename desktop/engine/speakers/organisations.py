"""'It said' after an organisation is named: 'The Harbour Authority runs the port. It said …'
goes to the organisation when none has spoken in the sentences before."""

from __future__ import annotations

from desktop.engine.article import Article
from desktop.engine.speakers.aliases import name_runs_in
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import organisation_words, word_set

ORGANISATION_WINDOW = 2  # sentences back in which 'it' may find an organisation named


def named_organisation(article: Article, found: Found) -> tuple[str, None, str] | None:
    """(name, no role, 'organisation') for the organisation named last before the mention 'it'
    of `found`, in its sentence or the few before; None for 'they' or when none is named."""
    if found.words[0].lower() != "it":
        return None
    start = article.sentences[max(0, found.sentence - ORGANISATION_WINDOW)].start
    names = [m.group(1).split() for m in name_runs_in(article.text)
             if start <= m.start(1) < found.mention.start]
    for words in reversed(names):
        if any(w in organisation_words() for w in words):
            while words and words[0].lower() in word_set("articles.txt"):
                words = words[1:]
            return " ".join(words), None, "organisation"
    return None

