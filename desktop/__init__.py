"""Précis: an offline article viewer with key sentences and quoted speakers."""

# Written once, here; pyproject.toml reads it. (Asking importlib.metadata at start-up would cost
# ~0.02-0.05 s before the window can paint.)
__version__ = "0.1.0"
APP_NAME = "Précis"
DESKTOP_FILE_NAME = "io.github.precis.Precis"  # the .desktop id: reverse DNS
