"""The Toolbox page: every tool, searchable and filterable, with this case's verdict and its reasons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from atrocity_desk.core.checklist import load_factor_vocabulary
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.models import CaseMeta
from atrocity_desk.core.storage import CaseFile
from atrocity_desk.core.vocabulary import VERDICTS, verdict_label, word
from atrocity_desk.ui.badges import (
    Badge,
    contrast_ratio,
    status_colours,
    verdict_colours,
)
from atrocity_desk.ui.models.toolbox_models import KIND_ROLE, VERDICT_COLUMN, ToolboxFilter, ToolboxModel
from atrocity_desk.ui.pages.decisions import DecisionsPage
from atrocity_desk.ui.pages.toolbox import ToolboxPage
from atrocity_desk.ui.session import CaseSession
from tests.ui.palettes import dark_palette


class FakeWindow(QWidget):
    """The window as a page sees it (pages.base.PageHost): navigation calls recorded, and change routing."""

    def __init__(self, session: CaseSession):
        super().__init__()
        self.session = session
        self.pages: list = []
        self.shown: list[str] = []
        self.factors_asked: list[str] = []
        self.messages: list[str] = []
        session.changed.connect(lambda topic: [p.refresh(topic) for p in self.pages])

    def add(self, page_class):
        page = page_class(self.session, self)
        self.pages.append(page)
        return page

    def show_page(self, page_id: str):
        self.shown.append(page_id)
        return next((p for p in self.pages if p.page_id == page_id), None)

    def go_to_factor(self, factor_id: str) -> None:
        self.factors_asked.append(factor_id)

    def show_evidence(self, family_id: str, tool_id: str | None = None) -> None:
        self.shown.append(f"evidence:{tool_id or family_id}")

    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        self.messages.append(text)

    def commit_edits(self) -> None:
        for page in self.pages:
            page.commit_edits()


@pytest.fixture
def example_session(tmp_path, qapp):
    case = write_example_case(tmp_path / "example.atrocase")
    session = CaseSession(case)
    yield session
    case.close()


@pytest.fixture
def blank_session(tmp_path, qapp):
    case = CaseFile.create(tmp_path / "blank.atrocase", CaseMeta(title="Blank"))
    session = CaseSession(case)
    yield session
    case.close()


@pytest.fixture
def window(example_session, qtbot):
    window = FakeWindow(example_session)
    qtbot.addWidget(window)
    return window


def tool_rows(model, parent=QModelIndex()) -> list[QModelIndex]:
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        rows += [index] if index.data(KIND_ROLE) == "tool" else tool_rows(model, index)
    return rows


# -- the models --


def test_toolbox_model_and_filter_pass_the_model_tester(example_session, qtmodeltester):
    model = ToolboxModel(example_session.evidence)
    model.set_verdicts({fit.id: fit.verdict for fit in example_session.fit().families})
    qtmodeltester.check(model)
    proxy = ToolboxFilter()
    proxy.setSourceModel(model)
    proxy.set_text("sanctions")
    qtmodeltester.check(proxy)


def test_every_tool_of_the_paper_is_listed_once(example_session):
    model = ToolboxModel(example_session.evidence)
    listed = [index.data(Qt.ItemDataRole.UserRole + 4) for index in tool_rows(model)]
    assert sorted(listed) == sorted(t.id for t in example_session.evidence.tools)


# -- browsing --


def test_search_box_filters_tools_by_name(window, qtbot):
    page = window.add(ToolboxPage)
    qtbot.keyClicks(page.search, "embargo")
    shown = tool_rows(page.tree.model())
    assert shown
    assert all("embargo" in (i.data() + " " + (i.data(Qt.ItemDataRole.ToolTipRole) or "")).lower()
               or "embargo" in i.parent().data().lower() for i in shown)
    assert len(shown) < len(window.session.evidence.tools)
    assert f"{len(shown)} of {len(window.session.evidence.tools)} tools shown" == page.count_label.text()


def test_filters_by_category_mode_and_verdict(window):
    page = window.add(ToolboxPage)
    page.category_filter.setCurrentIndex(page.category_filter.findData("military"))
    page.mode_filter.setCurrentIndex(page.mode_filter.findData("coercive"))
    shown = tool_rows(page.tree.model())
    tools = {t.id: t for t in window.session.evidence.tools}
    assert shown
    assert all(tools[i.data(Qt.ItemDataRole.UserRole + 4)].category == "military" for i in shown)
    assert all(tools[i.data(Qt.ItemDataRole.UserRole + 4)].mode == "coercive" for i in shown)

    page.category_filter.setCurrentIndex(0)
    page.mode_filter.setCurrentIndex(0)
    page.verdict_filter.setCurrentIndex(page.verdict_filter.findData("not_reviewed"))
    shown = tool_rows(page.tree.model())
    assert {i.data(Qt.ItemDataRole.UserRole + 4) for i in shown} == {t.id for t in tools.values() if t.family is None}


# -- the evidence of a family --


def test_family_shows_its_verdict_badge_summary_and_citations(window):
    page = window.add(ToolboxPage)
    page.select_family("targeted_sanctions")
    fit = window.session.fit().family("targeted_sanctions")
    assert page.badge.text() == verdict_label(fit.verdict)
    # The summary is words, never ids: with a named harm that applies, it names that harm.
    assert page.summary.text() and "_" not in page.summary.text() and "=" not in page.summary.text()
    if fit.basis.rule == "benefit_with_risk":
        assert fit.basis.risk in page.summary.text()
    text = page.detail_text()
    first = fit.reasons[0].citations[0]
    assert f"{first.authors} {first.year}" in text
    assert fit.reasons[0].statement in text
    assert len(page.reason_labels) == len(fit.reasons)
    terms = load_factor_vocabulary()  # situation factors and option-design properties
    for label, reason in zip(page.reason_labels, fit.reasons):
        for condition in reason.conditions:
            assert terms.label(condition.factor).label in label.text()
    for risk in fit.risks:
        assert risk in text


def test_a_condition_this_case_does_not_meet_shows_the_case_answer(window):
    # An answer outside a condition's values is printed only if the page shows this case's answer.
    page = window.add(ToolboxPage)
    terms = load_factor_vocabulary()
    shown = 0
    for fit in window.session.fit().families:
        absent = [(r, c) for r in fit.reasons for c in r.conditions if c.state == "absent"]
        if not absent:
            continue
        page.select_family(fit.id)
        for reason, condition in absent:
            label = page.reason_labels[fit.reasons.index(reason)]
            answer = terms.label(condition.factor).value_label(condition.case_value)
            assert answer in label.text() and f"{answer} ({word('condition_bearing', condition.bearing)})" in label.text()
            shown += 1
    assert shown


def test_a_card_and_its_conditions_agree(window):
    """A card that points to a benefit lists no condition against the tool: "works worse against
    autocracies", this case not an autocracy, reads in the tool's favour, never as "not met"."""
    page = window.add(ToolboxPage)
    benefit, against = word("role", "supports"), word("condition_kind", "against")
    undoing = (word("condition_bearing", "unfavourable"), word("condition_state", "absent"))
    favourable_against = 0
    for fit in window.session.fit().families:
        page.select_family(fit.id)
        for label in page.reason_labels:
            text = label.text()
            if not text.startswith(f"<b>{benefit}"):
                continue
            assert not any(f"({w})" in text for w in undoing), text
            favourable_against += text.count(against) and text.count(f"({word('condition_bearing', 'favourable')})")
    assert favourable_against  # the example case has one (comprehensive sanctions, friendly targets)


