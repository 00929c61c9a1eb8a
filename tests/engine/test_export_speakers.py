"""Speakers and repairs in `precis-summarize --format json` and the other exports."""

from __future__ import annotations

import json

from desktop.cli import main
from desktop.engine.export import attributed, shown_as, to_dict, to_markdown, to_text
from desktop.engine.pipeline import Digest
from desktop.engine.speakers import find_speakers
from desktop.engine.summary import summarize
from tests.engine.helpers import article

TEXT = ("Ana Ruiz said the bridge will open in May. "
        '"We will not stop," awife told the BBC. Ana Ruiz added that trams will follow.')


def digest() -> Digest:
    a = article(TEXT)
    return Digest(a, summarize(a, count=1), find_speakers(a))


def test_json_keeps_the_speaker_contract_and_adds_repairs():
    out = to_dict(digest())
    first = out["speakers"][0]
    assert {"name", "role", "quotes", "named", "kind"} <= set(first)
    assert {"text", "start", "end", "mention", "cue", "direct"} <= set(first["quotes"][0])
    assert [s["name"] for s in out["speakers"]] == ["Ana Ruiz", "a wife"]
    assert out["repairs"] == [{"start": out["text"].index("a wife"),
                               "end": out["text"].index("a wife") + 6,
                               "original": "awife", "replacement": "a wife"}]
    for s in out["speakers"]:
        for q in s["quotes"]:
            assert out["text"][q["start"] : q["end"]] == q["text"]


def test_text_marks_reported_speech_and_unnamed_speakers():
    text = to_text(digest())
    assert "– the bridge will open in May. (reported)" in text
    assert "• a wife [unnamed]" in text and "– “We will not stop”" in text
    assert "*(unnamed)*" in to_markdown(digest())


def test_quote_copied_with_its_attribution():
    d = digest()
    wife = d.speakers[1]
    assert attributed(wife.quotes[0], wife) == "“We will not stop” — a wife"


def test_cli_json_and_no_repair(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["--format", "json", str(path)]) == 0
    names = [s["name"] for s in json.loads(capsys.readouterr().out)["speakers"]]
    assert "a wife" in names
    assert main(["--format", "json", "--no-repair", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["repairs"] == [] and "a wife" not in [s["name"] for s in out["speakers"]]


def test_unattributed_quotations_are_exported_last_without_an_unnamed_tag():
    a = article("“Nobody told us anything about the closure before it happened.”",
                "Ana Ruiz said the bridge will open in May.")
    text = to_text(Digest(a, summarize(a, count=1), find_speakers(a)))
    assert text.rstrip().endswith(
        "• Unattributed quotes\n    – “Nobody told us anything about the closure before it "
        "happened.”")
    (rest,) = [s for s in find_speakers(a) if s.kind == "unattributed"]
    assert attributed(rest.quotes[0], rest) == (
        "“Nobody told us anything about the closure before it happened.”")


TITLED = ("The Harbour Medical Association met on Monday. Its president, Dr. Ana Ruiz, told "
          "reporters the province must pay for the paperwork. Coun. Tom Bell said the ward "
          "would close. President Sam Osei said the ferry would run.")


def test_a_title_abbreviation_is_shown_before_the_name_as_written():
    a = article(TITLED)
    d = Digest(a, summarize(a, count=1), find_speakers(a))
    text = to_text(d)
    # the possessive role opens in lower case, 'its' naming the body the sentence before opens
    assert "Dr. Ana Ruiz (the Harbour Medical Association's president)" in text
    assert "Coun. Tom Bell" in text
    assert "Sam Osei (President)" in text  # a title word, not an abbreviation: stays a role
    quote = next(q for s in d.speakers for q in s.quotes if "ward" in q.text)
    speaker = next(s for s in d.speakers if quote in s.quotes)
    assert attributed(quote, speaker).endswith("— Coun. Tom Bell")
    assert to_dict(d)["speakers"][0]["name"] in ("Ana Ruiz", "Tom Bell", "Sam Osei")


def test_a_title_abbreviation_after_role_words_is_shown_before_the_name():
    a = article('"The effect was bigger than we expected," said lead author Dr. Ana Ruiz, a '
                "doctor at Harbour Hospital.")
    (speaker,) = find_speakers(a)
    assert shown_as(speaker) == ("Dr. Ana Ruiz", "lead author, a doctor at Harbour Hospital")
    assert speaker.role == "lead author Dr., a doctor at Harbour Hospital"  # as found
