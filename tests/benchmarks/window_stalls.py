"""Long articles: stalls of the window and the command line's time and memory, on 1 MB.

usage: PYTHONPATH=. python tests/benchmarks/window_stalls.py [--runs 3]
The window: `precis --quit-after-load` on the seed and on 1 MB articles (BBC dev bodies joined,
when ../shared/corpus is present, and an invented one that needs no corpus) prints when the
article's text was painted and the longest gap of a 10 ms timer from the first paint until
summary and speakers were shown (targets: text <= 1 s, stall <= 100 ms); responsiveness.py
measures the same pauses in one process, with a bare timer as anchor. The command line:
`precis-summarize` from process start to exit and its peak resident memory, at the default
length and with every sentence (`--ratio 1`) (targets: <= 1.5 s, <= 400 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.corpus import BBC  # noqa: E402
from tests.benchmarks.summary_speed import build_document  # noqa: E402
from tests.long_article import write_long_article  # noqa: E402

ONE_MB = 1_050_000
def window_run(path: Path | None) -> dict[str, float]:
    args = [sys.executable, "-m", "desktop", "--quit-after-load", *([str(path)] if path else [])]
    result = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def cli_run(path: Path, *options: str) -> tuple[float, float]:
    """Seconds from start to exit and peak resident MB of one `precis-summarize` run."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "desktop.cli", *options, str(path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"precis-summarize {' '.join(options)} {path} failed")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        # A cache folder of the runs' own, filled by an untimed first launch (startup.py times
        # that one): the runs below are later launches, and the user's cache is left alone.
        os.environ["XDG_CACHE_HOME"] = str(Path(folder) / "cache")
        window_run(None)
        documents: dict[str, Path | None] = {"seed": None}
        if BBC.is_dir():
            documents["BBC dev 1 MB"] = build_document(ONE_MB, Path(folder))
        documents["invented 1 MB"] = write_long_article(Path(folder) / "invented.txt", ONE_MB)
        print(f"window, median of {args.runs} runs (ms since main() started)")
        print(f"{'':16s}{'text':>9s}{'summary':>9s}{'speakers':>9s}{'max stall':>11s}")
        for name, path in documents.items():
            runs = [window_run(path) for _ in range(args.runs)]
            row = [statistics.median(r[k] for r in runs) for k in
                   ("article_ready_ms", "summary_ready_ms", "speakers_ready_ms", "max_stall_ms")]
            stalls = ", ".join(f"{r['max_stall_ms']:.0f}" for r in runs)
            print(f"{name:16s}{row[0]:9.0f}{row[1]:9.0f}{row[2]:9.0f}{row[3]:11.0f}"
                  f"   (stalls {stalls})")
        print("targets: 1 MB text <= 1000 ms; max stall <= 100 ms")
        print("\nprecis-summarize, process start to exit (best of runs; peak memory)")
        for name, path in documents.items():
            if path is None:
                continue
            for options in ((), ("--ratio", "1")):
                results = [cli_run(path, *options) for _ in range(args.runs)]
                seconds, memory = min(r[0] for r in results), max(r[1] for r in results)
                label = f"{name} {' '.join(options) or 'default'}"
                print(f"{label:30s}{seconds:8.2f} s{memory:8.0f} MB")
        print("targets: <= 1.5 s, <= 400 MB")


if __name__ == "__main__":
    main()
