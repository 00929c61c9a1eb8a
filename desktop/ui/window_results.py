"""The window's key sentences and speakers: asked for in the background, shown as they arrive."""

from __future__ import annotations

from functools import partial

from desktop.engine.summary.length import SENTENCES, Length
from desktop.ui import jobs, tasks


class WindowResults:
    """Summary and speakers for `MainWindow`: each result is shown only while its document is.

    The window provides `_article`, `_shown`, `_summary`, `_speakers`, `_summary_request`,
    `current_path`, `panel`, `view`, `controls`, the summary commands' actions, the
    `summary_shown`/`speakers_shown` signals, `show_error()` and `_save_summary_options()`.
    """

    def resummarise(self) -> None:
        """Summarise the shown article with the panel's current algorithm, length and order."""
        if self._article is None or not self._article.sentences:
            return  # a quick look: the full reading resummarises
        self._save_summary_options()
        self._summary_request += 1
        job = partial(jobs.key_sentences, self._article, self.controls.algorithm(),
                      self.controls.length(), self.controls.order())
        tasks.run(job, partial(self._on_summary, self._shown, self._summary_request),
                  partial(self._on_failed, self._shown, self.current_path), owner=self)

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
        self.view.set_key_sentences([(s.start, s.end) for s in summary.sentences],
                                    [(s.context.start, s.context.end)
                                     for s in summary.sentences if s.context])
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

    def _on_failed(self, request: int, path: str, error: BaseException) -> None:
        if request == self._shown:
            self.panel.set_busy("")
            self.show_error(jobs.error_sentence(error, path))

    def digest(self):
        """The shown article with its summary and speakers (so far), or None before a summary."""
        if self._article is None or self._summary is None:
            return None
        from desktop.engine.pipeline import Digest

        return Digest(self._article, self._summary, self._speakers or ())

    def _enable_summary_commands(self, enabled: bool) -> None:
        for act in (self.copy_summary_action, self.export_action, self.print_action):
            act.setEnabled(enabled)
