"""Starting the application, and the self-test of an installed or bundled copy (SPEC §6)."""

from __future__ import annotations

import builtins
import gc
import importlib
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QMessageLogContext, QObject, QSettings, QtMsgType, QTimer, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

# Light on purpose (issue 22): what the window needs for its first paint, nothing of the core's
# models, YAML, storage or pages; ``start_window`` loads those after that paint.
from ..core.paths import resource_root
from . import PYTHON_IMPORT, language
from .crash import clear_stale_files, install_excepthook
from .main_window import (
    APPLICATION,
    DATA_DIR_ENV,
    ORGANIZATION,
    SETTINGS_DIR_ENV,
    MainWindow,
    app_data_dir,
    app_settings,
    recent_files,
)
from .pages import page_classes


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the names QSettings and QStandardPaths use. The platform's own style,
    palette and font are kept, so the window follows the system's light or dark mode and font size."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("atrocity-desk")
    icon = QIcon()
    for size in (16, 32, 64, 128, 256):
        icon.addFile(str(resource_root() / "icons" / f"atrocity-desk-{size}.png"))
    app.setWindowIcon(icon)
    return app


# The benchmark (benchmarks/run.py) sets this to learn when the window is first painted.
FIRST_PAINT_MARKER_ENV = "ATROCITY_DESK_FIRST_PAINT_MARKER"
FIRST_PAINT_MARKER = "ATROCITY_DESK_FIRST_PAINT"


