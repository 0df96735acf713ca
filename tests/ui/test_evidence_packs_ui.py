"""The Toolbox page's Evidence packs panel (issue 20): import, toggle, remove, export, the form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.packs import OWN_PACK_ID
from atrocity_desk.core.vocabulary import verdict_label
from atrocity_desk.ui.dialogs import finding_html
from atrocity_desk.ui.models.factor_findings import FindingListModel
from atrocity_desk.ui.pack_panel import PackEntryForm
from atrocity_desk.ui.pages.decisions import DecisionsPage
from atrocity_desk.ui.pages.overview import OverviewPage
from atrocity_desk.ui.pages.toolbox import ToolboxPage
from atrocity_desk.ui.session import CaseSession
from tests.core.test_packs import _strong_pack
from tests.ui.test_toolbox_page import FakeWindow

PACK = Path(__file__).resolve().parents[1] / "data" / "packs" / "peacekeeping-2019.yaml"
STATEMENT = "Illustrative: where UN peacekeepers were deployed locally"
TITLE = "Peacekeeping research after 2016 (illustrative)"


@pytest.fixture
def page(tmp_path, qapp, qtbot):
    case = write_example_case(tmp_path / "example.atrocase")
    session = CaseSession(case)
    window = FakeWindow(session)
    qtbot.addWidget(window)
    page = window.add(ToolboxPage)
    yield page
    case.close()


def pack_labels(page) -> list[str]:
    return [label.accessibleName() for label in page.reason_labels if label.accessibleName().startswith("Evidence pack")]


def test_import_shows_the_pack_marked_and_the_toggle_restores_the_base(page, monkeypatch, tmp_path, messages):
    session = page.session
    base_fit = session.fit()
    page.select_family("peacekeeping")
    assert pack_labels(page) == []

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(PACK), ""))
    page.packs_panel.import_button.click()
    assert messages.shown == []
    assert page.packs_panel.list.count() == 1
    item = page.packs_panel.list.item(0)
    assert "pk_update_2019" in item.text() and item.checkState() == Qt.CheckState.Checked
    [marked] = pack_labels(page)
    assert STATEMENT in marked
    label = next(l for l in page.reason_labels if STATEMENT in l.accessibleName())
    assert "Evidence pack" in label.text() and "Peacekeeping research after 2016 (illustrative)" in label.text()

    item.setCheckState(Qt.CheckState.Unchecked)  # the planner unticks the pack
    assert session.case.pack("pk_update_2019").enabled is False
    assert pack_labels(page) == []
    assert session.fit() == base_fit

    session.undo_stack.undo()  # switched on again
    assert page.packs_panel.list.item(0).checkState() == Qt.CheckState.Checked
    assert len(pack_labels(page)) == 1

    out = tmp_path / "out.yaml"
    page.packs_panel.list.setCurrentRow(0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.packs_panel.export_button.click()
    assert out.read_bytes() == PACK.read_bytes()

    page.packs_panel.remove_button.click()
    assert page.packs_panel.list.count() == 0 and session.case.packs() == []
    session.undo_stack.undo()
    assert page.packs_panel.list.count() == 1


def test_a_refused_pack_is_shown_and_the_case_is_unchanged(page, tmp_path, messages):
    bad = tmp_path / "bad.yaml"
    bad.write_text(PACK.read_text(encoding="utf-8").replace("family: peacekeeping", "family: airstrikes"), encoding="utf-8")
    before = page.session.case.path.read_bytes()
    errors = []
    page.session.error.connect(lambda title, text: errors.append((title, text)))
    assert page.packs_panel.import_file(bad) is False
    assert errors and "bad.yaml" in errors[0][1] and "airstrikes" in errors[0][1]
    assert page.session.case.path.read_bytes() == before
    assert page.packs_panel.list.count() == 0


def test_the_form_needs_every_required_field_and_validates_like_an_import(page, qtbot):
    form = PackEntryForm(page.session, page)
    qtbot.addWidget(form)
    assert not form.add_button.isEnabled()
    values = {
        "key": "example_author_2021", "authors": "Example Author", "year": "2021",
        "title": "An illustrative study", "id": "own_example_2021",
        "statement": "Illustrative finding of the team's own.", "section": "Illustrative",
    }
    for name, value in values.items():
        assert not form.add_button.isEnabled()
        widget = form.fields[name]
        widget.setPlainText(value) if name == "statement" else widget.setText(value)
    assert form.add_button.isEnabled()
    form.fields["title"].setText("   ")  # blank is empty
    assert not form.add_button.isEnabled()
    form.fields["title"].setText("An illustrative study")

    form.fields["key"].setText("heldt_2012")  # a base study: refused by the same validation
    form.fields["id"].setText("own_example_2021")
    form.submit()
    assert "cannot redefine" in form.problem.text()
    assert page.session.case.packs() == []

    form.fields["key"].setText("example_author_2021")
    form.submit()
    [own] = page.session.case.packs()
    assert own.id == OWN_PACK_ID
    assert "own_example_2021" in page.session.evidence.finding_sources
    page.session.undo_stack.undo()
    assert page.session.case.packs() == []


def test_lifting_a_ceiling_is_the_planners_explicit_choice(page):
    session = page.session
    session.import_pack(_strong_pack("prosecution"), "strong.yaml")  # the paper caps prosecution
    capped = session.fit().family("prosecution")
    assert capped.ceiling.applied and capped.verdict == "insufficient"
    panel = page.packs_panel
    assert not panel.lift_box.isEnabled()  # nothing selected
    panel.list.setCurrentRow(0)
    assert panel.lift_box.isEnabled() and not panel.lift_box.isChecked()
    panel.lift_box.setChecked(True)
    assert session.case.pack("strong").allow_lift is True
    assert session.evidence.lifted_ceilings == {"prosecution": ["strong"]}
    assert session.fit().family("prosecution").verdict == capped.uncapped_verdict != "insufficient"
    page.select_family("prosecution")
    assert any("ceiling for Criminal prosecution and its threat was lifted" in t for t in body_texts(page))
    session.undo_stack.undo()
    assert session.case.pack("strong").allow_lift is False
    assert session.evidence.lifted_ceilings == {}
    assert session.fit().family("prosecution") == capped
    assert not any("was lifted" in t for t in body_texts(page))


def body_texts(page) -> list[str]:
    return [label.text() for label in page.body.findChildren(QLabel)]


# -- the marks outside the Toolbox page ---------------------------------------------------------


def test_the_decisions_page_marks_pack_findings_and_follows_a_lifted_ceiling(tmp_path, qapp, qtbot):
    case = write_example_case(tmp_path / "example.atrocase")
    session = CaseSession(case)
    window = FakeWindow(session)
    qtbot.addWidget(window)
    page = window.add(DecisionsPage)
    decisions = {d.family: d for d in case.decisions(session.revision().id)}

    page.select_decision(decisions["peacekeeping"].id)
    assert not any(TITLE in text for text in list_texts(page.findings_list))
    session.import_pack(PACK.read_text(encoding="utf-8"), PACK.name)
    [marked] = [t for t in list_texts(page.findings_list) if STATEMENT in t]
    assert marked.startswith(f"[Evidence pack “{TITLE}”]")
    assert sum(TITLE in t for t in list_texts(page.findings_list)) == 1  # the paper's findings stay unmarked

    page.select_decision(decisions["prosecution"].id)  # the paper caps prosecution at insufficient
    assert page.option_verdict.badge.text() == verdict_label("insufficient")
    assert session.remove_pack("pk_update_2019")  # the strong pack cites the same study key
    assert session.import_pack(_strong_pack("prosecution"), "strong.yaml")
    assert session.set_pack_switches("strong", allow_lift=True)
    lifted = session.case_fit().options
    verdict = next(o for o in lifted if o.id == decisions["prosecution"].id).reading.verdict
    assert verdict != "insufficient"
    assert page.option_verdict.badge.text() == verdict_label(verdict)  # refreshed on the packs topic
    session.undo_stack.undo()
    assert page.option_verdict.badge.text() == verdict_label("insufficient")
    case.close()


def test_the_findings_of_a_factor_mark_a_pack_finding(page):
    session = page.session
    session.import_pack(PACK.read_text(encoding="utf-8"), PACK.name)
    evidence = session.evidence
    finding = next(f for f in evidence.findings if f.id == "pk_example_local_presence_2019")
    base = evidence.findings[0]
    model = FindingListModel(evidence, [base, finding])
    assert model.index(1, 0).data().startswith(f"[Evidence pack “{TITLE}”]")
    assert "Evidence pack" not in model.index(0, 0).data()
    assert f"From the evidence pack “{TITLE}”" in finding_html(finding, evidence)
    assert "evidence pack" not in finding_html(base, evidence)


def test_export_never_writes_over_the_case(page, monkeypatch):
    session = page.session
    session.import_pack(PACK.read_text(encoding="utf-8"), PACK.name)
    before = session.case.path.read_bytes()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert page.packs_panel.export_to("pk_update_2019", session.case.path) is False
    assert "case file itself" in warnings[0]
    assert session.case.path.read_bytes() == before


def list_texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def fill_form(form, **values) -> None:
    for name, value in values.items():
        widget = form.fields[name]
        widget.setPlainText(value) if name == "statement" else widget.setText(value)


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_form_adds_a_finding_with_a_condition_the_fit_reads(page, qtbot):
    form = PackEntryForm(page.session, page)
    qtbot.addWidget(form)
    fill_form(
        form, key="example_author_2022", authors="Example Author", year="2022", title="An illustrative study",
        id="own_example_2022", statement="Illustrative finding that needs a large mission.", section="Illustrative",
    )
    choose(form.family, "peacekeeping")
    assert form.add_button.isEnabled() and not form.fields["why"].isEnabled()  # no condition: every situation
    choose(form.condition, "mission_size")
    assert not form.add_button.isEnabled()  # a condition needs its reason
    form.fields["why"].setText("found for large deployments only")
    choose(form.condition_value, "large")
    choose(form.condition_kind, "requires")
    form.submit()
    assert form.problem.text() == ""
    [finding] = [f for f in page.session.evidence.findings if f.id == "own_example_2022"]
    [condition] = finding.conditions
    assert (condition.factor, condition.values, condition.kind) == ("mission_size", ["large"], "requires")

    again = PackEntryForm(page.session, page)  # a design property of another family: the same validation refuses it
    qtbot.addWidget(again)
    fill_form(
        again, key="example_author_2022", authors="Example Author", year="2022", title="An illustrative study",
        id="own_example_2022b", statement="Illustrative second finding of the same study.", section="Illustrative",
    )
    choose(again.family, "condemnation")
    choose(again.condition, "mission_size")
    again.fields["why"].setText("illustrative")
    own_before = page.session.case.pack(OWN_PACK_ID).text
    again.submit()
    assert "not read for family" in again.problem.text()
    assert page.session.case.pack(OWN_PACK_ID).text == own_before
    choose(again.family, "peacekeeping")  # the same study cited again by a second finding
    again.submit()
    assert again.problem.text() == ""
    assert {"own_example_2022", "own_example_2022b"} <= set(page.session.evidence.finding_sources)


def test_the_overview_glance_follows_a_pack(tmp_path, qapp, qtbot):
    case = write_example_case(tmp_path / "example.atrocase")
    session = CaseSession(case)
    window = FakeWindow(session)
    qtbot.addWidget(window)
    page = window.add(OverviewPage)
    [option] = [d for d in case.decisions(session.revision().id) if d.family == "prosecution"]
    line = lambda: next(l for l in page.glance_label.text().split("<br>") if option.title in l)  # noqa: E731
    assert verdict_label("insufficient") in line()
    assert session.import_pack(_strong_pack("prosecution"), "strong.yaml")
    assert session.set_pack_switches("strong", allow_lift=True)
    lifted = verdict_label(session.fit().family("prosecution").verdict)
    assert lifted != verdict_label("insufficient") and lifted in line()
    case.close()


def test_the_panel_takes_only_the_room_its_packs_need(page, monkeypatch, messages):
    # Most cases hold no pack: the tools and the evidence card keep the page's height on a laptop.
    panel = page.packs_panel
    page.window().resize(1180, 700)
    page.window().show()
    assert panel.isVisible()
    assert not panel.list.isVisible() and not panel.lift_box.isVisible()
    assert panel.sizeHint().height() < 120
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(PACK), ""))
    panel.import_button.click()
    assert panel.list.isVisible() and panel.lift_box.isVisible()
    row = panel.list.visualItemRect(panel.list.item(0))
    assert 0 <= row.top() and row.bottom() < panel.list.viewport().height()  # the pack's line shows whole
