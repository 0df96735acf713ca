"""First paint before the heavy work (issue 22): at start-up the window paints its frame and the
case's title (read with plain sqlite3) first; the case opens, with its pages, after that paint."""

from __future__ import annotations

import pytest

from atrocity_desk.core.case_title import peek_title
from atrocity_desk.ui import app as app_module
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
