"""The speaker finder's word lists: data files with a source, read through one module."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from desktop.engine.speakers import dates, lexicon
from desktop.paths import resource, word_list

SPEAKERS = Path(lexicon.__file__).parent


def _lists_named_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value.endswith(".txt") and "/" not in node.value}  # not sumy's own data


LISTS = sorted(set().union(*(_lists_named_in(p) for p in SPEAKERS.glob("*.py"))))


@pytest.mark.parametrize("name", LISTS)
def test_each_word_list_says_where_its_facts_come_from(name):
    lines = resource(name).read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert lines[0].startswith("#") and any("Source" in line for line in header)
    assert any(line.strip() and not line.startswith("#") for line in lines)


ALL_LISTS = sorted(p.name for p in resource("speech_verbs.txt").parent.glob("*.txt"))


@pytest.mark.parametrize("name", ALL_LISTS)
def test_no_word_list_holds_an_entry_twice(name):
    assert [entry for entry, n in Counter(word_list(name)).items() if n > 1] == []


def test_only_the_lexicon_reads_word_lists():
    readers = [p.name for p in SPEAKERS.glob("*.py")
               if "word_list" in p.read_text(encoding="utf-8")]
    assert readers == ["lexicon.py"]


def test_speech_verb_flags():
    assert lexicon.speech_verbs()["called"] is True  # only before a quotation
    assert lexicon.speech_verbs()["said"] is False
    assert "told" in lexicon.hearer_verbs() and "said" not in lexicon.hearer_verbs()


def test_day_and_number_words_match_whole_words():
    assert lexicon.time_word().match("Monday") and not lexicon.time_word().match("Mondays")
    assert lexicon.number_word().match("Twenty-seven") and not lexicon.number_word().match("Tent")


def test_a_whole_word_entry_with_a_stop_or_a_plus_is_matched_as_written():
    pattern = lexicon.whole_word(["St.", "C++", "Mt"])
    assert pattern.match("St.") and pattern.match("C++") and pattern.match("Mt")
    assert not pattern.match("Stx") and not pattern.match("CCC") and not pattern.match("St")


@pytest.mark.parametrize(("words", "date"), [
    ("on Tuesday", True), ("March 3", True), ("August 15", True), ("last week", True),
    ("2019", True), ("in 2019", True), ("Tuesday night", True), ("earlier this month", True),
    ("two weeks ago", True), ("yesterday", True),
    ("the 2019 champion", False), ("a Monday columnist", False), ("19", False), ("May", False),
    ("Theresa May", False), ("25 years old", False), ("the mayor since 2019", False), ("", False),
])
def test_a_date_phrase_is_a_date_or_a_time_and_nothing_more(words, date):
    assert dates.date_phrase(words.split()) is date


def test_merged_lists_give_each_reader_its_words():
    openers = lexicon.clause_openers()
    assert {"because", "whereas", "who", "whom", "that", "and", "as"} <= openers
    assert lexicon.relative_pronouns("plain") == {"who", "which"}
    assert {"his", "my"} <= lexicon.possessive_determiners()
    assert lexicon.possessive_pronouns() == {
        "his": "he", "her": "she", "its": "it", "their": "they"}
