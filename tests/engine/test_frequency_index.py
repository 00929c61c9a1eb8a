"""The word-frequency index in the user's cache: the same answers, and never trusted when bad."""

from __future__ import annotations

import pytest
import wordfreq

from desktop.engine import frequency_index, word_frequency
from desktop.engine.frequency_index import BandIndex
from desktop.engine.word_frequency import zipf_english

WORDS = ["the", "a", "i", "declared", "jinping", "awife", "qzxv", "zyzzyva", "Kazakh", "don't",
         "café", "straße", "aaaa", "zz", "x"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache folder of the test's own; the bands are read afresh in it and after."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    word_frequency._bands.cache_clear()
    yield tmp_path / "precis" / frequency_index.FILE_NAME
    word_frequency._bands.cache_clear()


def _answers() -> list[float]:
    return [zipf_english(w) for w in WORDS]


def test_the_index_answers_as_the_decoded_list_for_every_plain_word():
    source = word_frequency._data_file()
    decoded = word_frequency._decoded_bands(source)
    index = frequency_index.parse(frequency_index.build(decoded, "here"), "here")
    plain = [w for w in decoded if frequency_index.is_plain(w)]
    assert len(index) == len(plain) > 250_000
    assert all(index.get(w) == decoded[w] for w in plain)
    assert [index.get(w) for w in ("qzxvqzxv", "Jinping", "café", "", "a-b")] == [None] * 5


def test_a_missing_index_is_built_on_first_use_and_read_after(cache):
    expected = [wordfreq.zipf_frequency(w, "en") for w in WORDS]
    assert not cache.exists()
    assert isinstance(word_frequency._bands(), dict)
    assert _answers() == expected and cache.is_file()
    word_frequency._bands.cache_clear()
    assert isinstance(word_frequency._bands(), BandIndex)
    assert _answers() == expected


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _flipped(data: bytes) -> bytes:
    return data[:-5] + bytes([data[-5] ^ 1]) + data[-4:]


def _other_source(data: bytes) -> bytes:
    return data.replace(b'"source": "', b'"source": "elsewhere', 1)


@pytest.mark.parametrize("damage", [_truncated, _flipped, _other_source, lambda d: b"",
                                    lambda d: b"\xff" * 100, lambda d: b"{}\n" + d])
def test_a_damaged_or_foreign_index_is_not_used_and_is_rebuilt(cache, damage):
    expected = _answers()
    good = cache.read_bytes()
    cache.write_bytes(damage(good))
    word_frequency._bands.cache_clear()
    assert isinstance(word_frequency._bands(), dict)
    assert _answers() == expected
    assert cache.read_bytes() == good


def test_without_a_writable_cache_the_list_is_decoded_every_time(cache, monkeypatch):
    blocker = cache.parents[1] / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert isinstance(word_frequency._bands(), dict)
    assert _answers() == [wordfreq.zipf_frequency(w, "en") for w in WORDS]
    assert [p.name for p in cache.parents[1].iterdir()] == ["not-a-folder"]


def test_another_installation_of_the_same_data_reads_the_same_index(cache, tmp_path,
                                                                    monkeypatch):
    """The index names wordfreq's data by its content: a second virtual environment (another
    path, another modification time) reads the index the first one built, not rebuilding it
    over it."""
    source = word_frequency._data_file()
    expected = _answers()
    built = cache.read_bytes()
    copy = tmp_path / "other-venv" / source.name
    copy.parent.mkdir()
    copy.write_bytes(source.read_bytes())
    monkeypatch.setattr(word_frequency, "_data_file", lambda: copy)
    word_frequency._bands.cache_clear()
    assert isinstance(word_frequency._bands(), BandIndex)
    assert _answers() == expected and cache.read_bytes() == built
    data = source.read_bytes()
    middle = len(data) // 2
    copy.write_bytes(data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :])  # other data
    word_frequency._bands.cache_clear()
    assert not isinstance(word_frequency._bands(), BandIndex)
