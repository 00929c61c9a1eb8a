"""Reading themes: one table of colours; the window applies one live and remembers its name."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

SYSTEM = "system"


@dataclass(frozen=True)
class Theme:
    """Colours of one theme. `key` and `focus` are highlight backgrounds chosen so that `text`
    on them stays readable (contrast at least 4.5:1, WCAG AA)."""

    name: str
    label: str
    window: str
    base: str
    text: str
    muted: str
    key: str
    focus: str
    accent: str

    def colour(self, role: str) -> QColor:
        return QColor(getattr(self, role))


THEMES: dict[str, Theme] = {t.name: t for t in (
    Theme("light", "&Light", "#efefef", "#ffffff", "#1b1b1b", "#6e6e6e", "#ffec99", "#ffc457",
          "#2878c8"),
    Theme("dark", "&Dark", "#2b2b2b", "#1e1e1e", "#e6e6e6", "#a0a0a0", "#5a4a12", "#8a5a00",
          "#6fb3ff"),
    Theme("sepia", "&Sepia", "#e9dfc8", "#f4ecd8", "#3b2f22", "#6b5a44", "#f0d48a", "#e8b35c",
          "#8a4b16"),
)}
THEME_CHOICES = {SYSTEM: "Follow the &system", **{n: t.label for n, t in THEMES.items()}}


def resolve(name: str) -> Theme:
    """The theme to draw with: 'system' follows the desktop's light or dark preference."""
    if name in THEMES:
        return THEMES[name]
    dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return THEMES["dark" if dark else "light"]


def palette(theme: Theme) -> QPalette:
    """A full palette for `theme` (every widget, not only the article, follows it)."""
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, theme.window), (roles.WindowText, theme.text), (roles.Base, theme.base),
        (roles.AlternateBase, theme.window), (roles.Text, theme.text),
        (roles.Button, theme.window), (roles.ButtonText, theme.text),
        (roles.ToolTipBase, theme.base), (roles.ToolTipText, theme.text),
        (roles.PlaceholderText, theme.muted), (roles.Highlight, theme.accent),
        (roles.HighlightedText, theme.base), (roles.Link, theme.accent),
    ):
        pal.setColor(role, QColor(colour))
    pal.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor(theme.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor(theme.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor(theme.muted))
    return pal


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(name: str) -> float:
        colour = QColor(name)
        channels = []
        for c in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
