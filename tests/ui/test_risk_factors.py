"""Risk factors: indicators judged present / absent / unknown, per-factor readings, overall sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt

from atrocity_desk.core.storage import CaseFile
from atrocity_desk.ui.models.risk_factors import COUNTS_ROLE


def stored(path, indicator_id):  # noqa: ANN001, ANN201
    with CaseFile.open(path, read_only=True) as case:
        return case.judgment(case.latest_revision().id, "indicator", indicator_id)


def test_fourteen_risk_factors_with_a_reading_each(main_window):
    page = main_window.show_page("risk_factors")
    assert page.list_model.rowCount() == 14
    assert page.overall_label.text().startswith("Overall: ")
    assert "of 14 risk factors" in page.overall_label.text()


def test_judge_an_indicator_with_single_keys(main_window, qtbot, case_path):
    page = main_window.show_page("risk_factors")
    page.select_risk_factor("rf12")
    indicator = page.indicator_model.indicator_at(0)
    assert stored(case_path, indicator.id) is None
    page.indicator_view.setFocus()
    page.indicator_view.setCurrentIndex(page.indicator_model.index(0, 1))
    qtbot.keyClick(page.indicator_view, Qt.Key.Key_P)
    assert stored(case_path, indicator.id).value == "present"
    assert page.indicator_model.index(0, 1).data() == "Present"
    assert page.summary_badge.text().startswith("Indicators present")
    assert page.summary_badge.kind == "danger"
    qtbot.keyClick(page.indicator_view, Qt.Key.Key_U)
    assert stored(case_path, indicator.id).value is None  # back to unknown
    assert page.indicator_model.index(0, 1).data() == "Unknown"
    qtbot.keyClick(page.indicator_view, Qt.Key.Key_A)
    assert stored(case_path, indicator.id).value == "absent"


def test_edit_confidence_and_note_in_the_table(main_window, qtbot, case_path):
    page = main_window.show_page("risk_factors")
    page.select_risk_factor("rf01")
    model = page.indicator_model
    indicator = model.indicator_at(2)
    value = stored(case_path, indicator.id).value
    assert value == "present"  # the example judges it; confidence and note must leave it so
    assert model.setData(model.index(2, 2), "medium")
    assert model.setData(model.index(2, 3), "  Floods in the south  ")
    judgment = stored(case_path, indicator.id)
    assert (judgment.confidence, judgment.note, judgment.value) == ("medium", "Floods in the south", value)
    assert model.index(2, 3).data() == "Floods in the south"


def test_combo_editor_commits_the_choice(main_window, qtbot, case_path):
    page = main_window.show_page("risk_factors")
    page.select_risk_factor("rf12")
    view = page.indicator_view
    index = page.indicator_model.index(1, 1)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index) or view.focusWidget()
    qtbot.waitUntil(lambda: view.focusWidget() is not None and view.focusWidget().metaObject().className() == "QComboBox")
    combo = view.focusWidget()
    combo.setCurrentIndex(combo.findData("absent"))
    combo.activated.emit(combo.currentIndex())
    indicator = page.indicator_model.indicator_at(1)
    qtbot.waitUntil(lambda: stored(case_path, indicator.id) is not None and stored(case_path, indicator.id).value == "absent")
    assert editor is not None


def test_readings_follow_the_indicators(main_window, qtbot):
    page = main_window.show_page("risk_factors")
    row = page.list_model.row_of("rf12")
    page.select_risk_factor("rf12")
    total = page.indicator_model.rowCount()
    reading = lambda: page.list_model.index(row, 1).data()  # noqa: E731
    assert reading() == f"{total - 1} of {total} present, 1 unknown"  # as the example judges it
    assert page.list_model.index(row, 1).data(COUNTS_ROLE) == (total - 1, 0, 1)
    for r in range(page.indicator_model.rowCount()):
        page.judge_indicator(r, "value", "absent")
    assert reading() == f"0 of {total} present"
    page.judge_indicator(0, "value", None)
    assert reading() == f"0 of {total} present, 1 unknown"
    main_window.undo_action.trigger()
    assert reading() == f"0 of {total} present"
    main_window.undo_action.trigger()  # the last indicator is present again, as the example has it
    assert reading() == f"1 of {total} present"


def test_each_indicator_shows_its_framework_number(main_window):
    page = main_window.show_page("risk_factors")
    page.select_risk_factor("rf07")
    model = page.indicator_model
    assert model.rowCount() == 14
    row = next(r for r in range(model.rowCount()) if model.indicator_at(r).number == "7.9")
    shown = model.index(row, 0).data()
    assert shown.startswith("7.9 ") and model.indicator_at(row).text in shown
    assert model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Framework indicator 7.9:")
    assert model.index(row, 0).data(Qt.ItemDataRole.EditRole) == model.indicator_at(row).text


def test_a_merged_indicator_shows_both_numbers(qtbot):
    from atrocity_desk.core.checklist import Indicator, RiskFactor
    from atrocity_desk.ui.models.risk_factors import IndicatorTableModel

    merged = Indicator(id="rf07.1", number="7.1", also=["7.2"], text="Emergency rule and institutions suspended")
    factor = RiskFactor(
        id="rf07", number=7, title="Enabling circumstances", kind="common",
        crimes=["genocide", "crimes_against_humanity", "war_crimes"], description="Test.", indicators=[merged],
    )
    model = IndicatorTableModel(lambda *args: True)
    model.set_risk_factor(factor, {})
    assert model.index(0, 0).data().startswith("7.1 + 7.2 ")
