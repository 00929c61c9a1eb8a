"""Précis: an offline article viewer with key sentences and quoted speakers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("precis-reader")  # written once, in pyproject.toml
except PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"
APP_NAME = "Précis"
DESKTOP_FILE_NAME = "io.github.precis.Precis"  # the .desktop id: reverse DNS
