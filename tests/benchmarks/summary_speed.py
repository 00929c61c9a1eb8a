"""Speed and peak memory of every summariser at 10 KB, 100 KB and 1 MB, beside sumy's.

Run on demand (not in CI): `PYTHONPATH=. python tests/benchmarks/summary_speed.py [--cap 120]`.
Documents are BBC dev article bodies joined until the size is reached. Each measurement runs in
a fresh process (cold caches; peak memory is that process's maximum resident set). "ours" is
sentence splitting + `summarize()`; "warm" is the same with the stem cache filled by a first
call (as when the window re-summarises); "sumy" is sumy's own summarizer on the same sentences,
its lazy word tokenizing included. sumy runs predicted (quadratically from the smaller size) or
found to exceed the cap are reported as "> cap". The last table times `precis-summarize` from
process start to exit.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.corpus import BBC, bbc_articles, read_text  # noqa: E402

SIZES = {"10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000}
VECTORISED = ("lexrank", "textrank", "reduction", "lsa", "luhn", "kl", "sumbasic")
SUMY_ONLY = ("edmundson",)
CHILD = r"""
import json, resource, sys, time, warnings
warnings.simplefilter("ignore")
from desktop.engine.readers import read_bytes
from desktop.engine.summary import summarize
from desktop.engine.summary.scorers.sumy_backed import sumy_scores
path, algorithm, side = sys.argv[1:4]
data = open(path, "rb").read()
if side == "ours":
    start = time.perf_counter()
    article = read_bytes(data, name="doc.txt")
    read_total = time.perf_counter() - start
    start = time.perf_counter()
    summarize(article, count=10, algorithm=algorithm)
    seconds = article.split_ms / 1000 + time.perf_counter() - start
    start = time.perf_counter()
    summarize(article, count=10, algorithm=algorithm)
    warm = article.split_ms / 1000 + time.perf_counter() - start
else:
    warm = None
    article = read_bytes(data, name="doc.txt")
    start = time.perf_counter()
    sumy_scores(article, algorithm)
    seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "warm": warm, "peak_mb": peak,
                  "sentences": len(article.sentences)}))
"""


def build_document(size: int, folder: Path) -> Path:
    """A plain-text document of about `size` bytes from BBC dev article bodies."""
    parts, total = [], 0
    for path in bbc_articles("dev"):
        body = read_text(path).split("\n", 1)[-1].strip()
        parts.append(body)
        total += len(body.encode("utf-8")) + 2
        if total >= size:
            break
    out = folder / f"bbc-dev-{size}.txt"
    out.write_text("BBC dev collection\n\n" + "\n\n".join(parts) + "\n", encoding="utf-8")
    return out


def measure(path: Path, algorithm: str, side: str, cap: float) -> dict | None:
    """One run in a fresh process; None when it passes the cap."""
    root = Path(__file__).resolve().parents[2]
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, str(path), algorithm, side],
                              capture_output=True, text=True, timeout=cap + 30, cwd=root,
                              env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    except subprocess.TimeoutExpired:
        return None
    if done.returncode:
        raise RuntimeError(done.stderr[-2000:])
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return None if result["seconds"] > cap else result


def cli_seconds(path: Path) -> float:
    """Wall time of `python -m desktop.cli --format json FILE`, process start to exit."""
    root = Path(__file__).resolve().parents[2]
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop.cli", "--format", "json", str(path)],
                   check=True, capture_output=True, cwd=root, env={"PYTHONPATH": str(root)})
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cap", type=float, default=120.0, help="seconds allowed to sumy")
    parser.add_argument("--algorithms", default=",".join(("precis", *VECTORISED, *SUMY_ONLY)))
    args = parser.parse_args()
    if not BBC.is_dir():
        print(f"corpus not found at {BBC}; nothing to measure")
        return 0
    algorithms = args.algorithms.split(",")
    with tempfile.TemporaryDirectory() as folder:
        docs = {label: build_document(size, Path(folder)) for label, size in SIZES.items()}
        print(f"{'size':7s} {'algorithm':10s} {'sents':>6s} {'ours s':>9s} {'warm s':>9s} "
              f"{'sumy s':>9s} {'ratio':>7s} {'warm':>6s} {'ours MB':>8s} {'sumy MB':>8s}")
        for algorithm in algorithms:
            previous = None
            for label, path in docs.items():
                previous = _row(label, path, algorithm, args.cap, previous)
        print("\nprecis-summarize end to end (process start to exit), default algorithm:")
        for label, path in docs.items():
            print(f"  {label:7s} {cli_seconds(path):6.2f} s")
    return 0


def _row(label: str, path: Path, algorithm: str, cap: float, previous) -> tuple | None:
    """Print one table row; returns (sentences, sumy seconds) for the next size's estimate."""
    ours = measure(path, algorithm, "ours", cap)
    sumy = None
    if algorithm != "precis":
        if algorithm in SUMY_ONLY:
            sumy = ours  # the same code: sumy's summarizer is what we call
        else:
            estimate = _estimate(previous, ours["sentences"] if ours else 0)
            sumy = measure(path, algorithm, "sumy", cap) if estimate <= cap else None
    n = ours["sentences"] if ours else (previous[0] if previous else 0)
    fmt = lambda r, key, spec: format(r[key], spec) if r else "> cap"  # noqa: E731
    ratio = (f"{sumy['seconds'] / ours['seconds']:.0f}x" if ours and sumy
             else ("—" if algorithm == "precis" else "> cap" if ours else "?"))
    warm_ratio = (f"{sumy['seconds'] / ours['warm']:.0f}x" if ours and sumy
                  and algorithm in VECTORISED else "")
    if algorithm in SUMY_ONLY:
        ratio = "same"
    sumy_cells = ("—", "—") if algorithm == "precis" else (fmt(sumy, "seconds", ".3f"),
                                                          fmt(sumy, "peak_mb", ".0f"))
    print(f"{label:7s} {algorithm:10s} {n:6d} {fmt(ours, 'seconds', '.3f'):>9s} "
          f"{fmt(ours, 'warm', '.3f'):>9s} {sumy_cells[0]:>9s} {ratio:>7s} {warm_ratio:>6s} "
          f"{fmt(ours, 'peak_mb', '.0f'):>8s} {sumy_cells[1]:>8s}", flush=True)
    return (n, sumy["seconds"] if sumy else float("inf"))


def _estimate(previous, sentences: int) -> float:
    """sumy's predicted seconds at `sentences`, growing with the square of the count."""
    if previous is None:
        return 0.0
    count, seconds = previous
    return seconds * (sentences / max(1, count)) ** 2


if __name__ == "__main__":
    sys.exit(main())
