"""A key sentence shown with its lead-in: one item in the text, Markdown, HTML and JSON."""

from __future__ import annotations

import json

from desktop.cli import main
from desktop.engine.export import to_dict, to_html, to_markdown, to_text
from desktop.engine.pipeline import Digest
from desktop.engine.readers import from_plain_text
from desktop.engine.summary import summarize
from tests.engine.helpers import LEAD_IN, LEAD_IN_TEXT, POINTING


def digest() -> Digest:
    article = from_plain_text(LEAD_IN_TEXT)
    return Digest(article, summarize(article, count=3), ())  # key sentences only


def test_text_puts_the_lead_in_before_the_key_sentence_in_one_bullet():
    lines = to_text(digest()).splitlines()
    assert f"• {LEAD_IN} {POINTING}" in lines
    assert not any(line.startswith("• ") and line[2:] == LEAD_IN for line in lines)
    assert sum(line.startswith("• ") for line in lines) == 3


def test_markdown_sets_the_lead_in_in_italics_with_its_own_asterisks_escaped():
    lines = to_markdown(digest()).splitlines()
    assert "- *The chief engineer spoke at the \\*opening\\*.* " + POINTING in lines
    assert sum(line.startswith("- ") for line in lines) == 3


def test_html_mutes_the_lead_in_inside_the_key_sentence_item():
    html = to_html(digest())
    assert (f'<li><span style="color:#6b6b6b">{LEAD_IN}</span> {POINTING}</li>') in html
    assert html.count("<li>") == 3


def test_json_gives_the_lead_in_span_and_keeps_the_key_sentence_text():
    out = to_dict(digest())
    items = {item["text"]: item for item in out["summary"]}
    context = items[POINTING]["context"]
    assert context["text"] == LEAD_IN
    assert out["text"][context["start"] : context["end"]] == LEAD_IN
    assert context["index"] == items[POINTING]["index"] - 1
    assert [item["context"] for item in out["summary"] if item["text"] != POINTING] == [None] * 2


def test_the_cli_json_carries_the_lead_in(tmp_path, capsys):
    path = tmp_path / "tunnel.txt"
    path.write_text(LEAD_IN_TEXT, encoding="utf-8")
    assert main(["--format", "json", "--sentences", "3", str(path)]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert [s["context"]["text"] for s in summary if s["context"]] == [LEAD_IN]