class _FirstPaintMarker(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(FIRST_PAINT_MARKER, flush=True)
            watched.removeEventFilter(self)
        return False


def initial_case(settings: QSettings, path: str | os.PathLike | None) -> Path | None:
    """The file asked for; else the most recent case that still exists; None on the very first
    start (the example case is written then) or when no recent case is left."""
    if path:
        return Path(path)
    existing = [p for p in recent_files(settings) if Path(p).exists()]
    return Path(existing[0]) if existing else None


def open_initial_case(window: MainWindow, path: str | os.PathLike | None, passphrase: bytearray | None = None) -> bool:
    """The file asked for; else the most recent case; on the very first start, the example case."""
    if path:
        return window.open_case(path, passphrase)
    recent = recent_files(window.settings)
    if not recent:
        return window.open_example()
    chosen = initial_case(window.settings, None)
    return window.open_case(chosen) if chosen else False


def start_window(path: str | os.PathLike | None = None, passphrase: bytearray | None = None) -> MainWindow:
    """The window, shown; the case opens once the window has painted (issue 22).

    The first paint shows the real window's frame: menus, the case's title (read with plain
    sqlite3), the navigation and the status bar, built from Qt and a few small modules only. After
    that paint, one step per turn of the event loop (so the window answers in between): the core
    in the window's language, the pages' code, then the case and its first page.
    ``passphrase`` is wiped once the case is open (or refused)."""
    settings = app_settings()
    language.apply_to_window(language.chosen(settings))  # before the window: every widget is built in it
    window = MainWindow(settings=settings, opening=initial_case(settings, path))
    if os.environ.get(FIRST_PAINT_MARKER_ENV):
        marker = _FirstPaintMarker(window)
        window.installEventFilter(marker)
    install_excepthook(lambda title, message: _show_error(window, title, message))
    window.show()

    def open_case() -> None:
        try:
            # The planner may have opened a case (File menu) or closed the window meanwhile.
            if window.session is None and window.isVisible():
                if not open_initial_case(window, path, passphrase) and window.session is None:
                    window.close_case()  # the start panel: New, Open, recent files
        finally:
            if passphrase is not None:
                passphrase[:] = bytes(len(passphrase))
        clear_stale_files([app_data_dir(), *(Path(p).parent for p in recent_files(window.settings))])
        gc.enable()  # off during start-up when started from the command line (cli._run_gui)

    loads = [language.apply_to_core, *(partial(importlib.import_module, name) for name in CASE_CODE), page_classes]
    _after_first_paint(window, [*(partial(_with_python_import, load) for load in loads), open_case])
    return window


# The code that opens and shows a case, imported after the first paint one module (with what it
# imports) per turn of the event loop, then the pages' (page_classes): 10-60 ms each here, where
# all at once took some 200 ms.
CASE_CODE = ("pydantic", "atrocity_desk.core.checklist", "atrocity_desk.core.evidence", "atrocity_desk.core.models",
             "atrocity_desk.core.storage", "atrocity_desk.ui.session")


def _with_python_import(load: Callable[[], object]) -> None:
    """Run ``load`` with Python's own import statement. PySide6 replaces it with one that runs
    Python code at every import (for its ``__feature__`` switches, which our code never uses):
    some 25 ms over the core and the pages (ui/__init__.py keeps Python's)."""
    with_hook = builtins.__import__
    builtins.__import__ = PYTHON_IMPORT
    try:
        load()
    finally:
        builtins.__import__ = with_hook


def _show_error(window: MainWindow, title: str, message: str) -> None:
    from . import dialogs

    dialogs.show_error(window, title, message)


class _AfterFirstPaint(QObject):
    """Runs ``steps`` after ``window``'s first paint, one per turn of the event loop."""

    def __init__(self, window: QObject, steps: list[Callable[[], object]]):
        super().__init__(window)
        self.steps = list(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.next_step)
        return False

    def next_step(self) -> None:
        if self.steps:
            try:
                self.steps.pop(0)()  # an error is reported (crash.install_excepthook); the rest still runs
            finally:
                QTimer.singleShot(0, self, self.next_step)  # a deleted window cancels the rest


def _after_first_paint(window: QObject, steps: list[Callable[[], object]]) -> None:
    window.installEventFilter(_AfterFirstPaint(window, steps))


def run_application(path: str | os.PathLike | None = None, passphrase: bytearray | None = None) -> int:
    """The window, on ``path`` (with ``passphrase`` for a protected case, wiped once it is open)."""
    app = create_application()
    window = start_window(path, passphrase)  # noqa: F841 - kept alive until the loop ends
    return app.exec()


# -- the self-test --------------------------------------------------------------------------------


class SelfTestFailure(Exception):
    pass


def _quiet_offscreen_notes(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform notes what it cannot do (window size hints...); those are not failures.
    if "does not support" in message:
        return
    print(message, file=sys.stderr)


def run_selftest(out: Callable[[str], None] = print) -> int:
    """Open the main window on the example case, visit every page, export a memo; 0 when all worked.

    Runs offscreen when there is no display, in a temporary folder removed afterwards (settings and
    app data included), so it never touches the planner's files."""
    import tempfile  # here, not at the top: the window's start-up does not need it
    import traceback

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    saved_env = {key: os.environ.get(key) for key in (SETTINGS_DIR_ENV, DATA_DIR_ENV)}
    step = "starting"
    try:
        with tempfile.TemporaryDirectory(prefix="atrocity-desk-selftest-") as tmp:
            folder = Path(tmp)
            os.environ[SETTINGS_DIR_ENV] = str(folder / "settings")
            os.environ[DATA_DIR_ENV] = str(folder / "data")
            app = create_application()
            qInstallMessageHandler(_quiet_offscreen_notes)
            # The language a planner's window would start in (the system's: the settings are new).
            out(f"ok   window language: {language.apply(language.chosen(app_settings()))}")
            step = "writing the example case"
            from ..core.example import write_example_case

            case_path = folder / "example.atrocase"
            write_example_case(case_path).close()
            out(f"ok   {step}")

            step = "opening the main window"
            errors: list[str] = []
            window = MainWindow(settings=app_settings())
            from . import dialogs

            real_show_error = dialogs.show_error
            dialogs.show_error = lambda parent, title, message: errors.append(f"{title}: {message}")
            try:
                window.show()
                if not window.open_case(case_path) or window.session is None:
                    raise SelfTestFailure("; ".join(errors) or "the case did not open")
                app.processEvents()
                out(f"ok   {step} on {case_path.name}")

                for page in list(window.pages):
                    step = f"showing the {page.title} page"
                    window.show_page(page.page_id)
                    app.processEvents()
                    if window.current_page() is not page or not page.isVisible():
                        raise SelfTestFailure(f"the {page.title} page did not show")
                    if errors:
                        raise SelfTestFailure("; ".join(errors))
                    out(f"ok   {step}")

                step = "exporting the options memo"
                from ..core.memo import MemoSettings, export_memo

                memo = Path(export_memo(window.session.case, folder / "memo.pdf", MemoSettings()))
                if not memo.exists() or memo.stat().st_size == 0:
                    raise SelfTestFailure("the memo file is missing or empty")
                out(f"ok   {step} ({memo.stat().st_size:,} bytes)")
            finally:
                dialogs.show_error = real_show_error
                window.close()
                window.deleteLater()
                app.processEvents()
            out("ok   closing the window")
    except Exception as exc:  # noqa: BLE001 - the self-test reports every failure
        out(f"FAIL {step}: {exc}")
        if not isinstance(exc, SelfTestFailure):
            traceback.print_exc()
        return 1
    finally:
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    out("selftest passed")
    return 0
