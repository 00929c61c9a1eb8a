"""Précis: an offline article viewer with key sentences and quoted speakers."""

__version__ = "0.1.0"
APP_NAME = "Précis"
DESKTOP_FILE_NAME = "io.github.precis.Precis"  # the .desktop id: reverse DNS
