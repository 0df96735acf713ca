"""The window's side of issue 18: refusing foreign files with an offer of a clean copy, copies for
sharing, telling where a migration backup went, no login names, errors without content."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from atrocity_desk.core.storage import CaseFile
from atrocity_desk.ui import crash
from atrocity_desk.ui.main_window import HISTORY_TRAVELS, MainWindow, app_settings, editor_name

from ..core.test_migrations import make_version_1_file


def _window(qtbot) -> MainWindow:  # noqa: ANN001
    window = MainWindow(settings=app_settings())
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_foreign_trigger_is_refused_and_a_clean_copy_opened_instead(qtbot, case_path, tmp_path, messages, monkeypatch):
    raw = sqlite3.connect(case_path)
    raw.execute("CREATE TRIGGER spy AFTER UPDATE ON revisions BEGIN UPDATE revisions SET bottom_line = 'nothing'; END")
    raw.commit()
    raw.close()
    before = case_path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "clean.atrocase"), ""))
    window = _window(qtbot)
    messages.answer = QMessageBox.StandardButton.Yes
    assert window.open_case(case_path)
    assert messages.shown[0][0] == "question" and "trigger 'spy'" in messages.shown[0][2]
    assert window.session.case.path == tmp_path / "clean.atrocase"
    assert window.session.case.check() == []
    assert case_path.read_bytes() == before


def test_refusing_the_clean_copy_leaves_the_window_empty(qtbot, case_path, messages):
    raw = sqlite3.connect(case_path)
    raw.execute("CREATE VIEW peek AS SELECT 1")
    raw.commit()
    raw.close()
    window = _window(qtbot)
    messages.answer = QMessageBox.StandardButton.No
    assert not window.open_case(case_path)
    assert window.session is None


def test_save_a_copy_for_sharing_leaves_the_history_out_and_save_a_copy_says_it_travels(main_window, tmp_path, monkeypatch):
    case = main_window.session.case
    assert case.audit()  # the example case has an edit history
    assert HISTORY_TRAVELS in main_window.save_copy_action.statusTip()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "shared.atrocase"), ""))
    main_window.share_copy_action.trigger()
    with CaseFile.open(tmp_path / "shared.atrocase", read_only=True) as shared:
        assert shared.audit() == []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "full.atrocase"), ""))
    main_window.save_copy_action.trigger()
    assert HISTORY_TRAVELS in main_window.statusBar().currentMessage()
    with CaseFile.open(tmp_path / "full.atrocase", read_only=True) as full:
        assert len(full.audit()) == len(case.audit())


def test_the_planner_is_told_where_the_migration_backup_is(qtbot, tmp_path, messages):
    old = tmp_path / "old.atrocase"
    make_version_1_file(old)
    window = _window(qtbot)
    assert window.open_case(old)
    kind, title, text = messages.shown[-1]
    assert (kind, title) == ("information", "Case upgraded")
    assert str(window.session.case.migration_backup) in text and window.session.case.migration_backup.exists()


def test_the_audit_never_names_the_login(main_window, monkeypatch):
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "loginname")
    case = main_window.session.case
    case.set_meta(analyst="")
    assert editor_name(case) == ""
    case.set_meta(analyst="R. Planner")
    assert editor_name(case) == "R. Planner"


def test_an_uncaught_error_is_shown_plainly_and_logged_without_content(monkeypatch):
    shown, logged = [], []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash.install_excepthook(lambda title, message: shown.append((title, message)), logged.append)
    try:
        raise ValueError("the witness Secret Name lives at the camp")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert shown == [(crash.CRASH_TITLE, crash.CRASH_MESSAGE)]
    assert len(logged) == 1 and "ValueError" in logged[0] and "test_hostile_window.py" in logged[0]
    assert "Secret" not in logged[0]
