"""Scraped text whose UTF-8 was once decoded as Windows-1252 is shown repaired, with a note;
clean text is read exactly as written (invented sentences, none from a corpus)."""

from __future__ import annotations

import pytest

from desktop.engine.readers import read_bytes, read_path
from desktop.engine.readers.decoding import decode
from desktop.engine.readers.mojibake import unmangled
from desktop.engine.speakers import find_speakers
from tests.conftest import ROOT
from tests.engine.corpus import CORPUS

LOST = "\ufffd"  # what a decoder leaves for the byte 9D of '”', which Windows-1252 lacks

MANGLED = [
    # '“' '”' '’' '—' and accents, each the way Windows-1252 shows their UTF-8 bytes
    ("â€œWe will rebuild the bridge,â€\x9d Ruiz said.",
     "“We will rebuild the bridge,” Ruiz said."),
    (f"â€œWe will rebuild the bridge,â€{LOST} Ruiz said.",
     "“We will rebuild the bridge,” Ruiz said."),
    ("Itâ€™s late â€” again, said FranÃ§ois Ruiz.", "It’s late — again, said François Ruiz."),
    (f"A wellâ€{LOST}known cafÃ© closed.", "A well‐known café closed."),
    # Windows-1252 read as Latin-1: its curly marks became control characters
    ("\x93We will stay\x94, Ruiz said.", "“We will stay”, Ruiz said."),
    # twice mangled, its accents decomposed
    ("FranA\u0303\x83A\u0302\u00a7ois Ruiz spoke.", "François Ruiz spoke."),
]

CLEAN = [
    "“We will rebuild the bridge,” Ruiz said — twice…",
    "It's a \"plain\" quote, and a ''typed'' one.",
    "The café's naïve owner, Zoë Müller, sagte: „Wir kommen.“",
    "SÃO PAULO — Brazil’s team won the ﬁnal, ＡＢＣ said.",
    "The cafe\u0301 stays decomposed; Größe Ñandú.",
    "The café—closed on Monday—reopens; Zoë’s “déjà vu” Ã.",
]


@pytest.mark.parametrize(("mangled", "repaired"), MANGLED)
def test_mojibake_is_repaired_with_a_note(mangled, repaired):
    article = read_bytes(f"The council met.\n\n{mangled}".encode(), name="scraped.txt")
    assert article.text == f"The council met.\n\n{repaired}"
    assert article.notes == ("1 line of “scraped.txt” was once decoded in the wrong encoding "
                             "(“ read as â€œ) and is shown repaired.",)


@pytest.mark.parametrize("clean", CLEAN)
def test_clean_text_is_read_as_written(clean):
    article = read_bytes(f"The council met.\n\n{clean}".encode(), name="clean.txt")
    assert article.text == f"The council met.\n\n{clean}"
    assert article.notes == ()


def test_a_mangled_quotation_is_found_and_given_to_its_speaker():
    text = (f"The council met.\n\nâ€œWe will rebuild the bridge,â€{LOST} Ruiz said.\n\n"
            "â€œIt is ours,â€\x9d Tom Bell said.")
    speakers = {s.name: [q.text for q in s.quotes]
                for s in find_speakers(read_bytes(text.encode(), name="scraped.txt"))}
    assert speakers == {"Ruiz": ["We will rebuild the bridge"], "Tom Bell": ["It is ours"]}


def test_every_mangled_line_is_counted_in_html_too(tmp_path):
    page = ("<html><body><p>â€œWe will stay,â€\x9d Ruiz said.</p><p>The ferry ran.</p>"
            "<p>Itâ€™s ours, Bell said.</p></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page.replace("</p>", "</p>\n").encode())
    before = path.read_bytes()
    article = read_path(path)
    assert path.read_bytes() == before
    assert "“We will stay,” Ruiz said." in article.text and "It’s ours" in article.text
    assert article.notes == ("2 lines of “page.html” were once decoded in the wrong encoding "
                             "(“ read as â€œ) and are shown repaired.",)


def _dev_texts() -> list:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    if CORPUS.is_dir():  # BBC's test part (numbers divisible by 5) is left alone
        paths += [p for p in sorted(CORPUS.glob("*/**/*.txt"))
                  if not (p.parts[-4:-2] == ("bbc-news-summary", "articles") and
                          int(p.stem) % 5 == 0)]
    return paths


def test_the_seeds_and_the_dev_corpora_are_read_unchanged():
    """Every seed and dev text decodes to the same characters after the repair, but for the one
    PolNeAR article that names François Hollande twice mangled."""
    changed = []
    for path in _dev_texts():
        text = decode(path.read_bytes(), path.name).text
        if unmangled(text, path.name) != (text, None):
            changed.append(path.name)
    expected = ["wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea.txt"]
    assert changed == (expected if CORPUS.is_dir() else [])
