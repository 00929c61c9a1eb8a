"""Start-up benchmark: `precis --quit-after-load` on the seed beside a bare PySide6 window.

usage: python tests/benchmarks/startup.py [--runs 5] [FILE]
Runs both, alternating, in one session on whatever Qt platform the environment selects
(QT_QPA_PLATFORM=offscreen, or a real/virtual X display), and prints medians and ratios to the
bare window's first paint beside the targets (article text <= 2x; summary and speakers <= 4x),
and the longest stall of the event loop (target <= 100 ms).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGETS = {"first_paint_ms": None, "article_ready_ms": 2, "summary_ready_ms": 4,
           "speakers_ready_ms": 4}


def timed(args: list[str]) -> dict[str, float]:
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT,
                            timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("file", nargs="?")
    args = parser.parse_args()
    ours, bare = [], []
    precis = ["-m", "desktop", "--quit-after-load", *([args.file] if args.file else [])]
    for _ in range(args.runs):
        bare.append(timed([str(ROOT / "tests" / "benchmarks" / "bare_window.py")]))
        ours.append(timed(precis))
    base = statistics.median(r["first_paint_ms"] for r in bare)
    print(f"median of {args.runs} runs (ms since main() started)")
    print(f"{'':22s}{'median':>10s}{'min':>10s}{'max':>10s}{'÷ bare':>10s}")
    rows = [("bare PySide6 paint", [r["first_paint_ms"] for r in bare])]
    rows += [(f"precis {k[:-3]}", [r[k] for r in ours]) for k in TARGETS]
    for (name, values), target in zip(rows, (None, *TARGETS.values()), strict=True):
        med = statistics.median(values)
        anchor = f"   target <= {target:.0f}x" if target else ""
        print(f"{name:22s}{med:10.1f}{min(values):10.1f}{max(values):10.1f}{med / base:10.2f}"
              + anchor)
    stalls = [r["max_stall_ms"] for r in ours]
    print(f"{'precis max_stall':22s}{statistics.median(stalls):10.1f}{min(stalls):10.1f}"
          f"{max(stalls):10.1f}{'':10s}   target <= 100 ms")


if __name__ == "__main__":
    main()
