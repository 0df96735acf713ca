"""Every page of the window works on a case file holding values the vocabulary does not know, and
shows them as unrecognised (issue 13)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLabel, QLineEdit, QTextEdit

from atrocity_desk.core.vocabulary import UNRECOGNISED_LABEL
from atrocity_desk.ui.main_window import MainWindow, app_settings
from atrocity_desk.ui.pages import page_classes
from tests.unrecognised_case import FAMILY, RATING, STATUS, write_unrecognised_case


@pytest.fixture
def odd_window(qtbot, tmp_path):
    path = tmp_path / "odd.atrocase"
    ids = write_unrecognised_case(path)
    window = MainWindow(settings=app_settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_case(path)
    qtbot.waitExposed(window)
    yield window, ids
    window.close()


def _model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    texts = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
            if column == 0 and model.rowCount(index) > 0:
                texts += _model_texts(model, index)
    return texts


def shown_texts(page) -> str:
    """Every text a planner can see on the page: labels, buttons, fields, combos and item views."""
    texts = []
    for widget in page.findChildren(QLabel):
        texts.append(widget.text())
    for widget in page.findChildren(QAbstractButton):
        texts.append(widget.text())
    for widget in page.findChildren(QLineEdit):
        texts.append(widget.text())
    for widget in page.findChildren(QTextEdit):
        texts.append(widget.toPlainText())
    for widget in page.findChildren(QComboBox):
        texts.append(widget.currentText() if widget.currentIndex() >= 0 else widget.placeholderText())
    for view in page.findChildren(QAbstractItemView):
        if view.model() is not None:
            texts += _model_texts(view.model())
    return "\n".join(texts)


def test_every_page_shows_and_nothing_raises(odd_window, qtbot, messages):
    window, _ = odd_window
    for page_class in page_classes():
        page = window.show_page(page_class.page_id)
        qtbot.waitUntil(lambda: window.current_page() is page)
        qtbot.wait(10)
        shown_texts(page)  # reads every model's data, as the views do when painting
    assert messages.shown == []


def test_situation_page_shows_the_phase_as_unrecognised(odd_window, qtbot):
    window, _ = odd_window
    page = window.show_page("situation")
    page.select_factor("phase")
    assert UNRECOGNISED_LABEL in shown_texts(page)


def test_decisions_page_shows_status_family_and_rating_as_unrecognised(odd_window, qtbot):
    window, ids = odd_window
    page = window.show_page("decisions")
    texts = shown_texts(page)
    assert UNRECOGNISED_LABEL in texts
    for raw in (STATUS, FAMILY, RATING):
        assert raw not in texts
    for key in ("status", "family", "etd"):
        page.select_decision(ids[key])
        texts = shown_texts(page)
        assert UNRECOGNISED_LABEL in texts, key
        for raw in (STATUS, FAMILY, RATING):
            assert raw not in texts, (key, raw)
    # The form's combos select no known word for a stored one they don't know (never a wrong one).
    page.select_decision(ids["status"])
    assert page.status_combo.currentIndex() == -1 and page.status_combo.placeholderText() == UNRECOGNISED_LABEL
    page.select_decision(ids["etd"])
    assert page.etd_combos["effect"].currentIndex() == -1
    assert page.status_combo.currentIndex() >= 0  # this option's status is known


def test_editing_the_reason_keeps_an_unrecognised_rating_as_stored(odd_window, qtbot):
    window, ids = odd_window
    page = window.show_page("decisions")
    page.select_decision(ids["etd"])
    reason = page.etd_reasons["effect"]
    reason.setText("a new reason")
    reason.editingFinished.emit()
    stored = window.session.case.decision(ids["etd"]).etd_for("effect")
    assert stored.reason == "a new reason"
    assert stored.rating == RATING  # kept byte for byte, still shown as unrecognised
