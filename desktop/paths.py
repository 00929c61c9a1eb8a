"""Where the project's own data files live, in a checkout and in an installed wheel."""

from __future__ import annotations

from importlib import resources as importlib_resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def _folder(name: str) -> Path:
    """The `resources/` or `seeds/` folder: the checkout's, else the installed package's."""
    in_checkout = _CHECKOUT / name
    if in_checkout.is_dir():
        return in_checkout
    return Path(str(importlib_resources.files(f"desktop.{name}")))


def resource(name: str) -> Path:
    """Path of a file in `resources/`."""
    return _folder("resources") / name


def seed_article() -> Path:
    """The default document: the first file in `seeds/`."""
    return sorted(_folder("seeds").glob("*.txt"))[0]


def word_list(name: str) -> list[str]:
    """Entries of a word list in `resources/`: one a line, `#` comments and blanks skipped."""
    entries = []
    for line in resource(name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return entries
