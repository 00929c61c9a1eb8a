"""QApplication set-up, the command line, the exception hook; `main()` returns the exit code."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from pathlib import Path

from desktop import APP_NAME, DESKTOP_FILE_NAME, __version__
from desktop.qt_options import unknown_options

log = logging.getLogger("precis")
# On quit, how long to let a background job finish before the process ends regardless: a
# worker deep in pure-Python NLP cannot be interrupted, and must not keep the process alive.
QUIT_WAIT_MS = 300


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="precis", description=f"{APP_NAME}: read an article "
                                     "beside its key sentences and quoted speakers.")
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="articles to open (default: the last one read, else the sample)")
    parser.add_argument("--quit-after-load", action="store_true",
                        help="print start-up timings (and the longest stall) as JSON once "
                        "everything is shown, then quit")
    parser.add_argument("--new-window", action="store_true",
                        help="open another window instead of handing FILE to a running Précis")
    parser.add_argument("--install-desktop", action="store_true",
                        help="add Précis to the application menu and to \"Open with\" (per user)")
    parser.add_argument("--uninstall-desktop", action="store_true",
                        help="remove what --install-desktop added")
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
    parser = build_parser()
    args, qt_args = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    if unknown := unknown_options(qt_args):
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")  # exits with status 2
    if args.install_desktop or args.uninstall_desktop:
        from desktop.install import main as install_main

        return install_main(uninstalling=args.uninstall_desktop)
    if _no_display():
        print("precis: no display found (DISPLAY and WAYLAND_DISPLAY are unset). Run Précis in a "
              "desktop session, or use precis-summarize for the terminal.", file=sys.stderr)
        return 2

    from desktop.ui import single_instance  # before Qt's widgets: a second launch is quick

    files = [str(Path(f).absolute()) for f in args.files]
    if args.new_window or args.quit_after_load:  # never hand over, never serve
        return _run_window(args, qt_args, files, None, started)
    lock = single_instance.launch_lock()  # held until this launch's server listens
    if single_instance.hand_over(files):
        lock.unlock()
        return 0
    return _run_window(args, qt_args, files, lock, started)


def _application(qt_args: list[str]):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.paths import resource

    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName("Precis")
    app.setApplicationName("precis")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(QIcon(str(resource("precis.svg"))))
    return app


def _serve(lock):
    """Listen for later launches, then release `lock` (None, with --new-window: serve none).

    Returns:
        The listening InstanceServer, or None.
    """
    if lock is None:
        return None
    from desktop.ui.single_instance import InstanceServer

    server = InstanceServer()
    listening = server.listen()
    lock.unlock()
    return server if listening else None


def _run_window(args, qt_args: list[str], files: list[str], lock, started: float) -> int:
    """The first window (on FILE, the last article or the sample) and the event loop; with
    `lock` (a QLockFile, None: --new-window), it serves later launches and then releases it."""
    app = _application(qt_args)
    server = _serve(lock)  # before the window modules load: a launch waiting hands over sooner
    from desktop.paths import seed_article
    from desktop.ui import tasks
    from desktop.ui.recent_files import RecentFiles
    from desktop.ui.settings import Settings
    from desktop.ui.window_group import WindowGroup

    tasks.set_up()
    group = WindowGroup()
    install_excepthook(group.front)  # in place before the first window is built
    if server is not None:  # its requests are read by the event loop, below
        server.files_received.connect(group.show_files)
    # --quit-after-load times the sample unless told otherwise: the benchmark stays comparable
    last = None if args.quit_after_load else RecentFiles(Settings()).startup_article()
    first = files[0] if files else last or seed_article()
    window = group.new_window(first)  # the article is read in the background, shown later
    window.interactive_errors = not args.quit_after_load
    if args.quit_after_load:
        from desktop.ui.load_report import report_when_loaded

        report_when_loaded(app, window, started)
    for path in files[1:]:
        group.new_window(path)
    status = app.exec()
    if server is not None:
        server.close()
    if not tasks.wait_for_all(QUIT_WAIT_MS):
        log.info("quitting while a background job still runs")
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)  # Qt's pool would otherwise wait for the worker at interpreter exit
    return status
