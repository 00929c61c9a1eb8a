"""The text of an HTML fragment's block elements: the fallback for tiny pages, and EPUB chapters."""

from __future__ import annotations

from html.parser import HTMLParser

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class BlockText(HTMLParser):
    """Collects the <title>, the first <h1>, and the text of each block element.

    `blocks` holds (text, is_heading) pairs in document order; navigation, scripts, styles and
    asides are skipped.
    """

    BLOCKS = {"p", "li", "blockquote", "div", "article", "section", "br", "tr", "dd", "dt",
              *HEADINGS}
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "figure", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title, self.h1 = "", ""
        self.blocks: list[list] = [["", False]]
        self._skip, self._in = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        if tag in self.BLOCKS:
            self.blocks.append(["", tag in HEADINGS])
        self._in.append(tag)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        if tag in self.BLOCKS:
            self.blocks.append(["", False])
        if tag in self._in:
            del self._in[len(self._in) - 1 - self._in[::-1].index(tag) :]

    def handle_data(self, data):
        current = self._in[-1] if self._in else ""
        if current == "title":
            self.title += data
        elif self._skip:
            return
        elif current == "h1" and not self.h1.strip():
            self.h1 = data
            self.blocks.append(["", False])
        else:
            self.blocks[-1][0] += data


def block_text(markup: str) -> BlockText:
    """Parse `markup` (never fetching anything it links to)."""
    parser = BlockText()
    parser.feed(markup)
    parser.close()
    return parser
