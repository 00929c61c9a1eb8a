"""Web pages (HTML, XHTML): the main content and its metadata, through trafilatura, offline."""

from __future__ import annotations

import logging

from desktop.engine.readers.blocks import block_text
from desktop.engine.readers.parsed import Parsed

# trafilatura logs a warning for every page it finds too short; the fallback handles those.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def read_html(text: str, name: str = "article") -> Parsed:
    """The article of a saved page: no menus, lists of other stories, comments or footer.

    trafilatura works on the string alone: it is never given a URL and fetches nothing. A page
    too small for it to judge is read block by block instead.
    """
    from trafilatura import bare_extraction  # lazy: lxml and its models load in ~0.3 s

    document = bare_extraction(text, with_metadata=True, include_comments=False,
                               include_tables=True, include_images=False, include_links=False,
                               deduplicate=False)
    if document is None or not (document.text or "").strip():
        return _blocks(text)
    title = " ".join((document.title or "").split()) or None
    parsed = Parsed(title=title, date=document.date or None,
                    byline=document.author or None, site=document.sitename or None)
    for line in document.text.split("\n"):
        if parsed.paragraphs or " ".join(line.split()) != title:  # the headline repeated
            parsed.add(line)
    return parsed


def _blocks(text: str) -> Parsed:
    page = block_text(text)
    title = " ".join((page.h1 or page.title).split()) or None
    parsed = Parsed(title=title)
    for block, _heading in page.blocks:
        parsed.add(block)
    return parsed
