"""The `precis-summarize` contract: options, JSON keys, timings, stdin."""

from __future__ import annotations

import io
import json
import sys

import pytest

from desktop.cli import main
from desktop.paths import seed_article


def run(capsys, *args) -> list[dict]:
    assert main(["--format", "json", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_json_has_contract_keys_timings_and_ranks(capsys):
    (out,) = run(capsys, "--sentences", "3", str(seed_article()))
    for key in ("path", "title", "date", "byline", "language", "text", "words",
                "sentence_count", "algorithm", "summary", "speakers"):
        assert key in out
    assert out["algorithm"] == "precis" and out["language"] == "english"
    assert set(out["timings_ms"]) == {"read", "split", "summary", "speakers"}
    assert [s["rank"] for s in out["summary"]] != [] and len(out["summary"]) == 3
    assert all({"index", "start", "end", "text", "score", "rank"} <= set(s) for s in out["summary"])


@pytest.mark.parametrize("algorithm", ["lexrank", "lsa", "textrank", "luhn", "edmundson", "kl",
                                       "sumbasic", "reduction", "precis"])
def test_every_cli_algorithm_name(capsys, algorithm):
    (out,) = run(capsys, "-a", algorithm, "-n", "2", str(seed_article()))
    assert out["algorithm"] == algorithm and len(out["summary"]) == 2


def test_word_budget_and_importance_order(capsys):
    (out,) = run(capsys, "--words", "60", "--order", "importance", str(seed_article()))
    assert [s["rank"] for s in out["summary"]] == list(range(1, len(out["summary"]) + 1))
    assert abs(out["summary_words"] - 60) < 60


def test_stdin(capsys, monkeypatch):
    data = seed_article().read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (out,) = run(capsys, "-n", "2", "-")
    assert len(out["summary"]) == 2
