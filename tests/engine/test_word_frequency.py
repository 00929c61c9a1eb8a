"""Our reading of wordfreq's English list answers exactly as wordfreq does."""

from __future__ import annotations

import random

import wordfreq

from desktop.engine.word_frequency import zipf_english
from tests.fresh_python import fresh_python

ODD = ["jinpingdeclared", "qzxv", "awife", "the", "a", "i", "straße", "Kazakh", "don't", "café",
       "tokayev", "xi"]


def _sample(n: int) -> list[str]:
    words = list(wordfreq.iter_wordlist("en"))
    return random.Random(5).sample(words, n) + ODD


def test_same_zipf_values_as_wordfreq():
    for word in _sample(3000):
        assert zipf_english(word) == wordfreq.zipf_frequency(word, "en"), word


def test_repairing_the_seed_does_not_import_wordfreq(seed_path):
    code = ("import sys; from desktop.engine.readers import read_path; "
            f"a = read_path({str(seed_path)!r}); assert a.repairs; "
            "print('wordfreq' in sys.modules)")
    assert fresh_python(code) == "False"
