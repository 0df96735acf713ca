"""Tab walks every page in reading order: no invisible stops (bare scroll areas), and within a
column each stop is at or below the one before (issue 12: the Situation page's answers were the
sixth stop, after Confidence, Source and Note below them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QWidget

from atrocity_desk.ui.pages import PAGE_IDS

MAX_STOPS = 80


def rect_in(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def walk(window, page, qtbot):  # noqa: ANN001, ANN201
    """The widgets Tab gives focus to, from the navigation until it comes back there."""
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    stops = []
    for _ in range(MAX_STOPS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or widget is window.nav or not page.isAncestorOf(widget):
            break
        stops.append(widget)
    return stops


def name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()})"


@pytest.mark.parametrize("page_id", list(PAGE_IDS))
def test_tab_walks_the_page_in_reading_order(main_window, qtbot, page_id):
    page = main_window.show_page(page_id)
    qtbot.wait(20)
    stops = walk(main_window, page, qtbot)
    assert stops, f"Tab never reaches the {page_id} page"
    for widget in stops:
        assert widget.isVisible(), f"invisible stop {name(widget)}"
        assert not (isinstance(widget, QScrollArea) and not isinstance(widget, QAbstractItemView)), f"scroll area stop {name(widget)}"
    for before, after in zip(stops, stops[1:]):
        a, b = rect_in(before, page), rect_in(after, page)
        same_column = a.left() < b.right() and b.left() < a.right()
        if same_column:
            assert b.top() >= a.top() - 4, f"{page_id}: {name(after)} is above {name(before)} yet comes after it"
