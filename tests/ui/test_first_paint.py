"""First paint before the heavy work (issue 22): at start-up the window paints its frame and the
case's title (read with plain sqlite3) first; the case opens, with its pages, after that paint."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer

from atrocity_desk.core import language as core_language
from atrocity_desk.core.case_title import peek_title
from atrocity_desk.ui import app as app_module
from atrocity_desk.ui import language
from atrocity_desk.ui.main_window import MainWindow


@pytest.fixture
def timeline(monkeypatch):
    """What the window did, in order: ("paint", title, case open?) and ("case", title)."""
    events: list[tuple] = []
    paint, set_session = MainWindow.paintEvent, MainWindow.set_session

    def painted(self, event):
        events.append(("paint", self.windowTitle(), self.session is not None, self.outer_stack.currentWidget() is self.workspace))
        paint(self, event)

    def opened(self, session):
        set_session(self, session)
        events.append(("case", self.windowTitle()))

    monkeypatch.setattr(MainWindow, "paintEvent", painted)
    monkeypatch.setattr(MainWindow, "set_session", opened)
    return events


def test_the_window_paints_the_case_title_before_the_case_opens(qtbot, case_path, timeline):
    window = app_module.start_window(case_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session is not None)
    title = peek_title(case_path)
    assert title and title.startswith("Kessara")
    first = timeline[0]
    assert first[0] == "paint" and title in first[1] and first[2] is False  # painted, case not yet open
    assert first[3] is True  # the workspace, not the start panel: the case fills it without a jump
    opened = next(i for i, event in enumerate(timeline) if event[0] == "case")
    assert opened > 0 and title in timeline[opened][1]
    assert window.current_page() is not None


def test_a_case_that_cannot_open_leaves_the_start_panel(qtbot, tmp_path, timeline, messages):
    damaged = tmp_path / "damaged.atrocase"
    damaged.write_bytes(b"not a case at all" * 100)
    window = app_module.start_window(damaged)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(messages.shown))
    assert window.session is None
    assert window.outer_stack.currentWidget() is window.start_panel
    assert timeline[0][0] == "paint" and "damaged.atrocase" in timeline[0][1]


def test_the_passphrase_is_wiped_once_the_case_is_open(qtbot, case_path):
    secret = bytearray(b"not needed for a plain case")
    window = app_module.start_window(case_path, secret)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session is not None)
    assert secret == bytes(len(secret))


def test_the_title_peek_reads_no_protected_or_foreign_file(tmp_path):
    from pathlib import Path

    protected = Path(__file__).resolve().parents[1] / "data" / "protected-v4.atrocase"
    assert peek_title(protected) is None
    other = tmp_path / "other.sqlite"
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert peek_title(other) is None
    assert peek_title(tmp_path / "missing.atrocase") is None


# -- what runs before the first paint (issue 22 item 1) ---------------------------------------------

# Our modules the first paint may need: the window's frame and nothing of the case.
BEFORE_PAINT = {
    "atrocity_desk", "atrocity_desk.cli", "atrocity_desk.core", "atrocity_desk.core.case_title",
    "atrocity_desk.core.errors", "atrocity_desk.core.language_names", "atrocity_desk.core.passphrase_file",
    "atrocity_desk.core.paths", "atrocity_desk.ui", "atrocity_desk.ui.app", "atrocity_desk.ui.crash",
    "atrocity_desk.ui.language", "atrocity_desk.ui.main_window",
    "atrocity_desk.ui.pages", "atrocity_desk.ui.plain", "atrocity_desk.ui.widgets",
    "atrocity_desk.resources",  # the package of the icons and catalogues (data, no code)
}
HEAVY = ("pydantic", "pydantic_core", "yaml", "sqlite_utils", "sqlcipher3", "reportlab", "docx")

# Runs `atrocity-desk open FILE` as the command line does, and says which modules were loaded at
# the first paint, and when the case and its first page arrived.
DRIVER = '''
import json, sys
from atrocity_desk.ui import PYTHON_IMPORT, app, main_window  # first, as the command line does
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in ("atrocity_desk",) + HEAVY)

marker_filter = app._FirstPaintMarker.eventFilter
def first_paint(self, watched, event):
    if event.type() == QEvent.Type.Paint:
        print("PAINTED", json.dumps(loaded()), flush=True)
    return marker_filter(self, watched, event)

set_session = main_window.MainWindow.set_session
def case_arrived(self, session):
    set_session(self, session)
    print("CASE", json.dumps([self.current_page().page_id, loaded(), PYTHON_IMPORT.__name__]), flush=True)
    QApplication.instance().quit()

HEAVY = tuple(sys.argv[2].split(","))
app._FirstPaintMarker.eventFilter = first_paint
main_window.MainWindow.set_session = case_arrived
from atrocity_desk.cli import main
sys.exit(main(["open", sys.argv[1]]))
'''


def test_the_first_paint_comes_before_the_core_the_pages_and_the_case(tmp_path, case_path):
    import json
    import os
    import subprocess
    import sys

    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ATROCITY_DESK_FIRST_PAINT_MARKER="1",
               ATROCITY_DESK_SETTINGS_DIR=str(tmp_path / "settings"), ATROCITY_DESK_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, str(driver), str(case_path), ",".join(HEAVY)], env=env,
                          capture_output=True, text=True, timeout=120)
    lines = [line.split(" ", 1) for line in done.stdout.splitlines() if line.startswith(("PAINTED", "CASE"))]
    assert [kind for kind, _ in lines] == ["PAINTED", "CASE"], done.stdout + done.stderr[-2000:]
    at_paint = json.loads(lines[0][1])
    assert [m for m in at_paint if m.split(".")[0] in HEAVY] == []
    assert sorted(set(at_paint) - BEFORE_PAINT) == []  # no storage, models, session, pages, dialogs
    page, at_case, python_import = json.loads(lines[1][1])
    assert page == "overview" and "atrocity_desk.ui.pages.overview" in at_case and "pydantic" in at_case
    assert python_import == "__import__"  # Python's own, kept before PySide6 replaced it


@pytest.fixture
def in_that_instant(monkeypatch):
    """``act(window)`` runs once, in the event-loop turns between the window's first paint and the
    case's arrival; it records whether the case and the pages were still to come, and what ``act``
    returned."""
    pending: list = []
    seen: dict = {}
    paint = MainWindow.paintEvent

    def painted(self, event):
        paint(self, event)
        while pending:
            act = pending.pop()
            seen["before_arrival"] = self.session is None and not self._built

            def run(act=act, window=self):
                seen["before_arrival"] = seen["before_arrival"] and window.session is None
                seen["returned"] = act(window)

            QTimer.singleShot(0, self, run)

    monkeypatch.setattr(MainWindow, "paintEvent", painted)
    return lambda act: (pending.append(act), seen)[1]


@pytest.fixture
def arrived(monkeypatch):
    """Calls of the last start-up step (stale files cleared, the collector back on): start-up is over."""
    calls: list = []
    clear = app_module.clear_stale_files
    monkeypatch.setattr(app_module, "clear_stale_files", lambda folders: (calls.append(1), clear(folders)))
    return calls


def test_the_first_frame_is_the_window_s_own_and_nothing_moves_when_the_case_arrives(qtbot, case_path, monkeypatch):
    frames: list[dict] = []
    paint = MainWindow.paintEvent

    def painted(self, event):
        if not frames:
            frames.append(_frame(self))
        paint(self, event)

    monkeypatch.setattr(MainWindow, "paintEvent", painted)
    window = app_module.start_window(case_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session is not None and window.current_page() is not None)
    first, ready = frames[0], _frame(window)
    assert first["pages built"] == 0 and first["menus"] == ["&File", "&Edit", "&View", "&Help"]
    assert first["navigation"] == ready["navigation"] and len(first["navigation"]) == 10
    for key in ("navigation width", "navigation place", "window size", "status", "title"):
        assert first[key] == ready[key], key
    assert ready["pages built"] >= 1


def _frame(window: MainWindow) -> dict:
    return {
        "title": window.windowTitle(),
        "menus": [action.text() for action in window.menuBar().actions()],
        "navigation": [window.nav.item(row).text() for row in range(window.nav.count())],
        "navigation width": window.nav.width(),
        "navigation place": window.nav.mapTo(window, window.nav.rect().topLeft()),
        "window size": window.size(),
        "status": window.saved_label.text(),
        "pages built": sum(window.stack.widget(row).widget() is not None for row in range(window.stack.count())),
    }


def test_a_case_opened_from_the_menu_before_the_start_case_arrives_stays_open(qtbot, case_path, isolated_settings, in_that_instant, arrived):
    seen = in_that_instant(lambda window: window.example_action.trigger())
    window = app_module.start_window(case_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(arrived))
    assert seen["before_arrival"]
    assert window.session is not None and window.session.case.path.name == "Example case - Kessara.atrocase"
    assert case_path.name not in window.windowTitle()


def test_closing_the_window_before_the_case_arrives_opens_nothing(qtbot, case_path, in_that_instant, arrived, messages):
    from atrocity_desk.core.storage import CaseFile

    seen = in_that_instant(lambda window: window.quit_action.trigger())
    window = app_module.start_window(case_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(arrived))
    assert seen["before_arrival"] and not window.isVisible()
    assert window.session is None and messages.shown == []
    case = CaseFile.open(case_path)  # not held by the closed window
    try:
        assert not case.read_only
    finally:
        case.close()


def test_the_page_chosen_before_the_case_arrives_is_the_one_shown(qtbot, case_path, in_that_instant):
    seen = in_that_instant(lambda window: window.nav.setCurrentRow(2))
    window = app_module.start_window(case_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session is not None)
    assert seen["before_arrival"]
    assert window.current_page().page_id == "situation" and window.nav.currentRow() == 2


def test_a_language_chosen_before_the_case_arrives_applies_to_the_case(qtbot, case_path, in_that_instant, arrived):
    def choose_french(window):
        window.language_actions["fr"].trigger()
        return window.outer_stack.currentWidget() is window.workspace, window.nav.count(), window.nav.item(0).text()

    seen = in_that_instant(choose_french)
    try:
        window = app_module.start_window(case_path)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: bool(arrived))
        assert seen["before_arrival"]
        assert seen["returned"] == (True, 10, "Vue d'ensemble")  # the frame stays; no start panel meanwhile
        assert window.file_menu.title() == "&Fichier" and window.nav.item(0).text() == "Vue d'ensemble"
        assert window.current_page().page_id == "overview"
        assert window.session.evidence.findings[0].statement == core_language.language("fr").evidence().findings[0].statement
    finally:
        language.apply("en")


def test_a_window_started_in_french_gets_its_content_in_french_after_the_paint(qtbot, case_path, timeline):
    settings = app_module.app_settings()
    language.remember(settings, "fr")
    try:
        window = app_module.start_window(case_path)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.session is not None)
        assert window.file_menu.title() == "&Fichier" and window.nav.item(0).text() == "Vue d'ensemble"
        french = core_language.language("fr").evidence().findings[0].statement
        assert window.session.evidence.findings[0].statement == french
        assert window.evidence.findings[0].statement == french
    finally:
        language.apply("en")


def test_the_case_s_code_is_imported_with_python_s_own_import_and_the_hook_comes_back(monkeypatch):
    import builtins

    hook = builtins.__import__

    def python_import(*args, **kwargs):  # here PySide6 came first: a stand-in for Python's own
        return hook(*args, **kwargs)

    monkeypatch.setattr(app_module, "PYTHON_IMPORT", python_import)
    seen = []

    def load():
        seen.append(builtins.__import__)
        raise ImportError("a damaged install")

    with pytest.raises(ImportError):
        app_module._with_python_import(load)
    assert seen == [python_import] and builtins.__import__ is hook


def test_a_step_that_fails_does_not_stop_the_case_from_opening(qtbot, case_path, monkeypatch, messages):
    monkeypatch.setattr("sys.excepthook", sys.excepthook)  # start_window installs its own: put back after

    def damaged():
        raise ValueError("a damaged catalogue")

    monkeypatch.setattr(app_module.language, "apply_to_core", damaged)
    window = app_module.start_window(case_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session is not None)
    assert messages.titles() == ["Something went wrong"]  # said once, as any unexpected error
    assert window.current_page() is not None
