"""`precis-summarize`: the headless contract other tools rely on, offline."""

from __future__ import annotations

import json
import subprocess
import sys

from desktop.cli import main
from tests.conftest import HANG_S, ROOT


def run_cli(*args: str, stdin: bytes | None = None, env: dict | None = None):
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], input=stdin,
                          capture_output=True, cwd=ROOT, env=env, timeout=HANG_S)


def test_json_contract_on_the_seed(seed_path, capsys):
    assert main(["--format", "json", str(seed_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    out = json.loads(lines[0])
    for key in ("path", "title", "date", "byline", "language", "text", "words", "sentence_count",
                "algorithm", "summary", "speakers"):
        assert key in out
    assert out["date"] == "2022-01-09"
    assert out["title"]
    assert 3 <= len(out["summary"]) <= 7
    for item in out["summary"]:
        assert out["text"][item["start"] : item["end"]] == item["text"]
        assert {"index", "start", "end", "text", "score"} <= set(item)
    names = " | ".join(s["name"] for s in out["speakers"])
    assert all(name in names for name in ("Xi Jinping", "Tokayev", "Feng Shaolei"))
    for speaker in out["speakers"]:
        for quote in speaker["quotes"]:
            assert out["text"][quote["start"] : quote["end"]] == quote["text"]
            assert {"mention", "cue", "direct"} <= set(quote)


def test_sentence_count_and_ratio(seed_path, capsys):
    main(["--format", "json", "--sentences", "2", str(seed_path)])
    assert len(json.loads(capsys.readouterr().out)["summary"]) == 2
    main(["--format", "json", "--ratio", "0.5", str(seed_path)])
    out = json.loads(capsys.readouterr().out)
    assert len(out["summary"]) == round(out["sentence_count"] * 0.5)


def test_text_and_markdown_formats(seed_path, capsys):
    main([str(seed_path)])
    text = capsys.readouterr().out
    # The seed has no headline: copies are headed by the file's name, not a cut first sentence.
    assert text.startswith(f"{seed_path.name} (2022-01-09)")
    assert "Key sentences:" in text and "Quoted speakers:" in text
    main(["--format", "markdown", str(seed_path)])
    assert capsys.readouterr().out.startswith(f"# {seed_path.name}")


def test_a_bad_file_gets_one_line_and_the_others_still_run(seed_path, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    status = main(["--format", "json", str(tmp_path / "missing.txt"), str(empty), str(seed_path)])
    captured = capsys.readouterr()
    assert status != 0
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert "does not exist" in errors[0] and "holds no text" in errors[1]
    assert "Traceback" not in captured.err
    assert json.loads(captured.out)["date"] == "2022-01-09"


def test_stdin_and_offline_nltk_data(tmp_path, seed_path):
    """No NLTK data anywhere: NLTK_DATA and HOME point at an empty folder."""
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {"PATH": "/usr/bin:/bin", "NLTK_DATA": str(empty), "HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    result = run_cli("--format", "json", "-", stdin=seed_path.read_bytes(), env=env)
    assert result.returncode == 0, result.stderr.decode()
    out = json.loads(result.stdout)
    assert out["date"] == "2022-01-09" and len(out["summary"]) >= 3
