"""Work done once instead of many times gives what the plain computation gives."""

from __future__ import annotations

from collections import Counter

from desktop.engine.repair import article_vocabulary, repair_paragraph
from desktop.engine.speakers import speech_cues
from desktop.engine.summary.scorers.precis import _headline_overlap, content_words
from desktop.engine.summary.scorers.terms import stem_cache, stop_words
from desktop.engine.text import PunktParameters, PunktSentenceTokenizer, sentence_spans
from desktop.paths import word_list

SENTENCES = [
    "The mayor said the bridge would open in May.",
    "Said Ellis: \"We are ready.\"",
    "According to the council, the budget grew.",
    "Prices rose, according to figures released on Monday.",
    "It was an unsaid rule, and nobody says otherwise.",
    "The saidx and resaid words are not verbs.",
    "\"No,\" she told reporters.",
    "The river froze in the night.",
    "Farmers (who had waited) were asked.",
]


def test_the_speech_verb_look_up_finds_what_the_cue_pattern_finds():
    def by_pattern(text: str) -> bool:
        first = speech_cues._FIRST_WORD.match(text)
        return bool(speech_cues._cue_pattern().search(text)) or bool(
            first and first.group(1).lower() in speech_cues.speech_verbs())

    assert speech_cues._cue_words() is not None  # every form is one word: the look-up is used
    found = [speech_cues.may_report(s) for s in SENTENCES]
    assert found == [by_pattern(s) for s in SENTENCES]
    assert found == [True, True, True, True, True, False, True, False, True]


def test_with_a_form_of_several_words_the_cue_pattern_is_used(monkeypatch):
    caches = (speech_cues._cue_words, speech_cues._cue_pattern)
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(speech_cues, "speech_verbs", lambda: {"said": False, "went on": False})
    try:
        assert speech_cues._cue_words() is None
        assert speech_cues.may_report("He went on: it rained.")
        assert not speech_cues.may_report("He went home.")
    finally:
        for cache in caches:
            cache.cache_clear()


def test_the_headline_overlap_stems_only_words_that_can_share_a_stem():
    stop = stop_words("english")
    words = [content_words(s, stop) for s in SENTENCES]
    headline = "Mayor says bridge budget grows as prices rise"
    stem = stem_cache("english")
    title = {stem(w) for w in content_words(headline, stop)}
    full = [len({stem(w) for w in ws} & title) / len(title) for ws in words]
    assert _headline_overlap(words, headline, stop, "english") == full
    assert max(full) > 0
    assert _headline_overlap(words, "", stop, "english") == [0.0] * len(words)


def test_sentences_from_the_memoising_punkt_are_punkts_own():
    params = PunktParameters()
    params.abbrev_types.update(word_list("abbreviations.txt"))
    plain = PunktSentenceTokenizer(params)
    paragraph = " ".join(SENTENCES * 3) + " Dr. Ruiz met Gen. Bell at 5 p.m. on Jan. 4. He left."
    for _ in range(2):  # the second time from the memo
        assert sentence_spans(paragraph) == list(plain.span_tokenize(paragraph))


def test_repairs_with_a_shared_memo_are_those_without():
    paragraphs = ["It was awife who spoke.", "He gave a speechto workers.",
                  "By the doorand the gate, a speechto them."]
    vocabulary: Counter = article_vocabulary(paragraphs)
    memo: dict[str, str | None] = {}
    shared = [repair_paragraph(p, vocabulary, memo) for p in paragraphs]
    assert shared == [repair_paragraph(p, vocabulary) for p in paragraphs]
    # "speechto" comes twice: a word of this article, looked at once and left alone
    assert (memo["awife"], memo["doorand"], memo["speechto"]) == ("a wife", "door and", None)
    assert shared[2][0] == "By the door and the gate, a speechto them."
