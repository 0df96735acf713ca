"""The option's design editor and its own verdict on the Decisions page; the Toolbox's pointers to
them (issue 14). Real widgets, offscreen."""

from __future__ import annotations

import pytest

from atrocity_desk.core.models import Decision
from atrocity_desk.core.option_fit import design_terms
from atrocity_desk.ui.pages.decisions import DecisionsPage
from atrocity_desk.ui.pages.toolbox import ToolboxPage
from tests.ui.test_decisions_page import case_path, page, session, window  # noqa: F401 - fixtures

ONGOING = {"phase": "ongoing_atrocities", "killing_scale": "mass_killing", "armed_conflict": "yes", "perpetrator_type": "state"}
GOOD = {"mission_size": "large", "police_strength": "strong", "mandate": "strong", "deployment_stage": "established", "impartial": "yes"}


@pytest.fixture
def mission(page, session):
    for factor, value in ONGOING.items():
        session.set_judgment("factor", factor, value=value)
    decision_id = session.add_decision(Decision(family="peacekeeping", title="UN mission"))
    page.select_decision(decision_id)
    return decision_id


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_the_editor_shows_only_the_design_of_the_options_family_and_saves_each_answer(page, session, mission):
    editor = page.design_editor
    assert list(editor.values) == design_terms("peacekeeping")
    assert "sanction_goal" not in editor.values
    choose(editor.values["mandate"], "strong")
    choose(editor.confidences["mandate"], "low")
    answer = session.case.design_answer(mission, "mandate")
    assert (answer.value, answer.confidence) == ("strong", "low")
    session.undo_stack.undo()
    assert session.case.design_answer(mission, "mandate").confidence is None
    session.undo_stack.undo()
    assert session.case.design_answer(mission, "mandate") is None
    assert editor.values["mandate"].currentData() is None  # shown unknown again


def test_the_option_shows_its_own_verdict_and_what_would_lift_it(page, session, mission):
    view = page.option_verdict
    assert view.badge.text() != "Supported"
    assert "If Size of the deployment is Large" in view.changes.text() and "the evidence reads supported" in view.changes.text()
    assert "Left out" in view.left_out.text()
    for prop, value in GOOD.items():
        choose(page.design_editor.values[prop], value)
    assert view.option().reading.verdict == "supported"
    assert "mission_size" not in view.changes.text() + view.left_out.text()


def test_deleting_an_option_and_undoing_it_brings_back_its_design(page, session, mission):
    choose(page.design_editor.values["mission_size"], "large")
    session.delete_decision(mission)
    session.undo_stack.undo()
    assert session.case.design(mission) == {"mission_size": "large"}


def test_toolbox_points_design_properties_to_the_decisions_page(window, session):
    for factor, value in ONGOING.items():
        session.set_judgment("factor", factor, value=value)
    toolbox = window.add(ToolboxPage)
    window.add(DecisionsPage)
    window.show()
    toolbox.select_family("peacekeeping")
    text = toolbox.detail_text()
    for prop in design_terms("peacekeeping"):
        assert prop not in toolbox.answer_buttons
    for raw in ("mission_size", "police_strength", "deployment_stage"):  # ids, never words
        assert raw not in text
    assert "answer them for an option on the Decisions page" in text
    assert "What would change it" in text or "Left out" in text
    toolbox.design_button.click()
    assert window.shown[-1] == "decisions"


def test_the_options_list_shows_each_options_own_verdict_as_the_memo_does(page, session, mission):
    from atrocity_desk.ui.models.decision_models import DecisionListModel

    def listed_verdict() -> str:
        row = page.list_model.row_of(mission)
        return page.list_model.index(row, DecisionListModel.VERDICT).data()

    assert listed_verdict() != "Supported"
    for prop, value in GOOD.items():
        choose(page.design_editor.values[prop], value)
    assert session.fit().family("peacekeeping").verdict != "supported"  # the family alone is not
    assert listed_verdict() == "Supported"
