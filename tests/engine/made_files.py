"""Small documents of each format, written by the tests themselves (invented text)."""

from __future__ import annotations

import io

PAGE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour bridge reopens after repairs | The Coastal Gazette</title>
<meta property="og:title" content="Harbour bridge reopens after repairs">
<meta property="og:site_name" content="The Coastal Gazette">
<meta name="author" content="Maria Lindqvist">
<meta property="article:published_time" content="2024-03-14T09:30:00Z">
<script>var tracking = 1;</script>
<link rel="stylesheet" href="https://example.invalid/site.css">
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience.
Accept all cookies?</p><button>Accept</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>Harbour bridge reopens after repairs</h1>
<p class="byline">By <span class="author">Maria Lindqvist</span>
<time datetime="2024-03-14">14 March 2024</time></p>
<img src="https://example.invalid/bridge.jpg" alt="The bridge">
<p>The harbour bridge reopened to traffic on Thursday morning after eight months of repairs
to its steel frame.</p>
<p>Engineers replaced more than two hundred rusted rivets and repainted the whole span, the
council said in a statement.</p>
<p>"We are proud that the work finished on time and within budget," said Tomas Berg, the
council's head of transport.</p>
<p>Local shop owners welcomed the news, saying the closure had cut the number of visitors to
the old town by almost half.</p>
<p>Buses will return to their usual routes from Monday, and a new cycle lane will open on the
western side in May.</p>
</article>
<aside class="most-read"><h2>Most read</h2><ol>
<li><a href="/a">Storm warning issued for the coast tonight</a></li>
<li><a href="/b">Local team wins the regional cup final</a></li>
<li><a href="/c">New bakery opens in the market square</a></li></ol></aside>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>Finally! It took them long enough to fix this bridge.</p></div>
<div class="comment"><p>Great news for the shops in the old town.</p></div></section>
</main>
<footer><p>© 2024 The Coastal Gazette. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></p></footer>
</body></html>
"""
PAGE_NOISE = ("cookies", "Home", "Sport", "Most read", "Storm warning", "bakery", "Comments",
              "Finally", "Great news", "rights reserved", "Privacy")


def docx_bytes() -> bytes:
    """A Word document: Title style, a heading, bold and italic runs, a bulleted list."""
    import docx

    document = docx.Document()
    document.core_properties.title = "Council backs new library"
    document.core_properties.author = "Ruth Okafor"
    document.add_paragraph("Council backs new library", style="Title")
    body = document.add_paragraph("The council voted on Tuesday to build a ")
    body.add_run("new library").bold = True
    body.add_run(" beside the station, ending a ")
    body.add_run("decade").italic = True
    body.add_run(" of debate.")
    document.add_heading("What happens next", level=1)
    document.add_paragraph("Building work starts in the spring.", style="List Bullet")
    document.add_paragraph("The old library stays open until then.", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


HARBOUR_CHAPTERS = (
    ("The Fog", "The fog came in early that year. Nobody on the quay could see the boats."),
    ("The Lamp", "A lamp was lit in the old tower. The boats found their way home at last."),
)


def epub_bytes(tmp_path, chapters=HARBOUR_CHAPTERS, toc_titles=None, cover=False) -> bytes:
    """An e-book of `chapters` ((heading, text) pairs; text may hold several <p>) and its
    navigation document, written by ebooklib. `toc_titles` name the chapters in the table of
    contents (else their headings); `cover` puts a page holding only an image first."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("precis-test-book")
    book.set_title("Tales of the Harbour")
    book.set_language("en")
    book.add_author("Ines Moreau")
    pages = []
    if cover:
        page = epub.EpubHtml(title="Cover", file_name="cover.xhtml", lang="en")
        page.content = '<div><img src="cover.png" alt=""/></div>'
        book.add_item(page)
        pages.append(page)
    for number, (heading, text) in enumerate(chapters, start=1):
        title = toc_titles[number - 1] if toc_titles else heading
        chapter = epub.EpubHtml(title=title, file_name=f"ch{number}.xhtml", lang="en")
        chapter.content = f"<h1>{heading}</h1><p>{text}</p>"
        book.add_item(chapter)
        pages.append(chapter)
    book.toc = [p for p in pages if p.file_name != "cover.xhtml"]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *pages]
    path = tmp_path / "made.epub"
    epub.write_epub(str(path), book)
    return path.read_bytes()


def pdf_bytes(pages: list[list[str]], title: str | None = None) -> bytes:
    """A PDF with a text layer: each page's lines set in Helvetica from the top down."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 "
               "/BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        shown = "".join(f"({_pdf_string(line)}) Tj T* " for line in lines)
        stream = f"BT /F1 11 Tf 14 TL 72 760 Td {shown}ET"
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents "
                       f"{len(objects)} 0 R /Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    info = None
    if title:
        objects.append(f"<< /Title ({_pdf_string(title)}) >>")
        info = len(objects)
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R" + (f" /Info {info} 0 R" if info else "")
    out += f"trailer\n{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
