"""The start-up floor (issue 22): the window's first frame with nothing of Atrocity Desk in it.

The same frame the application paints first (four menus with 40 shortcuts, a ten-row list in its
place, a status bar label) and the standard modules its start-up cannot skip (argparse for the
command line, sqlite3 for the case's title, importlib.resources for the icons and catalogues),
timed to the first paint as ``run.bench_startup`` times the application, against the same bare
``QMainWindow``. Run: ``.venv/bin/python benchmarks/startup_floor.py EXAMPLE.atrocase [REPEAT]``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import BARE_QT, MARKER, time_to_marker  # noqa: E402

FLOOR = textwrap.dedent(
    f"""
    import argparse, sqlite3, sys
    from importlib import resources
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print("{MARKER}", flush=True)
                obj.removeEventFilter(self)
            return False

    argparse.ArgumentParser().parse_args([])
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    central = QWidget()
    row = QHBoxLayout(central)
    nav = QListWidget()
    nav.addItems([f"Page {{i}}" for i in range(10)])
    nav.setFixedWidth(150)
    nav.item(0).setData(Qt.ItemDataRole.AccessibleTextRole, "Page 0")
    row.addWidget(nav)
    row.addWidget(QStackedWidget(), 1)
    window.setCentralWidget(central)
    for m in range(4):
        menu = window.menuBar().addMenu(f"Menu {{m}}")
        for a in range(10):
            action = QAction(f"Action {{a}}", window)
            action.setShortcut(QKeySequence(f"Ctrl+{{a}}"))
            menu.addAction(action)
    window.statusBar().addPermanentWidget(QLabel("Every change is saved."))
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    """
)


def main(example: str, repeat: int = 9) -> None:
    home = tempfile.mkdtemp(prefix="atrocity-desk-floor-")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), ATROCITY_DESK_FIRST_PAINT_MARKER="1",
               ATROCITY_DESK_SETTINGS_DIR=f"{home}/settings", ATROCITY_DESK_DATA_DIR=f"{home}/data", PYTHONPYCACHEPREFIX=f"{home}/bytecode")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = {"bare": [sys.executable, "-c", BARE_QT], "floor": [sys.executable, "-c", FLOOR],
                "app": [sys.executable, "-m", "atrocity_desk", "open", example]}
    for command in commands.values():  # bytecode and file cache, once each
        time_to_marker(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):  # interleaved: a busy machine slows all three alike
        for name, command in commands.items():
            times[name].append(time_to_marker(command, env)[0])
    median = {name: statistics.median(values) for name, values in times.items()}
    print("  ".join(f"{name} {seconds:.3f} s" for name, seconds in median.items()),
          f"| floor/bare {median['floor'] / median['bare']:.2f}  app/bare {median['app'] / median['bare']:.2f}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 9)
