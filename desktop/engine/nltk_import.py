"""NLTK's tokenizers and Snowball stemmers, loaded without the package import of all of NLTK.

`import nltk` runs `nltk/__init__.py`, which imports nearly all of NLTK (parsers, corpora,
numpy, scipy.sparse): about 0.35 s of the 0.45 s a first summary spends importing. Précis needs
three modules of it, and they load on their own in about 0.05 s when `nltk`, `nltk.tokenize`,
`nltk.stem` and `nltk.corpus` are, for that moment, bare packages over NLTK's own folders.
Those placeholders and every NLTK module loaded under them are taken out of `sys.modules` at
once, so a later `import nltk` (sumy's) gets the real, complete package. If the quick load
fails (another NLTK version), the modules come from the ordinary import.

Every import of NLTK in the engine goes through here, under one lock: no other thread sees the
placeholders. sumy imports NLTK itself: import it with `import_sumy`.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
import threading
from pathlib import Path
from types import ModuleType

QUICK = ("nltk.tokenize.punkt", "nltk.tokenize.destructive", "nltk.stem.snowball")
_PACKAGES = ("nltk", "nltk.tokenize", "nltk.stem", "nltk.corpus")
_lock = threading.RLock()
_loaded: dict[str, ModuleType] = {}


def nltk_module(name: str) -> ModuleType:
    """One of the NLTK modules in `QUICK`, loaded quickly once (see above)."""
    with _lock:
        if not _loaded:
            _loaded.update(_quick_load() or {n: _full_import(n) for n in QUICK})
        return _loaded[name]


def import_sumy(name: str) -> ModuleType:
    """sumy's module `name`, imported after all of NLTK (scipy.stats blocked) under the lock."""
    with _lock:
        _full_import("nltk")
        return importlib.import_module(name)


def _full_import(name: str) -> ModuleType:
    """`name` by the ordinary import, with `scipy.stats` blocked for nltk's package import:
    nltk's `metrics.association` imports it (~0.5 s) and falls back to a stub without it."""
    blocked = "nltk" not in sys.modules and "scipy.stats" not in sys.modules
    if blocked:
        sys.modules["scipy.stats"] = None  # type: ignore[assignment]
    try:
        importlib.import_module("nltk")
        return importlib.import_module(name)
    finally:
        if blocked and sys.modules.get("scipy.stats", 0) is None:
            del sys.modules["scipy.stats"]


def _quick_load() -> dict[str, ModuleType] | None:
    """The `QUICK` modules loaded under placeholder packages, or None if that fails."""
    if "nltk" in sys.modules:
        return None  # the real package is there: its modules are a plain import away
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    before = set(sys.modules)
    try:
        for package in _PACKAGES:
            sys.modules[package] = _placeholder(package, root)
        return {name: importlib.import_module(name) for name in QUICK}
    except Exception:  # any failure means: use the ordinary import
        return None
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]


def _placeholder(package: str, root: Path) -> ModuleType:
    module = ModuleType(package)
    folder = root.joinpath(*package.split(".")[1:])
    module.__path__ = [str(folder)]
    module.__spec__ = importlib.machinery.ModuleSpec(package, None, is_package=True)
    module.__spec__.submodule_search_locations = module.__path__
    if package == "nltk.corpus":
        module.stopwords = _Stopwords()  # Snowball reads it only with ignore_stopwords=True
    return module


class _Stopwords:
    """NLTK's `stopwords` corpus reader, imported with the real `nltk.corpus` if ever used."""

    def __getattr__(self, name: str):
        return getattr(_full_import("nltk.corpus").stopwords, name)
