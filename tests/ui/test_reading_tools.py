"""Reading tools: Find, zoom, themes, full screen, key sentences only, the shortcuts list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.shortcuts_dialog import ShortcutsDialog
from desktop.ui.themes import THEMES, contrast
from tests.conftest import HANG_MS
from tests.ui.conftest import open_and_wait


def test_find_counts_matches_and_steps_with_enter_f3_and_shift_f3(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    page = window.view.toPlainText()
    total = page.lower().count("kazakhstan")
    assert total >= 3
    window.find_action.trigger()
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "Kazakhstan")
    assert bar.status() == f"1 of {total}"
    assert window.view.textCursor().selectedText().lower() == "kazakhstan"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.status() == f"2 of {total}"
    window.find_next_action.trigger()
    assert bar.status() == f"3 of {total}"
    window.find_previous_action.trigger()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status() == f"1 of {total}"
    window.find_previous_action.trigger()  # wraps round to the last
    assert bar.status() == f"{total} of {total}"
    assert QKeySequence("F3") in window.find_next_action.shortcuts()
    assert QKeySequence("Shift+F3") in window.find_previous_action.shortcuts()
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_find_says_when_nothing_matches_and_esc_closes(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    window.find_action.trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "zebra crossing")
    assert bar.status() == "No matches"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.view.hasFocus()


def _first_visible_offset(view) -> int:
    return view.body_offset(view.cursorForPosition(QPoint(view.width() // 2, 4)).position())


def test_zoom_keeps_the_serif_font_and_the_place_and_zooms_the_panel(qtbot, window, seed_path):
    window.resize(900, 420)
    open_and_wait(qtbot, window, seed_path)
    view, panel = window.view, window.panel
    family = view.document().defaultFont().family()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 4)
    place = _first_visible_offset(view)
    panel_size = panel.font().pointSizeF()
    size = view.font_size()
    for action in (window.zoom_in_action, window.zoom_in_action):
        action.trigger()
    assert view.font_size() == size + 2
    assert view.document().defaultFont().family() == family
    assert panel.font().pointSizeF() > panel_size
    assert abs(_first_visible_offset(view) - place) < 100  # the same line, or the one above
    assert QKeySequence("Ctrl+=") in window.zoom_in_action.shortcuts()
    window.zoom_reset_action.trigger()
    assert view.font_size() == 13 and window.zoom_reset_action.shortcut().toString() == "Ctrl+0"
    assert panel.font().pointSizeF() == panel_size
    window.zoom_out_action.trigger()
    assert view.font_size() == 12


def test_ctrl_wheel_zooms_like_the_menu(qtbot, window, seed_path):
    open_and_wait(qtbot, window, seed_path)
    view = window.view
    family = view.document().defaultFont().family()
    size = view.font_size()
    point = QPointF(50, 50)
    wheel = QWheelEvent(point, view.mapToGlobal(point), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.font_size() == size + 1
    assert view.document().defaultFont().family() == family
    assert window.settings.get("view/font_size") == size + 1


def test_themes_switch_live_are_remembered_and_keep_highlights_readable(
    qtbot, window, seed_path, settings
):
    open_and_wait(qtbot, window, seed_path)
    for name, theme in THEMES.items():
        window.theme_actions[name].trigger()
        assert window.theme_actions[name].isChecked()
        base = window.view.palette().color(QPalette.ColorRole.Base).name()
        assert base == theme.base
        selection = window.view.extraSelections()[0]
        highlight = selection.format
        text, back = highlight.foreground().color().name(), highlight.background().color().name()
        assert contrast(text, back) >= 4.5, name
        assert settings.get("view/theme") == name
    window.theme_actions["system"].trigger()
    assert settings.get("view/theme") == "system"


def test_full_screen_toggles_with_f11(qtbot, window):
    assert QKeySequence("F11") in window.full_screen_action.shortcuts()
    window.full_screen_action.trigger()
    qtbot.waitUntil(window.isFullScreen, timeout=HANG_MS)
    assert not window.menuBar().isVisible()
    window.full_screen_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=HANG_MS)
    assert window.menuBar().isVisible()


def test_key_sentences_only_shows_them_with_ellipses_where_text_was_skipped(
    qtbot, window, seed_path, settings
):
    open_and_wait(qtbot, window, seed_path)
    keys = window.panel.key_sentences()
    window.key_only_action.trigger()
    qtbot.waitUntil(window.view.is_typeset, timeout=HANG_MS)
    blocks = window.view.toPlainText().split("\n")
    assert blocks[0] == "2022-01-09"
    body = [b for b in blocks[1:] if b]
    assert [b for b in body if b != "…"] == keys
    assert "…" in body
    assert all(not (a == b == "…") for a, b in zip(body, body[1:], strict=False))
    assert settings.get("view/key_only") is True
    window.panel.key_list.setCurrentRow(len(keys) - 1)  # jumps still land on the sentence
    assert window.view.focused_text() == keys[-1]
    window.key_only_action.trigger()
    qtbot.waitUntil(window.view.is_typeset, timeout=HANG_MS)
    assert window.view.toPlainText().count("\n") > len(keys) * 2


def test_help_lists_every_shortcut_read_from_the_actions(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self.rows()))
    window.shortcuts_action.trigger()
    rows = dict(shown[0])
    assert rows["Find"] == window.find_action.shortcut().toString(
        QKeySequence.SequenceFormat.NativeText)
    assert rows["Quit"] == "Ctrl+Q"  # not the "Exit" key few keyboards have
    assert "F11" in rows["Full screen"]
    assert "Ctrl+0" in rows["Actual size"]
    assert "Ctrl+=" in rows["Zoom in"]
    with_keys = [a for a in window.actions() if a.shortcuts()]
    assert len(rows) == len(with_keys)
