"""Where the project's own data files live, in a checkout and in an installed wheel."""

from __future__ import annotations

import atexit
import os
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importlib.resources (~6 ms) loads only for an installed copy
    from importlib.abc import Traversable

_CHECKOUT = Path(__file__).resolve().parent.parent
# Files handed out as real paths stay valid until exit (a zip import would extract them once).
_held = ExitStack()
atexit.register(_held.close)


def _folder(name: str) -> Traversable | Path:
    """`resources/` or `seeds/`: in a checkout (installed for development or never), its
    folder; else the installed package `desktop.<name>` (a namespace package mapped from the
    top-level folder by pyproject), or the folder beside the package (a frozen app)."""
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / name).is_dir():
        return _CHECKOUT / name  # what an editable install maps `desktop.<name>` to as well
    from importlib import resources as importlib_resources

    try:
        return importlib_resources.files(f"desktop.{name}")
    except ModuleNotFoundError:
        return _CHECKOUT / name


def _as_path(item: Traversable | Path) -> Path:
    """A real file-system path for `item` (the file itself when it already is one)."""
    if isinstance(item, Path):
        return item
    from importlib import resources as importlib_resources

    return _held.enter_context(importlib_resources.as_file(item))


def resource(name: str) -> Path:
    """Path of a file in `resources/`."""
    return _as_path(_folder("resources") / name)


def resource_text(name: str) -> str:
    """Text of a file in `resources/` (UTF-8)."""
    return (_folder("resources") / name).read_text(encoding="utf-8")


def seed_article() -> Path:
    """The default document: the first file in `seeds/`."""
    seeds = sorted((f for f in _folder("seeds").iterdir() if f.name.endswith(".txt")),
                   key=lambda f: f.name)
    return _as_path(seeds[0])


def word_list(name: str) -> list[str]:
    """Entries of a word list in `resources/`: one a line, `#` comments and blanks skipped."""
    entries = []
    for line in resource_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return entries


def user_cache() -> Path:
    """Précis's folder for data it can always rebuild (not created here): under
    `$XDG_CACHE_HOME` (else ~/.cache), `%LOCALAPPDATA%` on Windows, ~/Library/Caches on macOS."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "precis" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "precis"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "precis"
