"""The Précis main window: composes the article view and the summary panel, and wires actions."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QSplitter

from desktop import APP_NAME, __version__
from desktop.engine.formats import open_filter
from desktop.engine.summary.length import SENTENCES, Length
from desktop.ui import clipboard, jobs, summary_out, tasks
from desktop.ui.article_view import ArticleView
from desktop.ui.recent_files import RecentFiles, RecentMenu
from desktop.ui.settings import Settings
from desktop.ui.summary_panel import SummaryPanel

OPEN_FILTER = open_filter()
RESUMMARISE_DELAY_MS = 150


class MainWindow(QMainWindow):
    """The article on the left, key sentences and speakers on the right.

    Signals:
        article_shown, summary_shown, speakers_shown: the current document's parts are on screen.
        error_shown(str): a sentence was shown to the person.
        new_window_requested: File › New Window (the window group makes it).
    """

    article_shown = Signal()
    summary_shown = Signal()
    speakers_shown = Signal()
    error_shown = Signal(str)
    new_window_requested = Signal()

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.recent = RecentFiles(self.settings)
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.view = ArticleView()
        self.panel = SummaryPanel()
        self.controls = self.panel.controls
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self.resummarise_timer = QTimer(self, singleShot=True, interval=RESUMMARISE_DELAY_MS)
        # _request: the latest document asked for; _shown: the one on screen, whose summary and
        # speakers are still wanted while another opens (and after that open fails).
        self._request = self._shown = self._summary_request = 0
        self._article = self._summary = self._speakers = None
        self.current_path: str | None = None
        # (label, read) of the shown document and of the one being opened: View › Repair reads
        # the shown one again (the same bytes for a clipboard article)
        self._source = self._pending_source = None
        self.interactive_errors = True  # False: errors go to the status bar and error_shown only
        self._create_actions()
        self._create_menus()
        self._connect_signals()
        self._restore_settings()
        self.statusBar().showMessage("Ready")

    def _create_actions(self) -> None:
        def action(text: str, slot, shortcut=None, enabled: bool = True) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setEnabled(enabled)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        keys = QKeySequence.StandardKey
        self.new_window_action = action("&New Window", self.new_window_requested, keys.New)
        self.open_action = action("&Open…", self.on_open, keys.Open)
        self.clipboard_action = action("New from &Clipboard", self.open_clipboard,
                                       "Ctrl+Shift+V")
        self.export_action = action("&Export Summary…", partial(summary_out.export, self),
                                    keys.Save, enabled=False)
        self.print_action = action("&Print…", partial(summary_out.print_, self), keys.Print,
                                   enabled=False)
        self.quit_action = action("&Quit", self.close, keys.Quit)
        self.copy_summary_action = action("Copy &summary", partial(summary_out.copy, self),
                                          "Ctrl+Shift+C", enabled=False)
        self.copy_quote_action = action("Copy &quote with attribution", self.copy_quote,
                                        "Ctrl+Alt+C", enabled=False)
        self.copy_key_action = action("&Copy key sentence",
                                      partial(summary_out.copy_key_sentence, self))
        self.zoom_in_action = action("Zoom &in", partial(self.zoom, +1), keys.ZoomIn)
        self.zoom_out_action = action("Zoom &out", partial(self.zoom, -1), keys.ZoomOut)
        self.repair_action = action("&Repair run-together words", self.on_repair_toggled)
        self.repair_action.setCheckable(True)
        self.about_action = action(f"&About {APP_NAME}", self.on_about)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_window_action, self.open_action])
        self.recent_menu = RecentMenu(self.recent, file_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.clipboard_action)
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.print_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.copy_summary_action, self.copy_quote_action])
        view_menu = bar.addMenu("&View")
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action])
        view_menu.addSeparator()
        view_menu.addAction(self.repair_action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)
        self.panel.speaker_tree.addAction(self.copy_quote_action)
        self.panel.key_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.panel.key_list.addAction(self.copy_key_action)

    def _connect_signals(self) -> None:
        self.panel.copy_requested.connect(self.copy_summary_action.trigger)
        self.panel.span_activated.connect(self.view.show_span)
        self.panel.speaker_tree.currentItemChanged.connect(self._on_quote_selection)
        self.controls.changed.connect(self.resummarise_timer.start)
        self.resummarise_timer.timeout.connect(self.resummarise)
        self.recent_menu.open_requested.connect(self.open_path)

    # -- opening -------------------------------------------------------------------------------
    def on_open(self) -> None:
        start = self.settings.get("files/last_dir") or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open article", start, OPEN_FILTER)
        if path:
            self.settings.set("files/last_dir", str(Path(path).parent))
            self.open_path(path)

    def open_path(self, path: str | Path) -> None:
        """Read `path` in the background; the article, then summary and speakers, appear."""
        self._open(str(path), partial(jobs.read_article, path))

    def open_clipboard(self) -> None:
        """File › New from Clipboard: copied HTML (or else text) read as an article."""
        if (copied := clipboard.copied_article()) is None:
            self.show_error("The clipboard holds no text to read as an article.")
            return
        self._open("clipboard", partial(jobs.read_data, *copied))

    def show_empty(self) -> None:
        self.view.set_message("No article is open. Use File › Open… to choose one.")

    def _open(self, label: str, read) -> None:
        self._request += 1
        request = self._request
        self._pending_source = (label, read)
        self.panel.set_busy(f"Opening {Path(label).name}…")
        self.statusBar().showMessage(f"Opening {label}…")
        tasks.run(partial(read, repair=self.repair_action.isChecked()),
                  partial(self._on_article, request, label),
                  partial(self._on_open_failed, request, label))

    def _on_article(self, request: int, path: str, article) -> None:
        if request != self._request:
            return  # a newer document was asked for meanwhile
        self.current_path, self._article, self._shown = path, article, request
        self._source = self._pending_source
        if article.path:
            self.recent.add(article.path)
        self._summary, self._speakers = None, None
        self._enable_summary_commands(False)
        self.panel.clear()
        self.view.set_article(article)
        self.setWindowTitle(f"{article.title} — {APP_NAME}")
        repairs = len(article.repairs)
        self.statusBar().showMessage(
            f"{Path(path).name} · {article.words:,} words · {len(article.sentences):,} sentences"
            + (f" · {repairs} run-together word{'s' if repairs != 1 else ''} repaired"
               if repairs else ""))
        self.article_shown.emit()
        self.panel.set_busy("Finding key sentences and speakers…")
        self.resummarise()
        tasks.run(partial(jobs.quoted_speakers, article),
                  partial(self._on_speakers, request), partial(self._on_failed, request, path))

    def resummarise(self) -> None:
        """Summarise the shown article with the panel's current algorithm, length and order."""
        if self._article is None:
            return
        self._save_summary_options()
        self._summary_request += 1
        job = partial(jobs.key_sentences, self._article, self.controls.algorithm(),
                      self.controls.length(), self.controls.order())
        tasks.run(job, partial(self._on_summary, self._shown, self._summary_request),
                  partial(self._on_failed, self._shown, self.current_path))

    def _on_summary(self, request: int, summary_request: int, summary) -> None:
        if request != self._shown or summary_request != self._summary_request:
            return
        self._summary = summary
        if summary.note:
            self.statusBar().showMessage(summary.note, 10000)
        self.panel.set_summary(summary, jobs.algorithm_name(summary.algorithm),
                               self._article.words)
        if self.controls.length() is None:
            self.controls.set_length(Length(SENTENCES, len(summary.sentences)), explicit=False)
        self.view.set_key_sentences([(s.start, s.end) for s in summary.sentences])
        self._enable_summary_commands(bool(summary.sentences))
        self._finish_if_ready()
        self.summary_shown.emit()

    def _on_speakers(self, request: int, speakers) -> None:
        if request != self._shown:
            return
        self._speakers = speakers
        self.panel.set_speakers(speakers, jobs.speakers_note(self._article))
        self._finish_if_ready()
        self.speakers_shown.emit()

    def _finish_if_ready(self) -> None:
        if self._summary is not None and self._speakers is not None:
            self.panel.set_busy("")

    def _on_open_failed(self, request: int, path: str, error: BaseException) -> None:
        if request != self._request:
            return
        still_working = self._article is not None and (self._summary is None
                                                       or self._speakers is None)
        self.panel.set_busy("Finding key sentences and speakers…" if still_working else "")
        if self._article is None:
            self.show_empty()
        self.show_error(jobs.error_sentence(error, path))

    def _on_failed(self, request: int, path: str, error: BaseException) -> None:
        if request == self._shown:
            self.panel.set_busy("")
            self.show_error(jobs.error_sentence(error, path))

    # -- commands ------------------------------------------------------------------------------
    def digest(self):
        """The shown article with its summary and speakers (so far), or None before a summary."""
        if self._article is None or self._summary is None:
            return None
        from desktop.engine.pipeline import Digest

        return Digest(self._article, self._summary, self._speakers or ())

    def _enable_summary_commands(self, enabled: bool) -> None:
        for act in (self.copy_summary_action, self.export_action, self.print_action):
            act.setEnabled(enabled)

    def copy_quote(self) -> None:
        """Copy the selected quote with its attribution: '“…” — Name (role)'."""
        selected = self.panel.speaker_tree.current_quote()
        if selected is None:
            return
        from desktop.engine.export import attributed

        QGuiApplication.clipboard().setText(attributed(*selected))
        self.statusBar().showMessage("Quote copied to the clipboard", 4000)

    def _on_quote_selection(self, *_items) -> None:
        self.copy_quote_action.setEnabled(self.panel.speaker_tree.current_quote() is not None)

    def on_repair_toggled(self, checked: bool) -> None:
        self.settings.set("view/repair", checked)
        if self._source is not None:
            self._open(*self._source)

    def zoom(self, step: int) -> None:
        size = max(8, min(32, self.view.font_size() + step))
        self.view.set_font_size(size)
        self.settings.set("view/font_size", size)

    def on_about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"<b>{APP_NAME}</b> {__version__}<p>An offline article viewer that shows "
                          "each article's key sentences and who is quoted in it.</p>")

    def show_error(self, message: str) -> None:
        """The one place a sentence about a failure reaches the person."""
        self.statusBar().showMessage(message, 10000)
        self.error_shown.emit(message)
        if self.interactive_errors:
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message,
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
            box.exec()

    # -- window state and drops ----------------------------------------------------------------
    def _save_summary_options(self) -> None:
        length = self.controls.length()
        self.settings.set("summary/algorithm", self.controls.algorithm())
        self.settings.set("summary/order", self.controls.order())
        self.settings.set("summary/length_mode", length.mode if length else "")
        self.settings.set("summary/length_value", int(length.value) if length else 0)

    def _restore_settings(self) -> None:
        self.view.set_font_size(self.settings.get("view/font_size"))
        self.repair_action.setChecked(self.settings.get("view/repair"))
        self.controls.set_algorithm(self.settings.get("summary/algorithm"))
        self.controls.set_order(self.settings.get("summary/order"))
        mode = self.settings.get("summary/length_mode")
        if mode:
            self.controls.set_length(Length(mode, self.settings.get("summary/length_value")))
        if not self.restoreGeometry(self.settings.get("window/geometry")):
            self.resize(1200, 780)
        if not self.splitter.restoreState(self.settings.get("window/splitter")):
            self.splitter.setSizes([720, 480])
        self.panel.split.restoreState(self.settings.get("window/panel_splitter"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/splitter", self.splitter.saveState())
        self.settings.set("window/panel_splitter", self.panel.split.saveState())
        self.settings.sync()
        super().closeEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        urls: list[QUrl] = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_path(urls[0].toLocalFile())
            event.acceptProposedAction()
