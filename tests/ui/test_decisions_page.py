"""The Decisions page: options with status, rationale and evidence-to-decision judgments, and a grid
that shows every option's judgments side by side without naming a winner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.models import Decision, EtdJudgment
from atrocity_desk.core.option_order import numbered_options
from atrocity_desk.core.storage import CaseFile
from atrocity_desk.core.vocabulary import ETD_CRITERIA, status_label, verdict_label, word
from atrocity_desk.ui.models.decision_models import DECISION_ID_ROLE, DecisionListModel, EtdGridModel, OptionRow
from atrocity_desk.ui.pages.decisions import NO_WINNER_NOTE, DecisionsPage
from atrocity_desk.ui.session import CaseSession
from tests.ui.test_toolbox_page import FakeWindow, assert_controls_named_and_reachable


@pytest.fixture
def case_path(tmp_path, qapp):
    path = tmp_path / "example.atrocase"
    write_example_case(path).close()
    return path


@pytest.fixture
def session(case_path):
    case = CaseFile.open(case_path)
    session = CaseSession(case)
    yield session
    case.close()


@pytest.fixture
def window(session, qtbot):
    window = FakeWindow(session)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    return window


@pytest.fixture
def page(window):
    page = window.add(DecisionsPage)
    window.show()
    return page


def stored(session: CaseSession, decision_id: int) -> Decision:
    """The decision as the case file holds it (a fresh read-only connection, not the page's)."""
    with CaseFile.open(session.case.path, read_only=True) as case:
        return case.decision(decision_id)


def leave(widget, qtbot) -> None:
    """Move the keyboard focus away from ``widget``, as a planner pressing Tab would."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    QApplication.processEvents()


# -- the models --


def test_decision_models_pass_the_model_tester(session, qtmodeltester):
    rows = [OptionRow(d, d.title or "Untitled option", d.family, "mixed") for d in session.case.decisions(session.revision().id)]
    list_model = DecisionListModel(rows)
    qtmodeltester.check(list_model)
    grid = EtdGridModel()
    grid.set_options(rows)
    qtmodeltester.check(grid)
    grid.set_options(rows[:2])
    qtmodeltester.check(grid)


def test_list_shows_every_option_with_status_and_verdict(page, session):
    decisions = session.case.decisions(session.revision().id)
    model = page.table.model()
    assert model.rowCount() == len(decisions)
    fit = session.fit()
    # Grouped by status and numbered as in the memo (recommended, in place, considered, rejected).
    for row, (number, decision) in enumerate(numbered_options(decisions)):
        assert model.index(row, DecisionListModel.NUMBER).data() == str(number) == str(row + 1)
        assert model.index(row, DecisionListModel.TITLE).data() == decision.title
        assert model.index(row, DecisionListModel.STATUS).data() == status_label(decision.status)
        assert model.index(row, DecisionListModel.VERDICT).data() == verdict_label(fit.family(decision.family).verdict)


def test_selected_option_shows_its_family_verdict_badge(page, session):
    decision = session.case.decisions(session.revision().id)[3]
    page.select_decision(decision.id)
    assert page.verdict_badge.text() == verdict_label(session.fit().family(decision.family).verdict)
    assert page.title_edit.text() == decision.title
    assert page.rationale_edit.toPlainText() == decision.rationale


# -- editing, each change one undoable edit in the file --


def test_title_is_saved_when_editing_finishes_and_undone(page, session, qtbot):
    decision = session.case.decisions(session.revision().id)[0]
    page.select_decision(decision.id)
    page.title_edit.setFocus()
    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Joint statement")
    assert stored(session, decision.id).title == decision.title  # not per keystroke
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)
    assert stored(session, decision.id).title == "Joint statement"
    row = page.list_model.row_of(decision.id)
    assert page.table.model().index(row, DecisionListModel.TITLE).data() == "Joint statement"
    session.undo_stack.undo()
    assert stored(session, decision.id).title == decision.title
    assert page.title_edit.text() == decision.title
    session.undo_stack.redo()
    assert stored(session, decision.id).title == "Joint statement"


def test_rationale_commits_on_focus_out_not_per_keystroke(page, session, qtbot):
    decision = session.case.decisions(session.revision().id)[1]
    page.select_decision(decision.id)
    page.rationale_edit.setFocus()
    qtbot.waitUntil(page.rationale_edit.hasFocus)
    page.rationale_edit.moveCursor(page.rationale_edit.textCursor().MoveOperation.End)
    count = session.undo_stack.count()
    qtbot.keyClicks(page.rationale_edit, " Reviewed.")
    assert stored(session, decision.id).rationale == decision.rationale
    assert session.undo_stack.count() == count
    leave(page.rationale_edit, qtbot)
    assert stored(session, decision.id).rationale == decision.rationale + " Reviewed."
    assert session.undo_stack.count() == count + 1


def test_status_change_through_the_keyboard(page, session, qtbot):
    decision = next(d for d in session.case.decisions(session.revision().id) if d.status == "considered")
    page.select_decision(decision.id)
    combo = page.status_combo
    combo.setFocus()
    target = combo.findData("rejected")
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    assert stored(session, decision.id).status == "rejected"
    row = page.list_model.row_of(decision.id)
    assert page.table.model().index(row, DecisionListModel.STATUS).data() == "Rejected"
    assert page.current_decision().id == decision.id  # the selection stays on the option


def test_objectives_and_findings_weighed_are_checkable(page, session, qtbot):
    decision = session.case.decisions(session.revision().id)[0]
    page.select_decision(decision.id)
    objectives = session.case.objectives(session.revision().id)
    unticked = next(i for i in range(page.objectives_list.count()) if objectives[i].id not in decision.objectives)
    page.objectives_list.item(unticked).setCheckState(Qt.CheckState.Checked)
    assert objectives[unticked].id in stored(session, decision.id).objectives

    findings = session.evidence.findings_for(decision.family)
    assert page.findings_list.count() == len(findings)
    assert page.findings_list.item(0).text() == " ".join(findings[0].statement.split())
    page.findings_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert stored(session, decision.id).findings_weighed == [findings[0].id]
    session.undo_stack.undo()
    assert stored(session, decision.id).findings_weighed == []
    assert page.findings_list.item(0).checkState() == Qt.CheckState.Unchecked


def test_etd_rating_and_reason_are_saved_and_shown_in_the_grid(page, session, qtbot):
    decision = session.case.decisions(session.revision().id)[6]  # in place, nothing judged yet
    assert decision.etd == {}
    page.select_decision(decision.id)
    combo = page.etd_combos["feasibility"]
    combo.setCurrentIndex(combo.findData("probably_favours"))
    combo.activated.emit(combo.currentIndex())
    assert stored(session, decision.id).etd_for("feasibility") == EtdJudgment(rating="probably_favours")
    reason = page.etd_reasons["feasibility"]
    reason.setFocus()
    qtbot.keyClicks(reason, "Investigators already deployed")
    assert stored(session, decision.id).etd_for("feasibility").reason == ""
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert stored(session, decision.id).etd_for("feasibility") == EtdJudgment(
        rating="probably_favours", reason="Investigators already deployed")

    grid = page.grid_model
    column = next(c for c in range(grid.columnCount()) if grid.index(0, c).data(DECISION_ID_ROLE) == decision.id)
    row = grid.FIRST_CRITERION_ROW + ETD_CRITERIA.index("feasibility")
    index = grid.index(row, column)
    assert index.data().startswith(word("etd_rating", "probably_favours"))
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Investigators already deployed"
    other = grid.index(grid.FIRST_CRITERION_ROW + ETD_CRITERIA.index("urgency"), column)
    assert other.data() == "Not judged"

    page.reasons_check.setChecked(False)
    assert index.data() == word("etd_rating", "probably_favours")
    page.tabs.setCurrentIndex(1)
    page.grid.setCurrentIndex(index)
    assert "Investigators already deployed" in page.grid_reason.text()


def test_grid_shows_judgments_side_by_side_without_a_winner(page, session):
    decisions = session.case.decisions(session.revision().id)
    grid = page.grid_model
    assert grid.columnCount() == 1 + len(decisions)  # the no-new-action baseline comes first
    headers = [grid.headerData(r, Qt.Orientation.Vertical) for r in range(grid.rowCount())]
    assert headers[grid.FIRST_CRITERION_ROW:] == [word("etd_criterion", c) for c in ETD_CRITERIA]
    assert not any(word in " ".join(headers).lower() for word in ("total", "score", "best", "winner", "rank"))
    # Column 0 is the no-new-action baseline; then the memo's numbers (status, then the planner's
    # order), whatever their ratings.
    assert [grid.headerData(c, Qt.Orientation.Horizontal) for c in range(1, grid.columnCount())] == [
        f"{n}. {d.title}" for n, d in numbered_options(decisions)]
    assert "does not add them up or rank" in NO_WINNER_NOTE
    assert "political strategy" in page.caution_label.text()


def test_delete_option_and_undo(page, session, qtbot):
    decisions = session.case.decisions(session.revision().id)
    page.select_decision(decisions[2].id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    ids = [d.id for d in session.case.decisions(session.revision().id)]
    assert decisions[2].id not in ids
    assert page.current_decision().id == decisions[3].id
    session.undo_stack.undo()
    assert stored(session, decisions[2].id).title == decisions[2].title
    assert page.list_model.rowCount() == len(decisions)


def test_commit_edits_writes_text_still_being_typed(page, session, qtbot):
    decision = session.case.decisions(session.revision().id)[0]
    page.select_decision(decision.id)
    page.monitoring_edit.setFocus()
    page.monitoring_edit.moveCursor(page.monitoring_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.monitoring_edit, "; aid diversion")
    assert stored(session, decision.id).monitoring == decision.monitoring
    page.commit_edits()  # the window calls this before closing, switching case or exporting
    assert stored(session, decision.id).monitoring == decision.monitoring + "; aid diversion"


def test_read_only_case_cannot_be_edited(case_path, qtbot):
    case = CaseFile.open(case_path, read_only=True)
    try:
        window = FakeWindow(CaseSession(case))
        qtbot.addWidget(window)
        page = window.add(DecisionsPage)
        assert page.current_decision() is not None
        assert not page.title_edit.isEnabled()
        assert not page.etd_combos["effect"].isEnabled()
        assert not page.delete_button.isEnabled()
    finally:
        case.close()


def test_empty_case_says_how_to_add_options(tmp_path, qtbot):
    case = CaseFile.create(tmp_path / "empty.atrocase")
    try:
        window = FakeWindow(CaseSession(case))
        qtbot.addWidget(window)
        page = window.add(DecisionsPage)
        assert page.current_decision() is None
        assert not page.empty_label.isHidden()
        assert page.form_box.isHidden()
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        assert window.shown == ["toolbox"]
    finally:
        case.close()


def test_every_control_has_an_accessible_name(page):
    assert_controls_named_and_reachable(page)
