"""Second-launch benchmark: `precis FILE` while Précis runs, beside `python -c pass`.

usage: python tests/benchmarks/second_launch.py [--runs 5]
Starts one Précis (offscreen, its own runtime dir), then times later launches that hand their
file to it and exit; prints medians in milliseconds of wall time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "seeds").glob("*.txt"))


def wall_ms(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, env=env, check=True, timeout=60, capture_output=True)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_RUNTIME_DIR=home,
                   XDG_CONFIG_HOME=str(Path(home) / "config"), PYTHONPATH=str(ROOT))
        first = subprocess.Popen([sys.executable, "-m", "desktop", str(SEED)], env=env,
                                 stderr=subprocess.DEVNULL)
        try:
            while not any(p.is_socket() for p in Path(home).iterdir()):
                time.sleep(0.1)  # waiting for the first window's server, not measuring
            bare = [wall_ms([sys.executable, "-c", "pass"], env) for _ in range(args.runs)]
            ours = [wall_ms([sys.executable, "-m", "desktop", str(SEED)], env)
                    for _ in range(args.runs)]
        finally:
            first.terminate()
            first.wait(timeout=30)
    print(f"median of {args.runs} runs (ms of wall time)")
    for name, values in (("python -c pass", bare), ("precis FILE (hand-over)", ours)):
        print(f"{name:26s}{statistics.median(values):10.1f}{min(values):10.1f}"
              f"{max(values):10.1f}")


if __name__ == "__main__":
    main()
