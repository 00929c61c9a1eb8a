"""Hostile input, small: the stress benchmark's makers (`speakers_stress.py`) at a few KB."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.engine.speakers import UNATTRIBUTED, find_speakers
from desktop.engine.speakers.conventions import closes_speech
from tests.benchmarks.speakers_stress import INPUTS
from tests.engine.helpers import from_text, said, who_said

SMALL = 3_000  # bytes: every shape of the 1 MB inputs, none of their time


@pytest.mark.parametrize("name", list(INPUTS))
def test_hostile_input_gives_quotes_that_are_spans_of_the_text(name):
    article = from_text(INPUTS[name](SMALL))
    for speaker in find_speakers(article):
        assert speaker.quotes and speaker.name
        for quote in speaker.quotes:
            assert article.text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize("name", list(INPUTS))
def test_hostile_input_summarises_to_json(name, tmp_path, capsys):
    path = tmp_path / "hostile.txt"
    path.write_text(INPUTS[name](SMALL), encoding="utf-8")
    assert main(["--format", "json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["speakers"] is not None


def test_a_transcript_of_one_turn_a_line_lists_each_turn_under_its_speaker():
    # no blank line between the turns: each line is still a turn of the speaker it names
    article = from_text(INPUTS["20,000 NAME: turns"](SMALL))
    lines = article.text.split("\n\n")
    speakers = {s.name: [q.text for q in s.quotes] for s in find_speakers(article)}
    assert set(speakers) == {line.split(":")[0].capitalize() for line in lines}
    assert sum(map(len, speakers.values())) == len(lines)
    first = lines[0].split(": ", 1)
    assert speakers[first[0].capitalize()][0] == first[1]


def test_every_quotation_after_one_speech_verb_is_said_by_its_subject():
    # one sentence holding many quotations is read once for all of them
    assert said('Ana Ruiz called the plan "far too slow for us", the road "much too narrow '
                'to use" and the budget "very thin this year".') == {
        "Ana Ruiz": ["far too slow for us", "much too narrow to use", "very thin this year"]}


@pytest.mark.parametrize(("woman", "speaker"), [(True, "Ana Ruiz"), (False, UNATTRIBUTED)])
def test_she_after_many_mentions_of_a_man_is_the_woman_named_before_or_nobody(woman, speaker):
    # each name is tried once, and no woman is looked for when no name is a woman's
    paragraphs = ["Mrs Ana Ruiz said the harbour plan was far too slow for the town."] * woman
    paragraphs += ["Tom Alder said the road was long and the bridge too narrow to use."] * 12
    paragraphs += ["She said the budget was very thin this year and would not last."]
    assert who_said(*paragraphs)["the budget was very"] == speaker


def test_he_in_one_long_paragraph_is_the_latest_subject_before_a_nearer_titled_man():
    # every name of a one-paragraph article is near: the subjects are read latest first
    turns = [("Tom Alder", "road"), ("Mr Omar Haddad", "ferry"), ("Tom Alder", "bridge")] * 4
    paragraph = " ".join(f"{n} said the {w} plan was too slow for the town." for n, w in turns)
    paragraph += " Lee Park met Mr Omar Haddad. He said the school budget would not last."
    assert who_said(paragraph)["the school budget would"] == "Lee Park"


@pytest.mark.parametrize(("after", "speech"), [(".", True), ('." ', True), (", he", False)])
def test_a_quotation_closes_its_sentence_only_before_closing_marks_and_one_stop(after, speech):
    article = from_text(f'The port announced that it was "unsafe{after}')
    start = article.text.index("unsafe")
    assert closes_speech(article, start, start + len("unsafe")) is speech


def test_a_sentence_of_endless_speech_verbs_is_read_for_its_first_cues_only():
    # 'police said police said …' as one sentence: prose never holds hundreds of cues, and
    # reading every pair of them made 20,000 take minutes
    from desktop.engine.speakers.attribution import MOST_CUES

    article = from_text("Harbour news\n\n" + "police said " * (MOST_CUES + 100))
    quotes = [q for s in find_speakers(article) for q in s.quotes]
    assert 0 < len(quotes) <= MOST_CUES
    for quote in quotes:
        assert article.text[quote.start : quote.end] == quote.text