def test_conditions_say_how_this_case_meets_them(window):
    page = window.add(ToolboxPage)
    page.select_family("condemnation")
    text = page.detail_text()
    assert "Studied only where" in text and "this case:" in text and "(within what was studied)" in text


def test_central_caution_is_shown_with_the_verdicts(window):
    page = window.add(ToolboxPage)
    assert "political strategy" in page.caution.text()
    assert "correlational" in page.caution.text()
    assert "visible" in page.caution.text()
    assert not page.caution.isHidden()


def test_tool_without_family_says_not_reviewed_and_invents_nothing(window):
    page = window.add(ToolboxPage)
    tool = next(t for t in window.session.evidence.tools if t.family is None)
    page.select_tool(tool.id)
    assert page.badge.text() == "Not reviewed"
    assert "reviews no study of this tool" in page.detail_text()
    assert page.reason_labels == []
    assert "Studies:" not in page.detail_text()
    assert not page.add_button.isEnabled()


def test_verdict_follows_the_answers(blank_session, qtbot):
    window = FakeWindow(blank_session)
    qtbot.addWidget(window)
    page = window.add(ToolboxPage)
    page.select_family("transitional_justice")
    assert page.badge.text() == "Mixed"
    assert "phase" in page.answer_buttons
    blank_session.set_judgment("factor", "phase", value="latent_risk")
    assert page.badge.text() == "Insufficient evidence"
    row = page.tree.currentIndex()
    assert row.siblingAtColumn(VERDICT_COLUMN).data() == "Insufficient evidence"  # the list follows too
    assert "phase" not in page.answer_buttons
    blank_session.undo_stack.undo()
    assert page.badge.text() == "Mixed"


