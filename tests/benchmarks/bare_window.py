"""A bare PySide6 window timed like `precis --quit-after-load`: the baseline for start-up."""

import time

STARTED = time.perf_counter()

import json  # noqa: E402 - imports are part of what is timed, as in desktop.app.main
import sys  # noqa: E402

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser  # noqa: E402


class FirstPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            print(json.dumps({"first_paint_ms": round((time.perf_counter() - STARTED) * 1000, 1)}))
            QApplication.instance().exit(0)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
view = QTextBrowser()
window.setCentralWidget(view)
window.resize(1200, 780)
spy = FirstPaint()
view.viewport().installEventFilter(spy)
window.show()
sys.exit(app.exec())
