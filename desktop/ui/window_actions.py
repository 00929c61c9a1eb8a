"""The main window's commands as QActions with standard shortcuts, and the menus that hold them."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from desktop import APP_NAME
from desktop.ui import summary_out
from desktop.ui.chapter_menu import ChapterMenu
from desktop.ui.recent_files import RecentMenu
from desktop.ui.themes import THEME_CHOICES

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

keys = QKeySequence.StandardKey


def _action(window: MainWindow, text: str, slot, *shortcuts, enabled: bool = True,
            checkable: bool = False, tip: str = "") -> QAction:
    act = QAction(text, window)
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, keys):
            sequences += QKeySequence.keyBindings(shortcut)
        else:
            sequences.append(QKeySequence(shortcut))
    act.setShortcuts(list(dict.fromkeys(sequences)))
    act.setEnabled(enabled)
    act.setCheckable(checkable)
    act.setStatusTip(tip)
    act.triggered.connect(slot)
    window.addAction(act)  # shortcuts work even while the menu bar is hidden (full screen)
    return act


def create_actions(w: MainWindow) -> None:
    """Give `w` its actions as attributes (`w.open_action`, ...)."""
    w.new_window_action = _action(w, "&New Window", w.new_window_requested, keys.New)
    w.open_action = _action(w, "&Open…", w.on_open, keys.Open)
    w.clipboard_action = _action(w, "New from &Clipboard", w.open_clipboard, "Ctrl+Shift+V")
    w.export_action = _action(w, "&Export Summary…", partial(summary_out.export, w), keys.Save,
                              enabled=False)
    w.print_action = _action(w, "&Print…", partial(summary_out.print_, w), keys.Print,
                             enabled=False)
    w.quit_action = _action(w, "&Quit", w.close, keys.Quit, "Ctrl+Q")  # some platforms: none
    w.copy_summary_action = _action(w, "Copy &summary", partial(summary_out.copy, w),
                                    "Ctrl+Shift+C", enabled=False)
    w.copy_quote_action = _action(w, "Copy &quote with attribution", w.copy_quote, "Ctrl+Alt+C",
                                  enabled=False)
    w.copy_key_action = _action(w, "&Copy key sentence", partial(summary_out.copy_key_sentence, w))
    w.find_action = _action(w, "&Find…", w.find_bar.open, keys.Find,
                            tip="Find words in the article")
    w.find_next_action = _action(w, "Find &next", w.find_bar.find_next, keys.FindNext)
    w.find_previous_action = _action(w, "Find pre&vious", w.find_bar.find_previous,
                                     keys.FindPrevious)
    w.zoom_in_action = _action(w, "Zoom &in", partial(w.reading.zoom, +1), keys.ZoomIn, "Ctrl+=")
    w.zoom_out_action = _action(w, "Zoom &out", partial(w.reading.zoom, -1), keys.ZoomOut)
    w.zoom_reset_action = _action(w, "&Actual size", partial(w.reading.zoom, 0), "Ctrl+0")
    w.key_only_action = _action(w, "&Key sentences only", w.reading.set_key_only, "Ctrl+K",
                                checkable=True, tip="Show only the key sentences, with … where "
                                "text was skipped")
    w.full_screen_action = _action(w, "&Full screen", w.reading.set_full_screen,
                                   keys.FullScreen, "F11", checkable=True)
    w.repair_action = _action(w, "&Repair run-together words", w.on_repair_toggled,
                              checkable=True)
    w.shortcuts_action = _action(w, "&Keyboard shortcuts", w.on_shortcuts, keys.HelpContents,
                                 "Ctrl+?")
    w.about_action = _action(w, f"&About {APP_NAME}", w.on_about)
    w.theme_group = QActionGroup(w)
    w.theme_actions = {}
    for name, label in THEME_CHOICES.items():
        act = _action(w, label, partial(w.reading.set_theme, name), checkable=True)
        act.setActionGroup(w.theme_group)
        w.theme_actions[name] = act


def create_menus(w: MainWindow) -> None:
    bar = w.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([w.new_window_action, w.open_action])
    w.recent_menu = RecentMenu(w.recent, file_menu)
    file_menu.addMenu(w.recent_menu)
    file_menu.addAction(w.clipboard_action)
    file_menu.addSeparator()
    file_menu.addActions([w.export_action, w.print_action])
    file_menu.addSeparator()
    file_menu.addAction(w.quit_action)
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([w.copy_summary_action, w.copy_quote_action])
    edit_menu.addSeparator()
    edit_menu.addActions([w.find_action, w.find_next_action, w.find_previous_action])
    view_menu = bar.addMenu("&View")
    view_menu.addActions([w.zoom_in_action, w.zoom_out_action, w.zoom_reset_action])
    view_menu.addSeparator()
    view_menu.addActions([w.key_only_action, w.full_screen_action])
    theme_menu = view_menu.addMenu("&Theme")
    theme_menu.addActions(list(w.theme_actions.values()))
    view_menu.addSeparator()
    view_menu.addAction(w.repair_action)
    w.chapter_menu = ChapterMenu(view_menu)
    view_menu.addMenu(w.chapter_menu)
    # shortcuts work even while the menu bar is hidden (full screen)
    w.addActions([w.chapter_menu.next_action, w.chapter_menu.previous_action])
    help_menu = bar.addMenu("&Help")
    help_menu.addActions([w.shortcuts_action, w.about_action])
    w.panel.speaker_tree.addAction(w.copy_quote_action)
    w.panel.key_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    w.panel.key_list.addAction(w.copy_key_action)