def test_unknown_factor_offers_answer_this(blank_session, qtbot):
    window = FakeWindow(blank_session)
    qtbot.addWidget(window)
    page = window.add(ToolboxPage)
    family = next(f for f in blank_session.fit().families if f.unknown_factors)
    page.select_family(family.id)
    assert set(page.answer_buttons) == set(family.unknown_factors)
    factor = family.unknown_factors[0]
    qtbot.mouseClick(page.answer_buttons[factor], Qt.MouseButton.LeftButton)
    assert window.factors_asked == [factor]
    assert page.answer_buttons[factor].accessibleName().startswith("Answer this")


def test_add_to_decisions_records_a_considered_option_and_shows_it(window, qtbot):
    decisions_page = window.add(DecisionsPage)
    page = window.add(ToolboxPage)
    session = window.session
    tool = next(t for t in session.evidence.tools if t.family == "peacekeeping")
    before = len(session.case.decisions(session.revision().id))
    page.select_tool(tool.id)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    decisions = session.case.decisions(session.revision().id)
    assert len(decisions) == before + 1
    added = decisions[-1]
    assert (added.family, added.tool, added.title, added.status) == ("peacekeeping", tool.id, tool.name, "considered")
    assert window.shown == ["decisions"]
    assert decisions_page.current_decision().id == added.id
    session.undo_stack.undo()
    assert len(session.case.decisions(session.revision().id)) == before


def test_add_to_decisions_from_a_family_row(window, qtbot):
    page = window.add(ToolboxPage)
    page.select_family("mediation")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = window.session.case.decisions(window.session.revision().id)[-1]
    assert (added.family, added.tool, added.status) == ("mediation", None, "considered")
    assert added.title == window.session.evidence.family("mediation").name


# -- keyboard and accessibility --


def test_tree_is_keyboard_navigable(window, qtbot):
    page = window.add(ToolboxPage)
    window.show()
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.tree.model().index(0, 0))
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.detail_title.text() == page.tree.currentIndex().data()


def test_every_control_has_an_accessible_name(window):
    page = window.add(ToolboxPage)
    page.select_family("peacekeeping")
    assert_controls_named_and_reachable(page)


def assert_controls_named_and_reachable(page: QWidget) -> None:
    """Every control the planner can use has an accessible name and is reachable with Tab (Qt's
    own parts, such as a line edit's clear button or a combo box's popup, are left out)."""
    controls = [
        w for w in page.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView))
        and w.window() is page.window()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert controls
    assert [w for w in controls if not w.accessibleName()] == []
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in controls)


@pytest.mark.parametrize("dark", [False, True])
def test_badge_colours_are_legible_on_light_and_dark_palettes(dark):
    for verdict in VERDICTS:
        background, text = verdict_colours(verdict, dark)
        assert contrast_ratio(background, text) >= 4.5, verdict
    for status in ("recommended", "considered", "rejected", "in_place"):
        background, text = status_colours(status, dark)
        assert contrast_ratio(background, text) >= 4.5, status


def test_badge_follows_a_dark_palette(qtbot):
    badge = Badge()
    qtbot.addWidget(badge)
    badge.set_verdict("cautioned")
    light_background, _ = badge.colours()
    badge.setPalette(dark_palette())
    background, text = badge.colours()
    assert background != light_background
    assert background.lightness() < 128  # a dark badge on a dark window
    assert contrast_ratio(background, text) >= 4.5
    window_colour = dark_palette().color(dark_palette().ColorRole.Window)
    assert contrast_ratio(text, window_colour) >= 4.5  # the word stays legible at the badge's edge
    assert badge.accessibleName() == "Evidence verdict: Cautioned"
    pixmap = badge.grab()
    assert not pixmap.isNull()
    QApplication.processEvents()


def test_the_page_is_built_with_its_verdicts_in_one_layout_of_the_tree(example_session, qtbot, monkeypatch):
    # A change signal per family re-measured every row of the tree each time: building the page
    # froze the window for ~0.5 s after start-up (issue 22). The verdicts come with the one reset.
    changes = []
    monkeypatch.setattr(ToolboxModel, "set_verdicts", lambda self, verdicts: changes.append(verdicts))
    window = FakeWindow(example_session)
    qtbot.addWidget(window)
    page = window.add(ToolboxPage)
    assert changes == []
    fits = {fit.id: fit.verdict for fit in example_session.fit().families}
    page.select_family("transitional_justice")
    row = page.tree.currentIndex()
    assert row.siblingAtColumn(VERDICT_COLUMN).data() == verdict_label(fits["transitional_justice"])
