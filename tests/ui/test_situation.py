"""Situation: answering a factor, Unknown as a visible choice that stores None, confidence, note,
source, and the findings that use the factor."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from atrocity_desk.core.storage import CaseFile
from atrocity_desk.ui import dialogs


def stored(path, factor_id):  # noqa: ANN001, ANN201
    with CaseFile.open(path, read_only=True) as case:
        return case.judgment(case.latest_revision().id, "factor", factor_id)


def radio(page, value):  # noqa: ANN001, ANN201
    return next(r for r in page.radios if r.property("value") == value)


def click(qtbot, button):  # noqa: ANN001
    """Click where a planner would: on the round indicator at the start of the radio button."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def test_a_factor_never_answered_shows_unknown(main_window):
    page = main_window.show_page("situation")
    assert page.select_factor("perpetrator_goals_met")
    assert stored(main_window.session.case.path, "perpetrator_goals_met") is None
    unknown = radio(page, None)
    assert unknown.isChecked() and unknown.isVisible()
    assert unknown.text().startswith("Unknown")
    index = page.model.index_of_factor("perpetrator_goals_met", 1)
    assert index.data() == "Unknown"


def test_answer_a_factor_then_set_it_back_to_unknown(main_window, qtbot, case_path):
    page = main_window.show_page("situation")
    page.select_factor("perpetrator_goals_met")
    click(qtbot, radio(page, "yes"))
    qtbot.waitUntil(lambda: (stored(case_path, "perpetrator_goals_met") or 0) and stored(case_path, "perpetrator_goals_met").value == "yes")
    assert page.model.index_of_factor("perpetrator_goals_met", 1).data() != "Unknown"
    click(qtbot, radio(page, None))
    qtbot.waitUntil(lambda: stored(case_path, "perpetrator_goals_met").value is None)
    judgment = stored(case_path, "perpetrator_goals_met")
    assert judgment is not None and judgment.value is None  # stored as unknown, not "no"
    assert page.model.index_of_factor("perpetrator_goals_met", 1).data() == "Unknown"


def test_undo_redo_of_an_answer_restores_the_file(main_window, qtbot, case_path):
    page = main_window.show_page("situation")
    page.select_factor("perpetrator_goals_met")
    radio(page, "no").click()
    assert stored(case_path, "perpetrator_goals_met").value == "no"
    main_window.undo_action.trigger()
    assert stored(case_path, "perpetrator_goals_met") is None  # as if never answered
    assert radio(page, None).isChecked()
    main_window.redo_action.trigger()
    assert stored(case_path, "perpetrator_goals_met").value == "no"
    assert radio(page, "no").isChecked()


def test_keyboard_moves_between_answers(main_window, qtbot, case_path):
    page = main_window.show_page("situation")
    page.select_factor("armed_conflict")
    yes = radio(page, "yes")
    assert yes.isChecked()
    yes.setFocus()
    qtbot.keyClick(yes, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: stored(case_path, "armed_conflict").value == "no")


def test_confidence_source_and_note(main_window, qtbot, case_path):
    page = main_window.show_page("situation")
    page.select_factor("state_capacity")
    combo = page.confidence_combo
    combo.setCurrentIndex(combo.findData("high"))
    combo.activated.emit(combo.currentIndex())
    assert stored(case_path, "state_capacity").confidence == "high"
    combo.setCurrentIndex(combo.findData(None))
    combo.activated.emit(combo.currentIndex())
    assert stored(case_path, "state_capacity").confidence is None
    page.source_edit.setFocus()
    qtbot.keyClicks(page.source_edit, "Budget figures")
    qtbot.keyClick(page.source_edit, Qt.Key.Key_Return)
    assert stored(case_path, "state_capacity").source == "Budget figures"
    page.note_edit.setFocus()
    qtbot.keyClicks(page.note_edit, "Army unpaid for months")
    page.source_edit.setFocus()
    qtbot.waitUntil(lambda: stored(case_path, "state_capacity").note == "Army unpaid for months")
    assert stored(case_path, "state_capacity").value == "low"  # the answer itself untouched


def test_choosing_a_factor_in_the_tree_shows_its_question(main_window, qtbot):
    page = main_window.show_page("situation")
    index = page.model.index_of_factor("media_access")
    page.tree.setCurrentIndex(index)
    factor = main_window.session.checklist.vocabulary().factors["media_access"]
    assert page.question_label.text() == factor.question
    assert page.help_label.text() == factor.help
    assert len(page.radios) == len(factor.values) + 1


def test_findings_that_use_the_factor_are_one_click_away(main_window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs.FindingsDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Accepted)
    page = main_window.show_page("situation")
    page.select_factor("relationship")
    expected = main_window.session.evidence.findings_using_factor("relationship")
    assert expected and str(len(expected)) in page.findings_button.text()
    page.findings_button.click()
    dialog = shown[0]
    assert dialog.model.rowCount() == len(expected)
    assert dialog.detail.toPlainText()  # the first finding is shown with its conditions
    assert "Relationship with the government concerned is" in dialog.detail.toPlainText()


def test_a_findings_phases_and_conditions_read_as_words_never_as_stored_ids(main_window):
    from atrocity_desk.core.fit_words import factor_words
    from atrocity_desk.core.language import in_language
    from atrocity_desk.ui.dialogs import finding_html

    evidence = main_window.session.evidence
    finding = next(f for f in evidence.findings_using_factor("relationship")
                   if f.phases and any(c.factor == "relationship" for c in f.conditions))
    condition = next(c for c in finding.conditions if c.factor == "relationship")
    text = finding_html(finding, evidence)
    assert "Phases: " in text and "Relationship with the government concerned is" in text
    words = factor_words()
    for phase in finding.phases:  # "Atrocities under way", never "ongoing_atrocities" or "ongoing atrocities"
        assert words.value("phase", phase) in text and phase.replace("_", " ") not in text
    assert words.values("relationship", condition.values) in text  # "Ally", not "ally"
    assert "Condition (" not in text
    with in_language("fr"):
        french = finding_html(finding, evidence)
    assert "Phases" in french and "Relation avec le gouvernement concerné" in french


def test_read_only_case_disables_the_answers(qtbot, case_path):
    from atrocity_desk.ui.main_window import MainWindow, app_settings

    holder = CaseFile.open(case_path)
    try:
        window = MainWindow(settings=app_settings())
        qtbot.addWidget(window)
        window.open_case(case_path)
        page = window.show_page("situation")
        page.select_factor("phase")
        assert all(not r.isEnabled() for r in page.radios)
        assert page.note_edit.isReadOnly()
        window.close()
    finally:
        holder.close()
