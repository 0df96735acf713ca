"""Keyboard and accessibility: accessible names on every input and list, the system palette and
font followed, badges legible on a dark palette."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from atrocity_desk.ui.badges import Badge
from atrocity_desk.ui.widgets import BADGE_COLOURS, Banner

from .palettes import dark_palette

MY_PAGES = ["overview", "actors", "situation", "risk_factors", "aim", "revisions"]
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractItemView, QRadioButton, QProgressBar, QAbstractSpinBox)


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def part_of_another_control(widget) -> bool:  # noqa: ANN001
    """Headers of views, and the line edit or popup list of a combo or spin box, are named through
    the control they belong to."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def inputs(page):  # noqa: ANN001, ANN201
    found = []
    for kind in INPUTS:
        found += [w for w in page.findChildren(kind) if not part_of_another_control(w)]
    return found


@pytest.mark.parametrize("page_id", MY_PAGES)
def test_every_input_and_list_has_an_accessible_name(main_window, page_id):
    page = main_window.show_page(page_id)
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in inputs(page) if not w.accessibleName()]
    assert unnamed == []


@pytest.mark.parametrize("page_id", MY_PAGES)
def test_every_input_takes_keyboard_focus(main_window, page_id):
    from PySide6.QtCore import Qt

    page = main_window.show_page(page_id)
    for widget in inputs(page):
        if widget.isVisibleTo(page) and not isinstance(widget, QProgressBar):
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.accessibleName()


@pytest.mark.parametrize("kind", list(BADGE_COLOURS))
def test_badge_colours_are_legible(kind):
    background, text = (QColor(c) for c in BADGE_COLOURS[kind])
    assert contrast(background, text) >= 4.5


def test_pages_follow_a_dark_palette(main_window, qtbot):
    app = QApplication.instance()
    original = app.palette()
    app.setPalette(dark_palette())
    try:
        for page_id in MY_PAGES:
            page = main_window.show_page(page_id)
            qtbot.waitUntil(lambda: page.palette().color(QPalette.ColorRole.WindowText).lightness() > 180)
            assert page.palette().color(QPalette.ColorRole.Base).lightness() < 60
            # No hard-coded colours outside the badges and the banner: text takes the palette's colours.
            styled = [w for w in page.findChildren(QWidget) if w.styleSheet() and not isinstance(w, (Badge, Banner))]
            assert styled == [], [type(w).__name__ for w in styled]
        badge = main_window.show_page("risk_factors").summary_badge
        assert contrast(QColor(BADGE_COLOURS[badge.kind][0]), QColor(BADGE_COLOURS[badge.kind][1])) >= 4.5
    finally:
        app.setPalette(original)


def test_read_only_banner_is_legible_on_a_dark_palette(main_window):
    app = QApplication.instance()
    original = app.palette()
    app.setPalette(dark_palette())
    try:
        assert "background-color: #f2c94c" in main_window.banner.styleSheet()
        assert "color: #1a1a1a" in main_window.banner.styleSheet()
    finally:
        app.setPalette(original)


def test_headings_scale_with_the_system_font(qtbot):
    from atrocity_desk.ui.widgets import heading

    app = QApplication.instance()
    original = app.font()
    try:
        big = QFont(original)
        big.setPointSizeF(18)
        app.setFont(big)
        label = heading("Risk factors", 1.5)
        qtbot.addWidget(label)
        assert label.font().pointSizeF() == pytest.approx(27)
    finally:
        app.setFont(original)


@pytest.mark.parametrize("page_id", MY_PAGES)
def test_page_mnemonics_do_not_shadow_the_menus(main_window, page_id):
    import re

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

    menu_keys = {m.title().lower()[m.title().index("&") + 1] for m in (main_window.file_menu, main_window.edit_menu,
                                                                      main_window.view_menu, main_window.help_menu)}
    page = main_window.show_page(page_id)
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    texts += [w.title() for w in page.findChildren(QGroupBox)]
    for tabs in page.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    keys = {m.lower() for text in texts for m in re.findall(r"(?<!&)&([A-Za-z0-9])", text)}
    assert not keys & menu_keys
