"""The wheel's package list: every package in the source tree, resources and seeds mapped in."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def test_every_package_of_the_tree_is_listed():
    """`packages` is kept by hand (setuptools' `find` cannot see the mapped `desktop.resources`
    and `desktop.seeds`), so a new subpackage must be added to it: this test says which."""
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "desktop").rglob("__init__.py")}
    listed = set(_setuptools()["packages"])
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert listed - found == {"desktop.resources", "desktop.seeds"}


def test_resources_and_seeds_are_mapped_with_their_files():
    setuptools = _setuptools()
    assert setuptools["package-dir"] == {"desktop.resources": "resources", "desktop.seeds": "seeds"}
    patterns = setuptools["package-data"]["desktop.resources"]
    suffixes = {p.suffix for p in (ROOT / "resources").iterdir() if p.is_file()}
    assert {f"*{s}" for s in suffixes} <= set(patterns), "a resource type would miss the wheel"
