"""Ctrl+F finds across the case and takes the planner to what it found (issue 17)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from atrocity_desk.ui.find_dialog import FindDialog


def test_ctrl_f_finds_an_option_and_enter_opens_it_on_the_decisions_page(main_window, qtbot):
    assert main_window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    main_window.find_action.trigger()
    dialog = main_window.find_dialog
    assert isinstance(dialog, FindDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.query, "regional arms embargo")
    hits = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert hits and hits[0].startswith("Option: Regional arms embargo on Kessara")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    page = main_window.current_page()
    assert page.page_id == "decisions"
    assert page.current_decision().title == "Regional arms embargo on Kessara"


def test_find_goes_to_a_factor_and_to_an_indicator(main_window, qtbot):
    dialog = main_window.show_find()
    dialog.query.setText("Two attack helicopters")  # a note on indicator 7.4
    item = dialog.results.item(0)
    assert item.text().startswith("Risk indicator: 7.4")
    dialog.results.itemActivated.emit(item)
    page = main_window.current_page()
    assert page.page_id == "risk_factors" and page.risk_factor.id == "rf07"
    dialog.query.setText("Phase of the crisis")
    dialog.results.itemActivated.emit(dialog.results.item(0))
    assert main_window.current_page().page_id == "situation"
    assert main_window.current_page().factor.id == "phase"
    dialog.query.setText("zzzz no such text")
    assert dialog.results.count() == 0 and dialog.count.text() == "Nothing found."
