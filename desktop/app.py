"""QApplication set-up, the command line, the exception hook; `main()` returns the exit code."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback

from desktop import APP_NAME, DESKTOP_FILE_NAME, __version__

log = logging.getLogger("precis")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="precis", description=f"{APP_NAME}: read an article "
                                     "beside its key sentences and quoted speakers.")
    parser.add_argument("file", nargs="?", help="article to open (default: the sample article)")
    parser.add_argument("--quit-after-load", action="store_true",
                        help="print start-up timings (and the longest stall) as JSON once "
                        "everything is shown, then quit")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _no_display() -> bool:
    """True on Linux/BSD when no X11 or Wayland display is reachable and no platform is forced."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    if os.environ.get("QT_QPA_PLATFORM") or "-platform" in sys.argv:
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def install_excepthook(window_getter) -> None:
    """Log unexpected exceptions and show them as a dialog instead of killing the app."""

    def hook(kind, value, tb) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        window = window_getter()
        if window is not None:
            window.show_error(f"Something went wrong: {kind.__name__}: {value}. "
                              "Précis keeps running; the details were written to the log.")

    sys.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    """Open the Précis window on FILE (or the sample article); returns the exit code."""
    started = time.perf_counter()
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    args, qt_args = build_parser().parse_known_args(sys.argv[1:] if argv is None else argv)
    if _no_display():
        print("precis: no display found (DISPLAY and WAYLAND_DISPLAY are unset). Run Précis in a "
              "desktop session, or use precis-summarize for the terminal.", file=sys.stderr)
        return 2

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.paths import resource, seed_article
    from desktop.ui import tasks
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName("Precis")
    app.setApplicationName("precis")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(QIcon(str(resource("precis.svg"))))
    window = MainWindow()
    window.interactive_errors = not args.quit_after_load
    install_excepthook(lambda: window)
    if args.quit_after_load:
        from desktop.ui.load_report import report_when_loaded

        report_when_loaded(app, window, started)
    window.show()
    window.open_path(args.file or seed_article())
    status = app.exec()
    tasks.wait_for_all()
    return status
