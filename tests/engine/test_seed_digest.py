"""The seed article end to end through the engine: key sentences and the first speakers."""

from __future__ import annotations

from desktop.engine.pipeline import digest_path
from desktop.engine.summary import default_count


def test_seed_key_sentences_are_body_sentences_in_article_order(seed_path):
    digest = digest_path(seed_path)
    chosen = digest.summary.sentences
    assert len(chosen) == default_count(len(digest.article.sentences)) >= 3
    assert [s.index for s in chosen] == sorted(s.index for s in chosen)
    assert all(s.text == digest.article.sentences[s.index].text for s in chosen)
    assert sorted(s.rank for s in chosen) == list(range(1, len(chosen) + 1))


def test_seed_speakers_include_the_three_named_people(seed_path):
    speakers = {s.name: s for s in digest_path(seed_path).speakers}
    assert {"Xi Jinping", "Kassym-Jomart Tokayev", "Feng Shaolei"} <= set(speakers)
    tokayev = speakers["Kassym-Jomart Tokayev"]
    assert any(q.text.startswith("They must be destroyed") for q in tokayev.quotes)
    assert any("motivation and a warning" in q.text for q in speakers["Feng Shaolei"].quotes)


def test_default_length_policy():
    assert [default_count(n) for n in (1, 2, 3, 10, 20, 35, 52, 200)] == [1, 2, 3, 3, 4, 7, 7, 7]
