"""Run code in a fresh interpreter (what a module imports can only be seen from a clean start)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import HANG_S, ROOT


def fresh_python(code: str, **env: str) -> str:
    """Run `code` with `python -c` from the checkout; returns its standard output, stripped.

    Fails the test with the interpreter's standard error when the code fails.
    """
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=HANG_S, env={**os.environ, **env})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
