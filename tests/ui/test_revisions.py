"""Revisions: start a reassessment, compare two revisions, read the audit log."""

from __future__ import annotations

from PySide6.QtCore import Qt

from atrocity_desk.core.storage import CaseFile
from atrocity_desk.ui import dialogs


def start_revision(main_window, monkeypatch, label="After the ceasefire talks", day="2026-12-14"):  # noqa: ANN001, ANN201
    monkeypatch.setattr(dialogs, "ask_new_revision", lambda parent, earliest="": (day, label))
    page = main_window.show_page("revisions")
    assert page.start_new_revision()
    return page


def test_start_a_new_revision(main_window, monkeypatch, case_path):
    page = start_revision(main_window, monkeypatch)
    with CaseFile.open(case_path, read_only=True) as case:
        revisions = case.revisions()
    # The example already holds two revisions (the first assessment and its reassessment).
    assert [(r.number, r.assessed_on, r.label) for r in revisions][-1] == (3, "2026-12-14", "After the ceasefire talks")
    assert page.revision_model.rowCount() == 3
    overview = main_window.show_page("overview")
    assert overview.revision_label.text().startswith("Revision 3 of 3")
    assert not main_window.undo_action.isEnabled()  # edits of revision 2 can no longer be undone


def test_cancelled_dialog_starts_nothing(main_window, monkeypatch, case_path):
    monkeypatch.setattr(dialogs, "ask_new_revision", lambda parent, earliest="": None)
    assert not main_window.show_page("revisions").start_new_revision()
    with CaseFile.open(case_path, read_only=True) as case:
        assert len(case.revisions()) == 2  # the example's two, and no third


def test_compare_shows_changed_judgments_and_decisions(main_window, monkeypatch):
    page = start_revision(main_window, monkeypatch)
    session = main_window.session
    session.set_judgment("factor", "killing_scale", value="low_level")
    session.set_judgment("factor", "perpetrator_goals_met", value="no")
    session.set_judgment("indicator", "rf12.1", value="present")
    decision = session.case.decisions(session.revision().id)[0]
    new_status = "rejected" if decision.status != "rejected" else "considered"
    session.update_decision(decision.id, status=new_status)
    main_window.show_page("revisions")
    assert page.from_combo.currentData() == session.case.revisions()[-2].id  # the example's reassessment
    assert page.to_combo.currentData() == session.revision().id
    rows = {(c.area, c.item): (c.before, c.after) for c in page.change_model.rows()}
    assert rows[("Situation factor", "Scale of killing")] == ("Mass killing (large-scale, sustained)", "Low-level or sporadic killing")
    assert rows[("Situation factor", "Perpetrators' aims achieved")][0] == "Unknown"
    assert any(area == "Risk-factor indicator" and after == "Present" for (area, _), (_, after) in rows.items())
    decision_rows = [v for (area, _), v in rows.items() if area == "Decision"]
    assert len(decision_rows) == 1 and decision_rows[0][1] == {"rejected": "Rejected", "considered": "Considered"}[new_status]
    assert page.compare_summary.text().startswith("3 judgments changed, 1 decision changed")


def test_compare_reports_added_and_removed_decisions(main_window, monkeypatch):
    from atrocity_desk.core.models import Decision

    page = start_revision(main_window, monkeypatch)
    session = main_window.session
    first = session.case.decisions(session.revision().id)[0]
    session.delete_decision(first.id)
    session.add_decision(Decision(family="fact_finding", title="Commission of inquiry", status="recommended"))
    main_window.show_page("revisions")
    decisions = [c for c in page.change_model.rows() if c.is_decision]
    assert {c.after for c in decisions} == {"removed", "added as recommended"}


def test_compare_the_same_revision_says_so(main_window):
    page = main_window.show_page("revisions")
    assert page.change_model.rowCount() > 0  # by default, the example's two revisions
    page.from_combo.setCurrentIndex(page.to_combo.currentIndex())
    assert page.change_model.rowCount() == 0
    assert "two different revisions" in page.compare_summary.text()


