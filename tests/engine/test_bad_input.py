"""Bad input gets one sentence: no hang, no traceback, no exhausted memory, no write to the file.

Each case is listed with its message in the README's Troubleshooting section.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import subprocess
import sys
import zipfile
from dataclasses import replace

import pytest

from desktop.app import main as app_main
from desktop.cli import main
from desktop.engine import repair
from desktop.engine.errors import ArticleError, EmptyArticle, NotText, TooLarge, UnreadableFile
from desktop.engine.language import CANDIDATES
from desktop.engine.readers import archive, build_article, read_bytes, read_path
from desktop.engine.speakers import find_speakers
from desktop.engine.summary import ALGORITHMS, summarize
from tests.conftest import HANG_S, ROOT
from tests.engine import made_files


@contextlib.contextmanager
def untouched(path):
    """The file's bytes and modification time are the same after the block as before it."""
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    yield
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


def written(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def sentence_of(error: ArticleError) -> str:
    text = str(error)
    assert text.endswith(".") and "\n" not in text and "Traceback" not in text
    return text


# -- never hang, never exhaust memory ------------------------------------------------------------
def test_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(UnreadableFile) as caught:
        read_path(pipe)
    assert sentence_of(caught.value) == ("“pipe.txt” is not a regular file (it is a pipe, device "
                                         "or socket); Précis reads only files.")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_endless_devices_are_refused(device):
    with pytest.raises(UnreadableFile, match="is not a regular file"):
        read_path(device)


def test_endless_standard_input_stops_at_the_limit():
    with open("/dev/zero", "rb") as zeros:
        result = subprocess.run([sys.executable, "-m", "desktop.cli", "-"], stdin=zeros,
                                capture_output=True, text=True, cwd=ROOT, timeout=HANG_S)
    assert result.returncode == 1
    assert result.stderr.strip() == ("precis-summarize: “standard input” is larger than 20 MB; "
                                     "Précis opens articles up to 20 MB.")


def test_later_files_still_run_after_a_pipe(tmp_path, capsys):
    os.mkfifo(tmp_path / "pipe")
    good = written(tmp_path, "good.txt", b"The ferry ran late. Passengers waited an hour.")
    assert main([str(tmp_path / "pipe"), str(good)]) == 1
    captured = capsys.readouterr()
    assert "is not a regular file" in captured.err and "Passengers waited" in captured.out


def test_a_huge_token_is_not_tried_for_repair(monkeypatch):
    def no_lookup(word):
        raise AssertionError("a 100,000-letter token was looked up")

    monkeypatch.setattr(repair, "_zipf", no_lookup)
    token = "ab" * 50_000
    assert repair.split_word(token, repair.article_vocabulary([token])) is None


def test_a_huge_token_reads_as_written(tmp_path):
    token = "x" + "abcdefghij" * 10_000
    path = written(tmp_path, "long.txt", f"The word {token} is long.".encode())
    with untouched(path):
        article = read_path(path)
    assert token in article.text and not article.repairs


def test_text_over_the_limit_while_reading(tmp_path, monkeypatch):
    from desktop.engine.readers import source

    monkeypatch.setattr(source, "MAX_BYTES", 100)
    with pytest.raises(TooLarge, match="larger than"):
        source.read_stream(io.BytesIO(b"x" * 101), "standard input", 100)
    assert source.read_stream(io.BytesIO(b"x" * 100), "standard input", 100) == b"x" * 100


def test_extracted_text_over_the_limit(tmp_path, monkeypatch):
    from desktop.engine.readers import parsed

    monkeypatch.setattr(parsed, "MAX_BYTES", 1024 * 1024)
    path = written(tmp_path, "many.md", b"Paragraph of words here.\n\n" * 50_000)
    with untouched(path), pytest.raises(TooLarge) as caught:
        read_path(path)
    assert sentence_of(caught.value) == ("The article holds more than 1 MB of text; Précis "
                                         "opens articles up to 1 MB.")


def test_zip_that_unpacks_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "UNPACKED_LIMIT", 1000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as made:
        made.writestr("word/document.xml", b"0" * 5000)
    path = written(tmp_path, "bomb.docx", buffer.getvalue())
    with untouched(path), pytest.raises(TooLarge) as caught:
        read_path(path)
    assert sentence_of(caught.value).startswith("“bomb.docx” unpacks to 0 MB")


# -- scores and output ---------------------------------------------------------------------------
def _refuse_constant(name):
    raise ValueError(f"not JSON: {name}")


@pytest.mark.parametrize("algorithm", list(ALGORITHMS))
def test_stop_words_only_give_finite_scores_and_valid_json(tmp_path, capsys, algorithm):
    path = written(tmp_path, "stop.txt", b"It is what it is. And so it was. Then it was not.")
    with untouched(path):
        assert main(["--format", "json", "-a", algorithm, str(path)]) == 0
    out = json.loads(capsys.readouterr().out, parse_constant=_refuse_constant)
    assert all(math.isfinite(s["score"]) for s in out["summary"])


def test_terminal_escapes_are_stripped_from_text_and_markdown(tmp_path, capsys):
    evil = "\x1b]0;owned\x07Harbour \x1b[31mnews\x1b[0m today. The \x9bferry\x07 ran late."
    evil = evil.encode()
    path = written(tmp_path, "escape.txt", evil)
    for form in ("text", "markdown"):
        with untouched(path):
            assert main(["--format", form, str(path)]) == 0
        out = capsys.readouterr().out
        assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in out)
        assert "ferry" in out
    assert main(["--format", "json", str(path)]) == 0
    raw = capsys.readouterr().out
    assert "\x1b" not in raw and "\x9b" not in raw
    assert "\x1b" in json.loads(raw)["text"]  # JSON keeps the text exact, escaped


