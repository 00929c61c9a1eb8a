"""Start-up benchmark: `precis --quit-after-load` on the seed beside a bare PySide6 window.

usage: python tests/benchmarks/startup.py [--runs 5] [--baseline CHECKOUT] [FILE]
Runs both (and with --baseline, the Précis of another checkout, e.g. a `git worktree` of the
commit before a change: before and after), alternating, in one session on whatever Qt
platform the environment selects (QT_QPA_PLATFORM=offscreen, or a real/virtual X display),
and prints medians and ratios to the
bare window's first paint beside the targets (article text <= 2x; summary and speakers <= 4x),
and the longest stall of the event loop (target <= 100 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGETS = {"first_paint_ms": None, "article_ready_ms": 2, "summary_ready_ms": 4,
           "speakers_ready_ms": 4}


def timed(args: list[str], cwd: Path = ROOT) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd,
                            timeout=120, env=env)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another checkout, run alternately")
    parser.add_argument("file", nargs="?")
    args = parser.parse_args()
    checkouts = {"precis": ROOT, **({"baseline": args.baseline.resolve()} if args.baseline
                                    else {})}
    results: dict[str, list[dict[str, float]]] = {name: [] for name in checkouts}
    bare = []
    precis = ["-m", "desktop", "--quit-after-load",
              *([str(Path(args.file).resolve())] if args.file else [])]
    for _ in range(args.runs):
        bare.append(timed([str(ROOT / "tests" / "benchmarks" / "bare_window.py")]))
        for name, checkout in checkouts.items():
            results[name].append(timed(precis, checkout))
    base = statistics.median(r["first_paint_ms"] for r in bare)
    print(f"median of {args.runs} runs (ms since main() started)")
    print(f"{'':24s}{'median':>10s}{'min':>10s}{'max':>10s}{'÷ bare':>10s}")
    _row("bare PySide6 paint", [r["first_paint_ms"] for r in bare], base)
    for name, ours in results.items():
        for key, target in TARGETS.items():
            _row(f"{name} {key[:-3]}", [r[key] for r in ours], base,
                 f"   target <= {target:.0f}x" if target else "")
        stalls = [r["max_stall_ms"] for r in ours]
        print(f"{name + ' max_stall':24s}{statistics.median(stalls):10.1f}{min(stalls):10.1f}"
              f"{max(stalls):10.1f}{'':10s}   target <= 100 ms")


def _row(name: str, values: list[float], base: float, anchor: str = "") -> None:
    med = statistics.median(values)
    print(f"{name:24s}{med:10.1f}{min(values):10.1f}{max(values):10.1f}{med / base:10.2f}"
          + anchor)


if __name__ == "__main__":
    main()
