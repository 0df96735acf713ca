"""Reliability promises seen through the window (docs/reliability.md)."""

import hashlib
import os
import sqlite3

from atrocity_desk.core.storage import CaseFile
from atrocity_desk.ui.main_window import MainWindow, app_settings


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_read_only_file_opens_read_only_with_a_banner(qtbot, case_path, messages, monkeypatch):
    before = sha(case_path)
    case_path.chmod(0o444)
    real_access = os.access
    # CI runs as root, for whom permissions do not bite: make the check see what a user would.
    monkeypatch.setattr(os, "access", lambda p, m: False if (str(p) == str(case_path) and m == os.W_OK) else real_access(p, m))
    try:
        window = MainWindow(settings=app_settings())
        qtbot.addWidget(window)
        window.show()
        assert window.open_case(case_path)
        assert window.session.read_only and window.banner.isVisible()
        assert "read-only" in window.banner.text()
        window.session.set_meta(title="Changed")  # refused, with a message
        assert messages.shown and messages.shown[-1][1] == "Case is open read-only"
        window.close()
    finally:
        case_path.chmod(0o644)
    assert sha(case_path) == before


def test_edit_that_cannot_be_written_is_reported_and_leaves_the_file_unchanged(main_window, case_path, messages, monkeypatch):
    session = main_window.session
    title_before = session.case.meta().title
    before = sha(case_path)

    # A real write failure half-way through the edit's transaction: the new title is written, then
    # SQLite refuses the audit row. The whole edit must roll back.
    def refuse_audit_rows(action, table, *args):
        return sqlite3.SQLITE_DENY if action == sqlite3.SQLITE_INSERT and table == "audit" else sqlite3.SQLITE_OK

    session.case.conn.set_authorizer(refuse_audit_rows)
    try:
        assert session.set_meta(title="A title that cannot be written") is False
    finally:
        session.case.conn.set_authorizer(None)
    kind, title, text = messages.shown[-1]
    assert (kind, title) == ("warning", "Change not saved")
    assert "could not be saved" in text and "as it was before that change" in text
    assert "Save a Copy" in text  # the way to keep working (issue 12)
    assert not session.undo_stack.canUndo()  # a failed edit leaves nothing to undo
    assert session.case.meta().title == title_before
    assert sha(case_path) == before


def test_a_case_with_ten_thousand_options_and_a_long_narrative_opens_on_every_page(qtbot, tmp_path):
    from atrocity_desk.core.models import CaseMeta
    from atrocity_desk.ui.pages import page_classes

    path = tmp_path / "large.atrocase"
    with CaseFile.create(path, CaseMeta(title="Large", narrative="Ñambé 🕊️ مخيمات " * 60_000)) as case:
        revision = case.latest_revision().id
        with case.db.atomic():  # bulk fixture, not the edit path
            case.db["decisions"].insert_all(
                {"revision_id": revision, "family": "mediation", "status": "considered", "title": f"Option {n}",
                 "rationale": "r", "objectives": "[]", "findings_weighed": "[]", "etd": "{}", "position": n}
                for n in range(10_000)
            )
    window = MainWindow(settings=app_settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_case(path)
    for page_class in page_classes():
        window.show_page(page_class.page_id)
        qtbot.wait(10)
    assert window.session.case.meta().narrative.startswith("Ñambé")
    window.close()
