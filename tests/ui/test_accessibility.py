"""Accessibility: every control in the Tab order has a name and a description; focus shows."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import open_and_wait


def _tab_order(window) -> list[QWidget]:
    """Widgets reached by pressing Tab from the article until it comes round again."""
    window.view.setFocus()
    seen: list[QWidget] = []
    for _ in range(60):
        window.focusNextChild()
        widget = window.focusWidget()
        if widget is window.view:
            break
        seen.append(widget)
    return seen


def test_tab_walks_every_control_and_each_has_a_name_and_a_description(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    window.find_action.trigger()  # the find bar's controls too
    window.view.setFocus()
    reached = _tab_order(window)
    names = []
    for widget in [window.view, *reached]:
        # What assistive technology reads (a combo box on Linux reads its current text and
        # takes its label from the accessibleName / buddy relation).
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Name), widget.objectName()
        name = widget.accessibleName()
        assert name, f"{widget.objectName() or type(widget).__name__} has no accessible name"
        assert widget.accessibleDescription(), f"{name} has no accessible description"
        names.append(name)
    for expected in ("Article", "Method", "Order", "Length", "Summary length", "Key sentences",
                     "Quoted speakers", "Copy summary", "Find"):
        assert expected in names, expected


def test_the_article_shows_keyboard_focus(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    sheet = window.view.styleSheet()
    assert ":focus" in sheet and "border: 2px solid" in sheet
    window.view.setFocus()
    assert window.view.hasFocus()
