"""The Précis main window: composes the article view and the summary panel, and wires actions."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.engine.formats import open_filter
from desktop.engine.summary.length import Length
from desktop.ui import clipboard, jobs, tasks
from desktop.ui.article_view import ArticleView
from desktop.ui.find_bar import FindBar
from desktop.ui.reading_controls import ReadingControls
from desktop.ui.recent_files import RecentFiles
from desktop.ui.settings import Settings
from desktop.ui.summary_panel import SummaryPanel
from desktop.ui.window_actions import create_actions, create_menus
from desktop.ui.window_results import WindowResults

OPEN_FILTER = open_filter()
RESUMMARISE_DELAY_MS = 150


class MainWindow(WindowResults, QMainWindow):
    """The article on the left, key sentences and speakers on the right (`WindowResults`).

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
        self.find_bar = FindBar(self.view)
        self.panel = SummaryPanel()
        self.controls = self.panel.controls
        self._lay_out()
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
        self.file_info = QLabel(objectName="fileInfo")
        self.file_info.setAccessibleName("Article information")
        self.statusBar().addPermanentWidget(self.file_info)
        self.reading = ReadingControls(self)
        create_actions(self)
        create_menus(self)
        self._connect_signals()
        self._restore_settings()
        self.statusBar().showMessage("Ready")

    def _lay_out(self) -> None:
        """The reading pane (article over the find bar) beside the summary panel."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        reading = QWidget(objectName="readingPane")
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(self.find_bar)
        self.splitter.addWidget(reading)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)

    def _connect_signals(self) -> None:
        self.panel.copy_requested.connect(self.copy_summary_action.trigger)
        self.panel.span_activated.connect(self.view.show_span)
        self.view.offset_clicked.connect(self._on_article_clicked)
        self.view.zoom_requested.connect(self.reading.zoom)
        self.view.typeset_finished.connect(self.find_bar.refresh)
        self.panel.speaker_tree.currentItemChanged.connect(self._on_quote_selection)
        self.controls.changed.connect(self.resummarise_timer.start)
        self.resummarise_timer.timeout.connect(self.resummarise)
        self.recent_menu.open_requested.connect(self.open_path)
        self.chapter_menu.chapter_chosen.connect(self.on_chapter_chosen)

    # -- opening -------------------------------------------------------------------------------
    def on_open(self) -> None:
        start = self.settings.get("files/last_dir") or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open article", start, OPEN_FILTER)
        if path:
            self.settings.set("files/last_dir", str(Path(path).parent))
            self.open_path(path)

    def open_path(self, path: str | Path) -> None:
        """Read `path` in the background; the article, then summary and speakers, appear."""
        self._open(str(path), partial(jobs.read_article, path),
                   preview=partial(jobs.preview_article, path))

    def open_clipboard(self) -> None:
        """File › New from Clipboard: copied HTML (or else text) read as an article."""
        if (copied := clipboard.copied_article()) is None:
            self.show_error("The clipboard holds no text to read as an article.")
            return
        self._open("clipboard", partial(jobs.read_data, *copied))

    def show_empty(self) -> None:
        self.view.set_message("No article is open. Use File › Open… to choose one.")

    def _open(self, label: str, read, preview=None) -> None:
        """Run `read` in the background; with `preview`, paint its quick look (no NLP) first."""
        self._request += 1
        request = self._request
        self._pending_source = (label, read)
        self.panel.set_busy(f"Opening {Path(label).name}…")
        self.statusBar().showMessage(f"Opening {label}…")
        if preview is None:
            self._on_preview(request, label, read, None)
        else:
            tasks.run(preview, partial(self._on_preview, request, label, read),
                      partial(self._on_open_failed, request, label), owner=self)

    def _on_preview(self, request: int, label: str, read, preview) -> None:
        """The text is painted before any NLP is loaded; then the full reading starts."""
        if request != self._request:
            return
        if preview is not None:
            self._shown = request  # results for the article it replaces no longer apply
            self._show_article(preview, label)
        tasks.run(partial(read, repair=self.repair_action.isChecked()),
                  partial(self._on_article, request, label),
                  partial(self._on_open_failed, request, label), owner=self)

    def _on_article(self, request: int, path: str, article) -> None:
        if request != self._request:
            return  # a newer document was asked for meanwhile
        self._shown = request
        self._source = self._pending_source
        if article.path:
            self.recent.add(article.path)
        self._show_article(article, path)
        repairs = len(article.repairs)
        self.file_info.setText(
            f"{Path(path).name} · {article.words:,} words · {len(article.sentences):,} sentences"
            + (f" · {repairs} run-together word{'s' if repairs != 1 else ''} repaired"
               if repairs else ""))
        self.statusBar().clearMessage()
        self.article_shown.emit()
        self.panel.set_busy("Finding key sentences and speakers…")
        self.resummarise()
        tasks.run(partial(jobs.quoted_speakers, article),
                  partial(self._on_speakers, request), partial(self._on_failed, request, path),
                  owner=self)

    def _show_article(self, article, path: str) -> None:
        self.current_path, self._article = path, article
        self._summary, self._speakers = None, None
        self._enable_summary_commands(False)
        self.panel.clear()
        self.view.set_article(article)
        self.chapter_menu.set_chapters(article.chapters, article.chapter)
        self.find_bar.refresh()
        self.setWindowTitle(f"{article.heading} — {APP_NAME}")
        self.file_info.setText(f"{Path(path).name} · {article.words:,} words")

    def _on_open_failed(self, request: int, path: str, error: BaseException) -> None:
        if request != self._request:
            return
        still_working = self._article is not None and (self._summary is None
                                                       or self._speakers is None)
        self.panel.set_busy("Finding key sentences and speakers…" if still_working else "")
        if self._article is None:
            self.show_empty()
        else:  # the chapter shown stays checked
            self.chapter_menu.set_chapters(self._article.chapters, self._article.chapter)
        self.show_error(jobs.error_sentence(error, path))

    # -- commands ------------------------------------------------------------------------------
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

    def on_chapter_chosen(self, chapter: int | None) -> None:
        """View › Chapter: read the shown book again, whole or one chapter (this file only)."""
        if self._source is not None:
            label, read = self._source
            self._open(label, partial(read, chapter=chapter))

    def on_shortcuts(self) -> None:
        from desktop.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions(), self).exec()

    def _on_article_clicked(self, offset: int) -> None:
        span = self.panel.select_at(offset)
        if span is not None:
            self.view.set_focus_span(*span)

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
        self.reading.restore()
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
