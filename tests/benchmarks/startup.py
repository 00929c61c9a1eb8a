"""Start-up benchmark: `precis --quit-after-load` on the seed beside a bare PySide6 window.

usage: python tests/benchmarks/startup.py [--runs 5] [--baseline CHECKOUT] [--bytecode] [FILE]
Runs both (and with --baseline, the Précis of another checkout, e.g. a `git worktree` of the
commit before a change: before and after), alternating, in one session on whatever Qt
platform the environment selects (QT_QPA_PLATFORM=offscreen, or a real/virtual X display),
and prints medians and ratios to the
bare window's first paint beside the targets (article text <= 2x; summary and speakers <= 4x),
and the longest stall of the event loop (target <= 100 ms).

Précis runs with a cache folder of its own (XDG_CACHE_HOME), empty at first: the first launch
after installing builds the word-frequency index there; it is shown on its own line, and the
timed runs are later launches. Python compiles each module of the checkout on every run when
PYTHONDONTWRITEBYTECODE is set (as in CI); --bytecode compiles them once first, as Python does
on a first launch (and pip at install) for a person: PySide6's, for the bare window, always are.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGETS = {"first_paint_ms": None, "article_ready_ms": 2, "summary_ready_ms": 4,
           "speakers_ready_ms": 4}


def timed(args: list[str], cwd: Path = ROOT, **env_vars: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(cwd), **env_vars}
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd,
                            timeout=120, env=env)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another checkout, run alternately")
    parser.add_argument("--bytecode", action="store_true",
                        help="compile the checkouts' modules first (see above)")
    parser.add_argument("file", nargs="?")
    args = parser.parse_args()
    checkouts = {"precis": ROOT, **({"baseline": args.baseline.resolve()} if args.baseline
                                    else {})}
    if args.bytecode:
        for checkout in checkouts.values():
            compileall.compile_dir(checkout / "desktop", quiet=1)
    with tempfile.TemporaryDirectory() as cache:
        bare, first, results = _runs(args, checkouts, cache)
    base = statistics.median(r["first_paint_ms"] for r in bare)
    print(f"median of {args.runs} runs (ms since main() started); modules "
          + ("compiled first" if args.bytecode else "as the environment has them"))
    print(f"{'':24s}{'median':>10s}{'min':>10s}{'max':>10s}{'÷ bare':>10s}")
    _row("bare PySide6 paint", [r["first_paint_ms"] for r in bare], base)
    _row("first launch summary", [first["summary_ready_ms"]], base, "   (empty cache folder)")
    for name, ours in results.items():
        for key, target in TARGETS.items():
            _row(f"{name} {key[:-3]}", [r[key] for r in ours], base,
                 f"   target <= {target:.0f}x" if target else "")
        stalls = [r["max_stall_ms"] for r in ours]
        print(f"{name + ' max_stall':24s}{statistics.median(stalls):10.1f}{min(stalls):10.1f}"
              f"{max(stalls):10.1f}{'':10s}   target <= 100 ms")


def _runs(args, checkouts: dict[str, Path], cache: str):
    """The bare window's and each checkout's timings, alternating; first, the first launch."""
    precis = ["-m", "desktop", "--quit-after-load",
              *([str(Path(args.file).resolve())] if args.file else [])]
    first = timed(precis, ROOT, XDG_CACHE_HOME=cache)
    results: dict[str, list[dict[str, float]]] = {name: [] for name in checkouts}
    bare = []
    for _ in range(args.runs):
        bare.append(timed([str(ROOT / "tests" / "benchmarks" / "bare_window.py")]))
        for name, checkout in checkouts.items():
            results[name].append(timed(precis, checkout, XDG_CACHE_HOME=cache))
    return bare, first, results


def _row(name: str, values: list[float], base: float, anchor: str = "") -> None:
    med = statistics.median(values)
    print(f"{name:24s}{med:10.1f}{min(values):10.1f}{max(values):10.1f}{med / base:10.2f}"
          + anchor)


if __name__ == "__main__":
    main()