def test_audit_log_lists_edits_newest_first(main_window, qtbot):
    page = main_window.show_page("revisions")
    page.tabs.setCurrentIndex(1)
    rows = page.audit_model.rowCount()
    main_window.session.set_meta(country="Kessara (fictional), Harun province")
    qtbot.waitUntil(lambda: page.audit_model.rowCount() == rows + 1)
    newest = page.audit_model.row_object(0)
    assert (newest.action, newest.target) == ("set case details", "country")
    texts = [page.audit_model.index(0, c).data() for c in range(page.audit_model.columnCount())]
    assert texts[1] == main_window.session.case.editor
    assert texts[3] == "Case details changed"  # the stored action's words, from the vocabulary
    assert texts[5] == "country"  # the fields changed; their values in the pane under the table
    page.audit_view.selectRow(0)
    assert page.audit_detail.text() == "country: Republic of Kessara (fictional)  →  Kessara (fictional), Harun province"


def test_the_audit_log_names_actions_in_the_windows_language(main_window, qtbot):
    from atrocity_desk.core.language import in_language
    from atrocity_desk.core.models import AuditEntry
    from atrocity_desk.ui.models.revisions import AuditTableModel

    entries = main_window.session.case.audit()
    assert {"set judgment", "add actor", "add decision", "new revision"} <= {e.action for e in entries}
    newer = AuditEntry(**(entries[0].model_dump() | {"action": "merge cases"}))  # from a newer version
    model = AuditTableModel()
    with in_language("fr"):
        model.set_entries([*entries, newer], {})
        shown = {model.row_object(r).action: model.index(r, 3).data() for r in range(model.rowCount())}
    assert shown["set judgment"] == "Réponse ou jugement enregistré"
    assert shown["add actor"] == "Acteur ajouté"
    assert shown["new revision"] == "Nouvelle révision commencée"
    assert shown["merge cases"] == "Non reconnu"


def test_read_only_case_cannot_start_a_revision(qtbot, case_path, messages, monkeypatch):
    from atrocity_desk.ui.main_window import MainWindow, app_settings

    holder = CaseFile.open(case_path)
    try:
        window = MainWindow(settings=app_settings())
        qtbot.addWidget(window)
        window.open_case(case_path)
        page = window.show_page("revisions")
        assert not page.new_button.isEnabled()
        monkeypatch.setattr(dialogs, "ask_new_revision", lambda parent, earliest="": ("2026-10-01", "x"))
        assert not page.start_new_revision()
        assert messages.titles() == ["Case is open read-only"]
        window.close()
    finally:
        holder.close()


def test_audit_and_change_tables_sort_by_a_column_and_keep_the_detail_right(main_window, qtbot, qtmodeltester):
    page = main_window.show_page("revisions")
    page.tabs.setCurrentIndex(1)
    proxy = page.audit_view.model()
    qtmodeltester.check(proxy)
    assert proxy.index(0, 0).data() == page.audit_model.index(0, 0).data()  # the log's order until sorted
    target = 4  # "Target"
    page.audit_view.sortByColumn(target, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, target).data() for r in range(proxy.rowCount())]
    assert shown == sorted(shown, key=str.casefold)
    page.audit_view.selectRow(0)
    entry = page.audit_model.row_object(page.audit_view.source_row(0))
    assert entry.target == shown[0]
    assert page.audit_detail.text() != "Select an entry to read its values before and after."
    page.change_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    items = [page.change_view.model().index(r, 1).data() for r in range(page.change_view.model().rowCount())]
    assert items == sorted(items, key=str.casefold, reverse=True)


def test_every_column_of_the_comparison_is_in_view_on_a_laptop(main_window, qtbot):
    # The example's two revisions differ in long strategy texts; sized to its contents, "Before"
    # grew wider than the page and pushed "After" out of sight.
    main_window.resize(1366, 768)
    page = main_window.show_page("revisions")
    revisions = main_window.session.case.revisions()
    page.from_combo.setCurrentIndex(page.from_combo.findData(revisions[0].id))
    page.to_combo.setCurrentIndex(page.to_combo.findData(revisions[-1].id))
    qtbot.wait(50)
    assert page.change_model.rowCount() > 0
    header = page.change_view.horizontalHeader()
    width = page.change_view.viewport().width()
    for column in range(page.change_model.columnCount()):
        assert header.sectionSize(column) > 40
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= width + 1, column
