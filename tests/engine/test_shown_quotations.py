"""A key sentence that opens or closes a quotation the summary cuts off: shown and copied with
an ellipsis and the missing mark, the sentence's own words and span untouched."""

from __future__ import annotations

import json

from desktop.engine.export import to_dict, to_html, to_markdown, to_text
from desktop.engine.pipeline import Digest
from desktop.engine.readers import from_plain_text
from desktop.engine.summary import KeySentence, LeadIn, Summary
from desktop.engine.summary.shown import balanced

OPENS = '"I had a patient last week who waited nine hours.'
CLOSES = 'It was a disgrace," she said.'
TEXT = f"Clinic queues grow longer\n\nA nurse in Dunmore spoke out. {OPENS} {CLOSES}\n"


def test_an_opening_the_sentence_leaves_open_is_closed_after_an_ellipsis():
    assert balanced("", OPENS) == ("", OPENS + ' …"')
    assert balanced("", "“We will build it.") == ("", "“We will build it. …”")
    assert balanced("", "« Nous verrons.") == ("", "« Nous verrons. …»")


def test_a_closing_mark_with_no_opening_gets_one_before_an_ellipsis():
    assert balanced("", CLOSES) == ("", '"… ' + CLOSES)
    assert balanced("", "Nobody came,” Vale said.") == ("", "“… Nobody came,” Vale said.")


def test_a_lead_in_and_its_key_sentence_are_read_as_one_passage():
    assert balanced(OPENS, CLOSES) == (OPENS, CLOSES)  # the quotation opens and closes within
    assert balanced("The doors shut at nine.", CLOSES) == ('"… The doors shut at nine.', CLOSES)


def test_balanced_quotations_and_other_marks_are_left_alone():
    for sentence in ('"We will," Ruiz said.', "She called it “a disgrace” and left.",
                     'Ruiz said: "We will finish."', "The crew’s ‘plan’ held.",
                     '"One," he said, "and two."', "No quotation at all."):
        assert balanced("", sentence) == ("", sentence)


def digest(*keys: KeySentence) -> Digest:
    return Digest(from_plain_text(TEXT), Summary("precis", keys), ())


def key(text: str, rank: int = 1, context: LeadIn | None = None) -> KeySentence:
    start = TEXT.index(text)
    return KeySentence(2, start, start + len(text), text, 1.0, rank, "", context)


def test_text_markdown_and_html_show_the_quotation_closed():
    d = digest(key(OPENS))
    assert f'• {OPENS} …"' in to_text(d).splitlines()
    assert "nine hours. …" in to_markdown(d)
    assert "<li>&quot;I had a patient last week who waited nine hours. …&quot;</li>" in to_html(d)


def test_a_closing_sentence_after_its_lead_in_gains_nothing():
    start = TEXT.index(OPENS)
    lead = LeadIn(1, start, start + len(OPENS), OPENS)
    assert f"• {OPENS} {CLOSES}" in to_text(digest(key(CLOSES, context=lead))).splitlines()


def test_json_keeps_the_sentence_as_written():
    out = json.loads(json.dumps(to_dict(digest(key(CLOSES)))))
    assert out["summary"][0]["text"] == CLOSES  # data, not display
