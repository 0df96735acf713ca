"""The Strategy page (SPEC §2 step 7) driven through its widgets: add, edit, delete and undo of the
planning items; the baseline judged like an option and shown first in the Decisions grid; the
actors' warning and links; the next triggers on the Overview."""

from __future__ import annotations

from datetime import date

import pytest

from atrocity_desk.core.option_order import numbered_options
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QListWidget

from atrocity_desk.core.vocabulary import ETD_CRITERIA, baseline_title
from atrocity_desk.ui import plan_dialog
from atrocity_desk.ui.models.strategy_models import PhaseTableModel, TriggerTableModel
from atrocity_desk.ui.pages import overview


@pytest.fixture
def answers(monkeypatch):  # noqa: ANN001, ANN201
    """The plan dialog's answers, in order; each records the fields it was asked."""
    class Queue(list):
        asked: list[list[str]]

    queue = Queue()
    asked: list[list[str]] = []

    def answer(parent, title, fields, values):  # noqa: ANN001, ANN202
        asked.append([f.name for f in fields])
        return {**{f.name: values.get(f.name) for f in fields}, **queue.pop(0)} if queue else None

    monkeypatch.setattr(plan_dialog, "ask_fields", answer)
    queue.asked = asked
    return queue


def strategy(window):  # noqa: ANN001, ANN201
    session = window.session
    return session.case.strategy(session.revision().id)


def test_add_a_phase_and_a_decision_point_then_undo_both(main_window, answers):
    page = main_window.show_page("strategy")
    before = len(strategy(main_window).phases)
    option = strategy(main_window).options[0]
    answers.append({"kind": "later", "title": "Return and recovery", "description": "", "options": [option.id]})
    page.phases.button_list[0].click()
    added = strategy(main_window).phases[-1]
    assert (added.phase.kind, added.phase.title, added.phase.options) == ("later", "Return and recovery", [option.id])
    page.phases.table.select_row(page.phases.model.rowCount() - 1)
    answers.append({"event": "Families return to Oru villages", "response": "Fund reconstruction", "direction": "scale_back"})
    page.point_button.click()
    assert [d.event for d in strategy(main_window).phases[-1].decision_points] == ["Families return to Oru villages"]
    assert page.phases.model.index(page.phases.model.rowCount() - 1, 0).data().endswith("Families return to Oru villages")
    main_window.session.undo_stack.undo()
    assert strategy(main_window).phases[-1].decision_points == []
    main_window.session.undo_stack.undo()
    assert len(strategy(main_window).phases) == before


def test_deleting_a_phase_takes_its_decision_points_and_undo_brings_both_back(main_window, answers, qtbot):
    page = main_window.show_page("strategy")
    first = strategy(main_window).phases[0]
    page.phases.table.setFocus()
    page.phases.table.select_row(0)
    qtbot.keyClick(page.phases.table, Qt.Key.Key_Delete)
    assert first.phase.id not in [p.phase.id for p in strategy(main_window).phases]
    main_window.session.undo_stack.undo()
    restored = strategy(main_window).phases[0]
    assert restored == first


def test_edit_a_dated_trigger_and_its_status_through_the_calendar(main_window, answers, qtbot):
    page = main_window.show_page("strategy")
    page.tabs.setCurrentWidget(page.triggers)
    rows = page.triggers.model.rows()
    assert [t.on_date for t in rows] == sorted(t.on_date for t in rows)  # soonest first
    target = next(i for i, t in enumerate(rows) if t.status == "upcoming")
    answers.append({"status": "passed_quietly", "note": "No rallies"})
    page.triggers.table.setFocus()
    page.triggers.table.select_row(target)
    qtbot.keyClick(page.triggers.table, Qt.Key.Key_Return)
    edited = next(t for t in strategy(main_window).triggers if t.id == rows[target].id)
    assert (edited.status, edited.note) == ("passed_quietly", "No rallies")
    assert page.triggers.model.index(target, 2).data() == "Passed quietly"
    main_window.session.undo_stack.undo()
    assert next(t for t in strategy(main_window).triggers if t.id == rows[target].id).status == "upcoming"


def test_add_a_scenario_and_an_assumption(main_window, answers):
    page = main_window.show_page("strategy")
    answers.append({"kind": "most_dangerous", "title": "Camps overrun", "description": "", "warning_signs": "Checkpoints close"})
    page.scenarios.button_list[0].click()
    answers.append({"text": "Neighbours keep borders open", "disproved_by": "Border closed", "indicator": "UNHCR arrivals"})
    page.assumptions.button_list[0].click()
    assert strategy(main_window).scenarios[-1].warning_signs == "Checkpoints close"
    assert strategy(main_window).assumptions[-1].indicator == "UNHCR arrivals"
    assert answers.asked[-1] == ["text", "disproved_by", "indicator"]


