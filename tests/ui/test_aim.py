"""Aim: the desired end state and the objectives (add, edit, delete, reorder as one undo step)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from atrocity_desk.core.storage import CaseFile


def stored_objectives(path):  # noqa: ANN001, ANN201
    with CaseFile.open(path, read_only=True) as case:
        return [o.text for o in case.objectives(case.latest_revision().id)]


def stored_end_state(path):  # noqa: ANN001, ANN201
    with CaseFile.open(path, read_only=True) as case:
        return case.latest_revision().end_state


def test_add_an_objective(main_window, case_path, text_answers):
    page = main_window.show_page("aim")
    before = stored_objectives(case_path)
    text_answers.append("Open a humanitarian corridor to Lake Oru")
    page.add_button.click()
    assert stored_objectives(case_path) == before + ["Open a humanitarian corridor to Lake Oru"]
    last = page.model.index(page.model.rowCount() - 1, 0)
    assert last.data() == f"{len(before) + 1}. Open a humanitarian corridor to Lake Oru"
    assert page.list_view.currentIndex().row() == len(before)


def test_cancelling_the_question_adds_nothing(main_window, case_path, text_answers):
    page = main_window.show_page("aim")
    before = stored_objectives(case_path)
    page.add_button.click()  # no answer queued: the dialog is cancelled
    assert stored_objectives(case_path) == before


def test_edit_and_delete_an_objective_with_the_keyboard(main_window, qtbot, case_path, text_answers):
    page = main_window.show_page("aim")
    before = stored_objectives(case_path)
    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.model.index(1, 0))
    text_answers.append("Keep the camps safe")
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
    assert stored_objectives(case_path)[1] == "Keep the camps safe"
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    assert "Keep the camps safe" not in stored_objectives(case_path)
    assert len(stored_objectives(case_path)) == len(before) - 1


def test_reorder_is_one_undo_step(main_window, qtbot, case_path):
    page = main_window.show_page("aim")
    before = stored_objectives(case_path)
    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored_objectives(case_path) == [before[1], before[0], *before[2:]]
    assert page.list_view.currentIndex().row() == 1  # the moved objective stays selected
    main_window.undo_action.trigger()
    assert stored_objectives(case_path) == before
    main_window.redo_action.trigger()
    assert stored_objectives(case_path) == [before[1], before[0], *before[2:]]


def test_end_state_commits_when_leaving_the_field(main_window, qtbot, case_path):
    page = main_window.show_page("aim")
    edit = page.end_state_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Civilians in Harun are safe.")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter commits
    assert stored_end_state(case_path) == "Civilians in Harun are safe."
    main_window.undo_action.trigger()
    assert stored_end_state(case_path).startswith("Attacks on Ñambé civilians")
    assert edit.toPlainText().startswith("Attacks on Ñambé civilians")