def test_an_unknown_option_is_an_error_not_the_sample(capsys):
    with pytest.raises(SystemExit) as caught:
        app_main(["-file.txt"])
    assert caught.value.code == 2
    assert "precis: error: unrecognized arguments: -file.txt" in capsys.readouterr().err


# -- text exactly as written ---------------------------------------------------------------------
def test_one_stray_byte_in_utf8_is_replaced_and_reported(tmp_path):
    data = "Profits rose to £600m, the bank’s chief said. Shares fell.".encode()
    data = data.replace("£".encode(), b"\xa3", 1)
    path = written(tmp_path, "stray.txt", data)
    with untouched(path):
        article = read_path(path)
    assert article.text == "Profits rose to \ufffd600m, the bank’s chief said. Shares fell."
    assert article.notes == ("1 byte in “stray.txt” was not valid UTF-8 and show as �.",)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, codec):
    text = "Zoë met the mayor on Friday. They spoke about the harbour."
    path = written(tmp_path, "wide.txt", text.encode(codec))
    with untouched(path):
        assert read_path(path).text == text


def test_cjk_sentences_and_counts():
    article = read_bytes("北京今天下雨了。司机们很小心！你带伞了吗？\n\n明天会晴。".encode(),
                         name="zh.txt")
    assert [s.text for s in article.sentences] == ["北京今天下雨了。", "司机们很小心！",
                                                   "你带伞了吗？", "明天会晴。"]
    assert article.words == 7 + 6 + 5 + 4  # each character a word, punctuation not
    japanese = read_bytes("東京は晴れです。「本当ですか？」と彼は聞いた。".encode(), name="ja.txt")
    assert [s.text for s in japanese.sentences] == ["東京は晴れです。",
                                                    "「本当ですか？」と彼は聞いた。"]


def test_markdown_paragraph_after_a_heading_without_a_full_stop():
    article = read_bytes(b"# News\n\n## Update\n\nThe road is open again\n", name="a.md")
    assert article.text.endswith("The road is open again")


# -- languages -----------------------------------------------------------------------------------
POLISH = ("Rada miasta zebrała się w poniedziałek. Radni przyjęli plan budowy nowego mostu na "
          "rzece. Mieszkańcy mówili, że to dobry plan i że czekali na niego od lat. Burmistrz "
          "podziękował wszystkim za udział w spotkaniu. Prace mają się zacząć jesienią.")


@pytest.mark.parametrize("language", CANDIDATES)
def test_every_algorithm_for_every_detected_language(language):
    article = replace(build_article([POLISH, "Drugi akapit jest krótki. Tak jest."], title="T"),
                      language=language)
    for algorithm in ALGORITHMS:
        summary = summarize(article, count=2, algorithm=algorithm)
        assert len(summary.sentences) == 2
        assert all(math.isfinite(k.score) for k in summary.sentences)
        assert "install" not in summary.note
    find_speakers(article)


def test_polish_falls_back_with_one_sentence(tmp_path):
    path = written(tmp_path, "pl.txt", POLISH.encode())
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "-a", "lsa", str(path),
                             str(path)], capture_output=True, text=True, cwd=ROOT, timeout=HANG_S)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    note = ("precis-summarize: Précis has no Polish stemmer, so the summary compares words as "
            "written (forms of one word count as different words).")
    assert result.stderr.splitlines() == [note, note]
    assert "pip" not in result.stderr and result.stdout.count("Key sentences") == 2


# -- formats that cannot be read -----------------------------------------------------------------
@pytest.mark.parametrize(("name", "data", "error", "message"), [
    ("broken.docx", b"PK\x03\x04 not really a zip", NotText,
     "“broken.docx” is not a Word document Précis can read (it may be damaged)."),
    ("broken.epub", b"PK\x03\x04 not really a zip", NotText,
     "“broken.epub” is not an e-book Précis can read (it may be damaged)."),
    ("broken.pdf", b"%PDF-1.4\n garbage", NotText,
     "“broken.pdf” is not a PDF Précis can read (it may be damaged)."),
    ("scan.pdf", made_files.pdf_bytes([[]]), EmptyArticle,
     "“scan.pdf” has no text layer (it may be a scan); Précis reads only PDFs with text."),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, NotText,
     "“binary.txt” is not a text file (it looks like binary data)."),
    ("empty.txt", b"", EmptyArticle, "“empty.txt” holds no text to read."),
    ("blank.html", b"<html><body><script>var a;</script> </body></html>", EmptyArticle,
     "“blank.html” holds no text to read."),
])
def test_unreadable_content_gets_its_sentence(tmp_path, name, data, error, message):
    path = written(tmp_path, name, data)
    with untouched(path), pytest.raises(error) as caught:
        read_path(path)
    assert sentence_of(caught.value) == message


def test_password_protected_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(made_files.pdf_bytes([["Secret."]]))))
    writer.encrypt(user_password="pw", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = written(tmp_path, "secret.pdf", buffer.getvalue())
    with untouched(path), pytest.raises(UnreadableFile) as caught:
        read_path(path)
    assert sentence_of(caught.value) == ("“secret.pdf” is a password-protected PDF; Précis "
                                         "cannot open it.")


def test_missing_folder_and_symlink_loop(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    cases = {tmp_path / "gone.txt": "“gone.txt” does not exist (it may have been moved or "
                                     "deleted).",
             tmp_path: f"“{tmp_path.name}” is a folder, not an article.",
             loop: "“loop.txt” could not be read: Too many levels of symbolic links."}
    for path, message in cases.items():
        with pytest.raises(UnreadableFile) as caught:
            read_path(path)
        assert sentence_of(caught.value) == message