def test_the_baseline_is_judged_like_an_option_and_heads_the_decisions_grid(main_window, qtbot):
    page = main_window.show_page("strategy")
    combo, reason = page.baseline_ratings["feasibility"], page.baseline_reasons["feasibility"]
    combo.setCurrentIndex(combo.findData("uncertain"))
    combo.activated.emit(combo.currentIndex())
    reason.setFocus()
    reason.selectAll()
    qtbot.keyClicks(reason, "Depends on the donors")
    reason.editingFinished.emit()
    judged = main_window.session.revision().baseline_etd["feasibility"]
    assert (judged.rating, judged.reason) == ("uncertain", "Depends on the donors")
    decisions = main_window.show_page("decisions")
    grid = decisions.grid_model
    options = strategy(main_window).options
    assert grid.columnCount() == 1 + len(options)
    headers = [grid.headerData(c, Qt.Orientation.Horizontal) for c in range(grid.columnCount())]
    numbered = numbered_options(main_window.session.case.decisions(main_window.session.revision().id))
    assert headers == [baseline_title()] + [f"{n}. {d.title}" for n, d in numbered]
    row = grid.FIRST_CRITERION_ROW + ETD_CRITERIA.index("feasibility")
    assert grid.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Uncertain. Depends on the donors"
    assert grid.index(row, 0).data(Qt.ItemDataRole.UserRole + 20) is None  # not an option
    main_window.session.undo_stack.undo()  # the reason
    main_window.session.undo_stack.undo()  # the rating
    assert grid.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Favours")


def test_coalition_text_is_saved_on_leaving_the_field(main_window, qtbot):
    page = main_window.show_page("strategy")
    page.tabs.setCurrentIndex(page.tabs.count() - 3)
    page.coalition_edit.setFocus()
    page.coalition_edit.moveCursor(page.coalition_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.coalition_edit, " And the churches.")
    page.commit_edits()
    assert main_window.session.revision().coalition.endswith("And the churches.")


def test_deleting_an_option_takes_it_out_of_its_phase_and_undo_puts_it_back(main_window):
    option_id = strategy(main_window).phases[0].phase.options[0]
    assert main_window.session.delete_decision(option_id)
    assert option_id not in strategy(main_window).phases[0].phase.options
    main_window.session.undo_stack.undo()
    assert option_id in strategy(main_window).phases[0].phase.options


def test_the_plan_dialog_refuses_a_date_that_is_not_one(qtbot):
    fields = [plan_dialog.Field("on_date", "&Date:", "date", required=True), plan_dialog.Field("groups", "&Groups:", "checks", ((1, "A"), (2, "B")))]
    dialog = plan_dialog.PlanDialog("Add", fields, {"groups": [2]})
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit).setText("14 February")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert "not a date" in dialog.problem.text() and dialog.result() == 0
    assert dialog.values()["groups"] == [2]
    assert dialog.findChild(QListWidget).accessibleName() == "Groups"


def test_strategy_models_pass_the_model_tester(main_window, qtmodeltester):
    page = main_window.show_page("strategy")
    for model in (page.phases.model, page.assumptions.model, page.scenarios.model, page.triggers.model,
                  page.success.model, page.legal.model, main_window.show_page("decisions").grid_model):
        qtmodeltester.check(model)
    assert isinstance(page.phases.model, PhaseTableModel) and isinstance(page.triggers.model, TriggerTableModel)


def test_the_actors_page_warns_when_key_actors_contradict_the_answer(main_window):
    page = main_window.show_page("actors")
    assert page.warning.isHidden()
    session = main_window.session
    assert session.set_judgment("factor", "perpetrator_type", value="state")
    army = next(a for a in session.case.actors(session.revision().id) if a.actor_type == "state")
    session.update_actor(army.id, actor_type="external")
    assert not page.warning.isHidden() and "no state actor" in page.warning.text()
    assert page.warning.textFormat() == Qt.TextFormat.PlainText
    session.undo_stack.undo()
    assert page.warning.isHidden()


def test_link_a_key_actor_to_a_group_and_undo(main_window, answers):
    page = main_window.show_page("actors")
    session = main_window.session
    rebels_row = next(i for i, a in enumerate(page.panels["perpetrator"].model.rows()) if "Liberation" in a.name)
    rebels = page.panels["perpetrator"].model.row_object(rebels_row)
    groups = [a.id for a in session.case.actors(session.revision().id) if a.kind == "group_at_risk"]
    answers.append({"groups": groups})
    assert page.edit_targets(rebels_row)
    assert {t.group_id for t in session.case.actor_targets(session.revision().id) if t.actor_id == rebels.id} == set(groups)
    assert "Lake Oru" in page.panels["perpetrator"].model.index(rebels_row, 2).data()
    session.undo_stack.undo()
    assert len([t for t in session.case.actor_targets(session.revision().id) if t.actor_id == rebels.id]) == 1


def test_deleting_a_group_and_undo_keep_its_links(main_window):
    session = main_window.session
    revision_id = session.revision().id
    before = session.case.actor_targets(revision_id)
    group_id = before[0].group_id
    assert session.delete_actor(group_id)
    assert all(group_id != t.group_id for t in session.case.actor_targets(revision_id))
    session.undo_stack.undo()
    assert session.case.actor_targets(revision_id) == before


def test_the_overview_shows_the_next_upcoming_triggers(main_window, monkeypatch):
    monkeypatch.setattr(overview, "today", lambda: date(2027, 1, 1))
    page = main_window.show_page("overview")
    page.refresh(None)
    lines = page.triggers_label.text().splitlines()
    assert lines[1:] == ["2027-01-20  Regional summit", "2027-03-03  Second anniversary of the coup"]


def test_the_strategy_page_fits_a_small_screen_and_every_control_has_a_name(main_window, qtbot):
    main_window.resize(1366, 768)
    page = main_window.show_page("strategy")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        tab = page.tabs.currentWidget()
        assert tab.minimumSizeHint().height() <= page.tabs.height(), page.tabs.tabText(index)
    from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton, QTableView

    for kind in (QPushButton, QComboBox, QPlainTextEdit, QLineEdit, QTableView):
        for widget in page.findChildren(kind):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not widget.objectName().startswith("qt_"):
                assert widget.accessibleName(), widget
